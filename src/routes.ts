// Every address of the site is made here, and nowhere else: pages, components and the data layer ask
// this table for a URL instead of writing one. Pure: no Astro import, so any module may use it.
import type { UiKey } from './i18n';

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
  join: '/join/',
  about: '/about/',
  accessibility: '/accessibility/',
  privacy: '/privacy/',
  /** Which standard of effective practice each template serves, and the studies behind it. */
  evidence: '/evidence/',
  /** The program description's JSON Schema, for editors. */
  programSchema: '/toolkit/program.schema.json',
  /** The kit's template definitions in each language, which the generator in the browser fetches: {language} is the kit's. */
  kitTemplates: '/toolkit/templates/{language}.json',
  /** The fallback faces for scripts the base font lacks (fonts.ts); their files are in the same folder. */
  kitFallbackFonts: '/toolkit/fonts/fallback.json',
} as const;

/**
 * The site's sections, each named by its key in the interface dictionary (src/i18n): the header lists the
 * main ones, the footer the others, each in this order.
 * The practitioners' directory can be turned off in the settings (see src/data/sections.ts).
 */
export const SECTIONS = [
  { href: routes.guide, label: 'section.guide', place: 'header' },
  { href: routes.faq, label: 'section.faq', place: 'header' },
  { href: routes.modalities, label: 'section.modalities', place: 'header' },
  { href: routes.templates, label: 'section.templates', place: 'header' },
  { href: routes.toolkit, label: 'section.toolkit', place: 'header' },
  { href: routes.references, label: 'section.references', place: 'footer' },
  { href: routes.reading, label: 'section.reading', place: 'footer' },
  { href: routes.practitioners, label: 'section.practitioners', place: 'footer' },
  { href: routes.evidence, label: 'section.evidence', place: 'footer' },
] as const satisfies readonly { href: string; label: UiKey; place: 'header' | 'footer' }[];

/** The pages that say who publishes the site and how it treats its readers, linked from every footer. */
export const TRUST_PAGES = [
  { href: routes.about, label: 'trust.about' },
  { href: routes.accessibility, label: 'trust.accessibility' },
  { href: routes.privacy, label: 'trust.privacy' },
] as const satisfies readonly { href: string; label: UiKey }[];

/** Whether `href` is the section the page at `pathname` belongs to. */
export function isCurrentSection(href: string, pathname: string): boolean {
  return pathname === href || pathname.startsWith(href);
}

/** A question of the FAQ on its own page (the FAQ's listing also holds it, under its anchor). */
export const faqQuestionHref = (id: string): string => `${routes.faq}${id}/`;

/** A chapter of the guide, or one of its sections by heading anchor. */
export const chapterHref = (id: string, section?: string): string => `${routes.guide}${id}/${section ? `#${section}` : ''}`;

/** A template's page, which is also its fillable HTML form. */
export const templateHref = (id: string): string => `${routes.templates}${id}/`;

/**
 * A file under /downloads/ (a template in one format, the template set, the reference list); under a
 * language's prefix ("/es") for files written in that language.
 */
export const downloadHref = (file: string, prefix = ''): string => `${prefix}/downloads/${file}`;

/** The file name's ending of each size of a template's preview: the template page's, the list's, the home page's. */
export const PREVIEW_SUFFIXES = { page: '', thumbnail: '-small', icon: '-icon' } as const;
/** A picture of a template's first page, under the prefix of the language it is written in, as its downloads are. */
export const previewHref = (id: string, size: keyof typeof PREVIEW_SUFFIXES = 'page', prefix = ''): string => `${prefix}/previews/${id}${PREVIEW_SUFFIXES[size]}.webp`;

/** A font file the generator in the browser fetches: the base faces ("regular.ttf", "bold.ttf") and the fallback faces, by file name. */
export const kitFontHref = (file: string): string => `/toolkit/fonts/${file}`;

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

/** The anchor of an A–Z letter's topics on the page that lists them: "letter-a", "letter-other". */
export const letterAnchor = (letter: string): string => `letter-${letterSlug(letter)}`;

/** The part of a letter page's address after /topics/: "a", then "a/2" and on. */
export const letterPageParam = (letter: string, page = 1): string => `${letterSlug(letter)}${page === 1 ? '' : `/${page}`}`;

/** Where a page of an A–Z letter's topics is: /topics/a/, then /topics/a/2/ and on. */
export const letterHref = (letter: string, page = 1): string => `/topics/${letterPageParam(letter, page)}/`;
