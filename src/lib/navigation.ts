/** The site's sections, in the order the header lists them. */
export const SECTIONS = [
  { href: '/guide/', label: 'Guide' },
  { href: '/modalities/', label: 'Compare' },
  { href: '/faq/', label: 'FAQ' },
  { href: '/templates/', label: 'Templates' },
  { href: '/references/', label: 'References' },
  { href: '/reading/', label: 'Reading' },
  { href: '/practitioners/', label: 'Practitioners' },
] as const;

/** Whether `href` is the section the page at `pathname` belongs to. */
export function isCurrentSection(href: string, pathname: string): boolean {
  return pathname === href || pathname.startsWith(href);
}

// However long the guide grows, no page lists all of it: the home page shows its first chapters, and
// the contents and the FAQ go on over as many pages as they need.

/** Chapters the home page lists before linking to the contents. */
export const HOME_CHAPTERS = 12;

/** Chapters on one page of the guide's contents: enough to scan, few enough that the page stays light. */
export const CONTENTS_PAGE_SIZE = 100;

/** Questions, with their answers, on one page of the FAQ. */
export const FAQ_PAGE_SIZE = 25;

/** Entries on one page of the references and of the practitioners. */
export const LISTING_PAGE_SIZE = 50;

/** `items` in pages of `size`, in order; no items make no pages. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages;
}

/** Where page `page` of a listing that starts at `base` (e.g. "/faq/") is: the base, then base + "page/2/" and on. */
export const pageHref = (base: string, page: number): string => (page === 1 ? base : `${base}page/${page}/`);

/** The address of the entry `id` on the listing at `base` whose pages are `pages`: its anchor on the page that holds it. */
export function anchorHref(base: string, pages: readonly (readonly { id: string }[])[], id: string): string {
  const page = pages.findIndex((entries) => entries.some((entry) => entry.id === id));
  return `${pageHref(base, page + 1)}#${id}`;
}
