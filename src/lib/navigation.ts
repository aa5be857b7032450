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
