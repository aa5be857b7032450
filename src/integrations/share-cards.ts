// Each page declares its share card (the 1200×630 picture a link to it shows on social sites) through
// Base.astro; the share-images integration draws them once the build is done. Like the page sources,
// the declarations cross from Astro's bundle to astro.config.mjs's copy through the global symbol registry.

/** What a page's share card shows. */
export interface ShareCard {
  title: string;
  /** What the page is ("Guide", "FAQ"); none on the home page. */
  kind?: string | undefined;
  /** The site's name in the language of the page's address. Default: the settings' title. */
  site?: string;
  /** The direction of the card's words: "rtl" lays the card out from the right. Default: "ltr". */
  dir?: 'ltr' | 'rtl';
}

const KEY = Symbol.for('mentorkit.share-cards');
const declared = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, ShareCard>()) as Map<string, ShareCard>;

/** The share card's address for the page at `pathname`: /share/index.jpg, /share/guide/what-is-mentoring.jpg. */
export const shareImageHref = (pathname: string): string => `/share${pathname === '/' ? '/index' : pathname.replace(/\/$/, '')}.jpg`;

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** Records the card of the page at `pathname`. */
export function declareShareCard(pathname: string, card: ShareCard): void {
  declared.set(pathname, card);
}

/** Every card declared in this build, by page path. */
export const shareCards = (): ReadonlyMap<string, ShareCard> => declared;
