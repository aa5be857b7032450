import { getCollection, getEntry, type CollectionKey } from 'astro:content';
import { ENTRY_FILES } from './content-root';
import { TRANSLATIONS, translationsOf, type TranslatedCollection } from './translations';

interface Link {
  collection: string;
  id: string;
}

function isLink(value: unknown): value is Link {
  return typeof value === 'object' && value !== null && 'collection' in value && 'id' in value && Object.keys(value).length === 2;
}

/** Every `reference()` value in an entry's data, with the field it sits in. */
function* linksIn(value: unknown, path: string): Generator<{ field: string; link: Link }> {
  if (isLink(value)) yield { field: path, link: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* linksIn(item, `${path}[${i}]`);
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) yield* linksIn(item, path ? `${path}.${key}` : key);
}

/** The reference ids a chapter's text cites with `<Cite id="…" />`. */
export function citedIds(body: string): string[] {
  return [...body.matchAll(/<Cite\s+id=["']([^"']*)["']/g)].map((match) => match[1]!);
}

/** Throws naming both entries when any `reference()` points at an entry that does not exist. */
async function checkLinks(): Promise<void> {
  const problems: string[] = [];
  const translated = Object.keys(TRANSLATIONS) as TranslatedCollection[];
  const everyEntry = [
    ...(await Promise.all((Object.keys(ENTRY_FILES) as CollectionKey[]).map((collection) => getCollection(collection)))),
    ...(await Promise.all(translated.map((collection) => translationsOf(collection)))),
  ].flat();
  for (const entry of everyEntry) {
    for (const { field, link } of linksIn(entry.data, '')) {
      if (await getEntry(link.collection as CollectionKey, link.id)) continue;
      const existing = (await getCollection(link.collection as CollectionKey)).map((e) => e.id).join(', ');
      problems.push(
        `${entry.filePath ?? `${entry.collection}/${entry.id}`}: ${field} refers to ${link.collection} entry "${link.id}", which does not exist. ` +
          `Use one of: ${existing || '(the collection is empty)'}`,
      );
    }
  }
  for (const chapter of [...(await getCollection('guide')), ...(await translationsOf('guide'))]) {
    const listed = new Set(chapter.data.references.map((reference) => reference.id));
    for (const id of citedIds(chapter.body ?? '')) {
      if (listed.has(id)) continue;
      problems.push(
        `${chapter.filePath}: the text cites <Cite id="${id}" />, but "${id}" is not in the chapter's references. ` +
          `Add it to references: [...] at the top of the file, or correct the id.`,
      );
    }
  }
  if (problems.length > 0) throw new Error(`Broken links between content entries:\n  - ${problems.join('\n  - ')}`);
}

let linksChecked: Promise<void> | undefined;

/**
 * Checks links between entries once per build (src/middleware.ts awaits it before the first page is
 * rendered), so that a broken link stops the build naming both entries.
 */
export function assertContentLinks(): Promise<void> {
  linksChecked ??= checkLinks();
  return linksChecked;
}
