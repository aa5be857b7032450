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

// However long the guide grows, no page lists all of it: the home page shows its first chapters and
// the contents go on over as many pages as they need.

/** Chapters the home page lists before linking to the contents. */
export const HOME_CHAPTERS = 12;

/** Chapters on one page of the guide's contents: enough to scan, few enough that the page stays light. */
export const CONTENTS_PAGE_SIZE = 100;

/** Where a page of the guide's contents is. */
export const contentsHref = (page: number): string => (page === 1 ? '/guide/' : `/guide/page/${page}/`);
