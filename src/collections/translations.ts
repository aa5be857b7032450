import { basename } from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import site from '../../site.config';
import { collectionFolder, hasTranslationFiles } from './content-root';

/** Each collection whose entries may be translated, and the collection of its translations. */
export const TRANSLATIONS = {
  guide: 'guideTranslations',
  faq: 'faqTranslations',
  modalities: 'modalitiesTranslations',
  reading: 'readingTranslations',
  templates: 'templatesTranslations',
  practitioners: 'practitionersTranslations',
  pages: 'pagesTranslations',
  standards: 'standardsTranslations',
} as const;
export type TranslatedCollection = keyof typeof TRANSLATIONS;
export type TranslationEntry<C extends TranslatedCollection> = CollectionEntry<(typeof TRANSLATIONS)[C]>;

/**
 * What a translation keeps as it is in its original: the fields that place an entry and link it to
 * others, which are not text. A template's sections keep their shape too (see shapeOf).
 */
const KEPT: { [C in TranslatedCollection]: readonly string[] } = {
  guide: ['order', 'part', 'references'],
  faq: ['category', 'order', 'related'],
  modalities: ['order', 'related'],
  reading: ['order', 'isbn'],
  templates: ['audience', 'phase', 'minutes', 'order', 'related', 'references'],
  practitioners: ['order', 'phone', 'phoneRegion'],
  pages: [],
  standards: ['order', 'source'],
};

const read = new Map<TranslatedCollection, Promise<TranslationEntry<TranslatedCollection>[]>>();

/** The translations of `collection`'s entries, into every language with a folder, read once per build. */
export function translationsOf<C extends TranslatedCollection>(collection: C): Promise<TranslationEntry<C>[]> {
  if (!read.has(collection)) {
    read.set(collection, hasTranslationFiles(collection) ? (getCollection(TRANSLATIONS[collection]) as Promise<TranslationEntry<TranslatedCollection>[]>) : Promise.resolve([]));
  }
  return read.get(collection)! as Promise<TranslationEntry<C>[]>;
}

/** The folder of a translation's language and the id of its original: "es/what-is-mentoring" -> ["es", "what-is-mentoring"]. */
function splitTranslationId(id: string): [folder: string, originalId: string] {
  const slash = id.indexOf('/');
  return [id.slice(0, slash), id.slice(slash + 1)];
}

/** The languages whose folders hold translations: every language of the site but the default one. */
const TRANSLATED_LANGUAGES = new Set(site.locales.map(({ code }) => code.toLowerCase()).filter((code) => code !== site.defaultLocale.toLowerCase()));

/** Whether a translation's folder is a language the site is published in, so that the translation is published too. */
const isPublishedLanguage = (folder: string): boolean => TRANSLATED_LANGUAGES.has(folder.toLowerCase());

const SECTION_EVIDENCE = ['standards', 'references'];

/**
 * A template section's shape: its field names and kinds, its numbers, and how many items each list has,
 * with the words left out, since those are what a translation changes.
 */
function shapeOf(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => shapeOf(item));
  // A section's standards and references are the original's alone: a translation leaves them out.
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).filter(([k]) => !SECTION_EVIDENCE.includes(k)).map(([k, v]) => [k, shapeOf(v, k)]));
  if (typeof value === 'string') return key === 'name' || key === 'kind' || key === 'only' ? value : '';
  return value;
}

