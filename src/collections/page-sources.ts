import { lastModified } from './last-modified';

// Each page declares the content files and folders it is built from (through Base.astro's `sources`);
// the sitemap dates the page by them. The pages are rendered from Astro's bundle and the sitemap is
// written by astro.config.mjs's copy of this module, in the same process: the two copies share the
// declarations through the global symbol registry.
const KEY = Symbol.for('mentorkit.page-sources');
const declared = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, readonly string[]>()) as Map<string, readonly string[]>;

/** Records what the page at `pathname` is built from: paths relative to the project root, files or folders. */
export function declarePageSources(pathname: string, sources: readonly string[]): void {
  declared.set(pathname, sources);
}

/**
 * When the content behind the page at `pathname` last changed (see lastModified). A page that declared
 * nothing stops the build: a sitemap date that silently went missing would go unnoticed.
 */
export function pageLastModified(pathname: string): Date | undefined {
  const sources = declared.get(pathname);
  if (!sources) throw new Error(`The page ${pathname} did not declare its sources (the sources prop of Base.astro), so the sitemap cannot date it`);
  return lastModified([...sources]);
}
