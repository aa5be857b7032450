// Each page declares, through Base.astro, whether search engines should list it and where its content
// is in each language it is written in; the sitemap repeats what the head says. The pages are
// rendered from Astro's bundle and the sitemap is written by astro.config.mjs's copy of this module, in
// the same process: the two copies share the declarations through the global symbol registry.
const KEY = Symbol.for('mentorkit.page-alternates');

/** What the sitemap says of a page. */
export interface PageAlternates {
  /**
   * Whether the sitemap lists the page: not when it is kept out of search engines (search) or shows
   * content in another language than its address's (it points them to the original instead).
   */
  inSitemap: boolean;
  /** The page in each language it is written in, and x-default, the default language's; empty for a page in one language. */
  links: { lang: string; url: string }[];
}

const declared = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, PageAlternates>()) as Map<string, PageAlternates>;

export function declareAlternates(pathname: string, alternates: PageAlternates): void {
  declared.set(pathname, alternates);
}

/** What the page at `pathname` declared; a page that declared nothing stops the build, as its sitemap entry would be wrong. */
export function alternatesOf(pathname: string): PageAlternates {
  const alternates = declared.get(pathname);
  if (!alternates) throw new Error(`The page ${pathname} was not rendered through Base.astro, so its languages are unknown to the sitemap`);
  return alternates;
}
