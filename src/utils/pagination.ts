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
