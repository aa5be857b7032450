import { getCollection, type CollectionEntry } from 'astro:content';
import site from '../../site.config';
import { entryHref, routes } from '../routes';
import { apaBibliography } from '../utils/citations';
import { CONTENTS_PAGE_SIZE, FAQ_PAGE_SIZE, LISTING_PAGE_SIZE, paginate } from '../utils/pagination';

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

/** Guide chapters in reading order. */
export async function guideChapters(): Promise<CollectionEntry<'guide'>[]> {
  return (await getCollection('guide')).sort(byOrder);
}

/** The guide's contents split into pages of CONTENTS_PAGE_SIZE chapters, in reading order. */
export async function contentsPages(): Promise<CollectionEntry<'guide'>[][]> {
  return paginate(await guideChapters(), CONTENTS_PAGE_SIZE);
}

/** FAQ entries grouped under the categories of site.config.ts, in its order; empty categories are left out. */
async function faqByCategory() {
  const entries = (await getCollection('faq')).sort(byOrder);
  return site.faqCategories
    .map((category) => ({ ...category, entries: entries.filter((entry) => entry.data.category === category.id) }))
    .filter((group) => group.entries.length > 0);
}

type FaqGroup = Awaited<ReturnType<typeof faqByCategory>>[number];
let faq: Promise<FaqGroup[][]> | undefined;

/**
 * The FAQ in pages of FAQ_PAGE_SIZE questions, in category order, each page's questions grouped under
 * their categories (a category that goes on over two pages heads both).
 */
export function faqPages(): Promise<FaqGroup[][]> {
  faq ??= (async () => {
    const questions = (await faqByCategory()).flatMap(({ entries, ...category }) => entries.map((entry) => ({ category, entry })));
    return paginate(questions, FAQ_PAGE_SIZE).map((page) => {
      const groups: FaqGroup[] = [];
      for (const { category, entry } of page) {
        const last = groups.at(-1);
        if (last?.id === category.id) last.entries.push(entry);
        else groups.push({ ...category, entries: [entry] });
      }
      return groups;
    });
  })();
  return faq;
}

let bibliography: ReturnType<typeof formatBibliography> | undefined;
const formatBibliography = async () => apaBibliography(await getCollection('references'));

/**
 * Every reference in APA 7, in APA order, formatted once per build: citeproc takes milliseconds per
 * call, and formatting the whole list keeps the year letters ("2006a") the same wherever an entry shows.
 */
export function referenceBibliography() {
  bibliography ??= formatBibliography();
  return bibliography;
}

/** The references among `ids`, formatted and in APA order with their addresses, as a chapter lists its sources. */
export async function sourcesOf(ids: readonly string[]) {
  const wanted = new Set(ids);
  const entries = (await referenceBibliography()).filter((entry) => wanted.has(entry.id));
  return Promise.all(entries.map(async (entry) => ({ ...entry, href: await referenceHref(entry.id) })));
}

export async function ordered<C extends 'faq' | 'modalities' | 'reading' | 'practitioners'>(collection: C) {
  return (await getCollection(collection)).sort(byOrder);
}

/** The references in APA order, in pages of LISTING_PAGE_SIZE. */
export async function referencePages() {
  return paginate(await referenceBibliography(), LISTING_PAGE_SIZE);
}

/** The address of a reference: its anchor on the references page that holds it. */
export async function referenceHref(id: string): Promise<string> {
  return entryHref(routes.references, await referencePages(), id);
}

/** The practitioners in directory order, in pages of LISTING_PAGE_SIZE. */
export async function practitionerPages() {
  return site.practitioners ? paginate(await ordered('practitioners'), LISTING_PAGE_SIZE) : [];
}

/** The address of a practitioner: its anchor on the directory page that holds it. */
export async function practitionerHref(id: string): Promise<string> {
  return entryHref(routes.practitioners, await practitionerPages(), id);
}

/** How many pages each listing that goes on over pages has: the contents, the FAQ, the references, the practitioners. */
export async function listingPageCounts(): Promise<Record<'guide' | 'faq' | 'references' | 'practitioners', number>> {
  const [guide, faq, references, practitioners] = await Promise.all([contentsPages(), faqPages(), referencePages(), practitionerPages()]);
  return { guide: guide.length, faq: faq.length, references: references.length, practitioners: practitioners.length };
}
