// Every address of the site is made here, and nowhere else: pages, components and the data layer ask
// this table for a URL instead of writing one. Pure: no Astro import, so any module may use it.

/** The site's pages that have one fixed address. */
export const routes = {
  home: '/',
  guide: '/guide/',
  modalities: '/modalities/',
  faq: '/faq/',
  templates: '/templates/',
  toolkit: '/toolkit/',
  references: '/references/',
  reading: '/reading/',
  practitioners: '/practitioners/',
  search: '/search/',
  /** The program description's JSON Schema, for editors. */
  programSchema: '/toolkit/program.schema.json',
  /** The kit's template definitions, which the generator in the browser fetches. */
  kitTemplates: '/toolkit/templates.json',
} as const;

/** The site's sections, in the order the header lists them. */
export const SECTIONS = [
  { href: routes.guide, label: 'Guide' },
  { href: routes.modalities, label: 'Compare' },
  { href: routes.faq, label: 'FAQ' },
  { href: routes.templates, label: 'Templates' },
  { href: routes.references, label: 'References' },
  { href: routes.reading, label: 'Reading' },
  { href: routes.practitioners, label: 'Practitioners' },
] as const;

/** Whether `href` is the section the page at `pathname` belongs to. */
export function isCurrentSection(href: string, pathname: string): boolean {
  return pathname === href || pathname.startsWith(href);
}

/** A chapter of the guide, or one of its sections by heading anchor. */
export const chapterHref = (id: string, section?: string): string => `${routes.guide}${id}/${section ? `#${section}` : ''}`;

/** A template's page, which is also its fillable HTML form. */
export const templateHref = (id: string): string => `${routes.templates}${id}/`;

/** A file under /downloads/ (a template in one format, the template set, the reference list). */
export const downloadHref = (file: string): string => `/downloads/${file}`;

/** The PDF fonts the generator in the browser fetches, by face. */
export const kitFontHref = (face: 'regular' | 'bold'): string => `/toolkit/fonts/${face}.ttf`;

/** The search page with a query filled in. */
export const searchHref = (query?: string): string => (query ? `${routes.search}?q=${encodeURIComponent(query)}` : routes.search);

/** Page `page` of a listing whose first page is `base` (e.g. "/faq/"): the base, then base + "page/2/" and on. */
export const listingPageHref = (base: string, page: number): string => (page === 1 ? base : `${base}page/${page}/`);

/** The address of the entry `id` on the listing at `base` whose pages are `pages`: its anchor on the page that holds it. */
export function entryHref(base: string, pages: readonly (readonly { id: string }[])[], id: string): string {
  const page = pages.findIndex((entries) => entries.some((entry) => entry.id === id));
  return `${listingPageHref(base, page + 1)}#${id}`;
}

/** The URL segment of an A–Z letter's pages: the letter in lower case, "other" for topics that begin with no letter. */
export const letterSlug = (letter: string): string => (letter === '#' ? 'other' : letter.toLowerCase());

/** The part of a letter page's address after /topics/: "a", then "a/2" and on. */
export const letterPageParam = (letter: string, page = 1): string => `${letterSlug(letter)}${page === 1 ? '' : `/${page}`}`;

/** Where a page of an A–Z letter's topics is: /topics/a/, then /topics/a/2/ and on. */
export const letterHref = (letter: string, page = 1): string => `/topics/${letterPageParam(letter, page)}/`;
