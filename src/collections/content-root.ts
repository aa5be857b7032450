import { globSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * The folder the content collections are read from, relative to the project root. It is src/content
 * unless MENTORKIT_CONTENT_DIR names another one, which lets the scale benchmark build the site from
 * generated content without touching the real guide.
 */
export const CONTENT_ROOT = posix.normalize(process.env.MENTORKIT_CONTENT_DIR?.trim() || 'src/content').replace(/\/+$/, '');

/** The folder of one collection, relative to the project root. */
export const collectionFolder = (collection: string): string => `${CONTENT_ROOT}/${collection}`;

/** The files that make each collection's entries. */
export const ENTRY_FILES = {
  guide: '*.{md,mdx}',
  faq: '*.md',
  modalities: '*.yaml',
  references: '*.yaml',
  reading: '*.yaml',
  templates: '*.yaml',
  practitioners: '*.yaml',
  pages: '*.{md,mdx}',
  standards: '*.yaml',
} as const;

/**
 * The files of a collection's translations: each in the folder of its language inside the collection's
 * folder, named as the file it translates (guide/es/what-is-mentoring.mdx).
 */
export const translationFiles = (collection: keyof typeof ENTRY_FILES): string => `*/${ENTRY_FILES[collection]}`;

/**
 * Whether a collection has any translation file. Astro warns on reading an empty collection, which a
 * guide in one language is no cause for; the build runs in the project's folder.
 */
export const hasTranslationFiles = (collection: keyof typeof ENTRY_FILES): boolean =>
  globSync(translationFiles(collection), { cwd: collectionFolder(collection) }).length > 0;
