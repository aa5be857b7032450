import { posix } from 'node:path';

/**
 * The folder the content collections are read from, relative to the project root. It is src/content
 * unless MENTORKIT_CONTENT_DIR names another one, which lets the scale benchmark build the site from
 * generated content without touching the real guide.
 */
export const CONTENT_ROOT = posix.normalize(process.env.MENTORKIT_CONTENT_DIR?.trim() || 'src/content').replace(/\/+$/, '');

/** The folder of one collection, relative to the project root. */
export const collectionFolder = (collection: string): string => `${CONTENT_ROOT}/${collection}`;