/** Where `translated` first differs from `original`, as a field path with both values, or undefined when they agree. */
function firstDifference(original: unknown, translated: unknown, path: string): string | undefined {
  const show = (value: unknown) => (value === undefined ? 'nothing' : Array.isArray(value) ? `${value.length} item(s)` : JSON.stringify(value));
  if (Array.isArray(original) && Array.isArray(translated)) {
    if (original.length !== translated.length) return `${path} has ${translated.length} item(s), the original ${original.length}`;
    for (const [i, item] of original.entries()) {
      const difference = firstDifference(item, translated[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return undefined;
  }
  if (typeof original === 'object' && original !== null && typeof translated === 'object' && translated !== null && !Array.isArray(translated)) {
    for (const key of new Set([...Object.keys(original), ...Object.keys(translated)])) {
      const difference = firstDifference((original as Record<string, unknown>)[key], (translated as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (difference) return difference;
    }
    return undefined;
  }
  return Object.is(original, translated) ? undefined : `${path} is ${show(translated)}, the original ${show(original)}`;
}

/** What is wrong with `translation` as a translation of `original`, one line per problem. */
function problemsOf(collection: TranslatedCollection, original: CollectionEntry<TranslatedCollection>, translation: TranslationEntry<TranslatedCollection>): string[] {
  const data = (entry: { data: object }) => entry.data as Record<string, unknown>;
  const kept = Object.fromEntries(KEPT[collection].map((key) => [key, data(original)[key]]));
  const given = Object.fromEntries(KEPT[collection].map((key) => [key, data(translation)[key]]));
  const difference =
    firstDifference(kept, given, '') ??
    (collection === 'templates' ? firstDifference(shapeOf(data(original).sections), shapeOf(data(translation).sections), 'sections') : undefined);
  if (!difference) return [];
  const what = collection === 'templates' && difference.startsWith('sections') ? 'its sections and fields (names, kinds, minutes, how many options and columns)' : `${KEPT[collection].join(', ')}`;
  return [`${translation.filePath} translates ${original.filePath}, but ${difference}. A translation changes the words only and keeps ${what} as the original has them.`];
}

/**
 * A translated chapter's or page's headings keep the original's ids, so that a link to a section
 * ("/guide/x/#how-to-ask") finds it in every language, and the language picker keeps the reader's place.
 */
async function headingProblems(original: CollectionEntry<'guide' | 'pages'>, translation: TranslationEntry<'guide' | 'pages'>): Promise<string[]> {
  const [ids, translatedIds] = await Promise.all([original, translation].map(async (entry) => (await render(entry)).headings.map((heading) => heading.slug)));
  const at = ids!.findIndex((id, i) => translatedIds![i] !== id);
  if (at < 0 && ids!.length === translatedIds!.length) return [];
  const i = at < 0 ? ids!.length : at;
  const found = translatedIds![i] === undefined ? 'it has no heading there' : `it has "${translatedIds![i]}"`;
  const wanted = ids![i] === undefined ? 'the original has no heading there' : `the original's is "${ids![i]}": write it after the heading, as in "## … {#${ids![i]}}"`;
  return [`${translation.filePath} translates ${original.filePath}, but its heading ${i + 1} does not keep the original's id: ${found}, and ${wanted}.`];
}

/**
 * Checks every translation against its original: the original exists, and the translation keeps what
 * is not text. Translations in the folder of a language the site does not list are not published, and
 * the build says so.
 */
async function checkTranslations(): Promise<void> {
  const problems: string[] = [];
  const unpublished = new Set<string>();
  for (const collection of Object.keys(TRANSLATIONS) as TranslatedCollection[]) {
    const originals = new Map<string, CollectionEntry<TranslatedCollection>>((await getCollection(collection)).map((entry) => [entry.id, entry]));
    for (const translation of await translationsOf(collection)) {
      const [folder, id] = splitTranslationId(translation.id);
      const file = translation.filePath ?? `${collectionFolder(collection)}/${translation.id}`;
      if (!isPublishedLanguage(folder)) {
        unpublished.add(file.slice(0, file.lastIndexOf('/') + 1));
        continue;
      }
      const original = originals.get(id);
      if (!original) {
        problems.push(
          `${file} translates ${collectionFolder(collection)}/${basename(file)}, which does not exist. ` +
            `Name a translation exactly as the file it translates (one of: ${[...originals.values()].map((entry) => basename(entry.filePath ?? entry.id)).join(', ') || 'none yet'}), or remove it.`,
        );
        continue;
      }
      problems.push(...problemsOf(collection, original, translation as TranslationEntry<TranslatedCollection>));
      if (collection === 'guide' || collection === 'pages') problems.push(...(await headingProblems(original as CollectionEntry<'guide' | 'pages'>, translation as TranslationEntry<'guide' | 'pages'>)));
    }
  }
  if (unpublished.size > 0) {
    const languages = [...new Set([...unpublished].map((folder) => folder.split('/').at(-2)))].join(', ');
    console.warn(
      `[mentorkit] Translations into ${languages} are not published: the locales of site.config.ts list ${site.locales.map(({ code }) => code).join(', ')}. ` +
        `Add a language there (README, "Languages") to publish its folders: ${[...unpublished].join(', ')}`,
    );
  }
  if (problems.length > 0) throw new Error(`Translations that do not match their original:\n  - ${problems.join('\n  - ')}`);
}

let translationsChecked: Promise<void> | undefined;

/** Checks the translations once per build (src/middleware.ts awaits it before the first page is rendered). */
export function assertTranslations(): Promise<void> {
  translationsChecked ??= checkTranslations();
  return translationsChecked;
}
