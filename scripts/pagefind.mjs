// The search index: Pagefind's Node API over a built site, written to <site>/pagefind.
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Indexes every page of the built site in `dir` and returns how many it indexed.
 * @param {string} dir
 */
export async function indexSite(dir) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
