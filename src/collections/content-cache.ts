import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A cache folder's name: the content folder's path as one word, then the schemas' digest. */
const DIGEST = /-[0-9a-f]{12}$/;

/**
 * The folder Astro caches the content of `contentRoot` in, inside `cacheRoot`: one per content folder, so
 * that a build of other content (MENTORKIT_CONTENT_DIR, the scale benchmark) never leaves its entries in
 * the next build, and one per version of the schemas (`schemaFiles`, digested), as Astro keeps the entries
 * it has parsed by each file's content alone: after a change to a schema (a new field with a default),
 * unchanged files would keep what the old schema made of them.
 */
export function contentCacheDir(cacheRoot: string, contentRoot: string, schemaFiles: string[]): string {
  const digest = createHash('sha256')
    .update(schemaFiles.map((file) => readFileSync(file, 'utf8')).join('\0'))
    .digest('hex')
    .slice(0, 12);
  return join(cacheRoot, `${contentRoot.replace(/[^\w-]+/g, '_')}-${digest}`);
}

/**
 * Removes the cache folders of the same content folder as `cacheDir` made for earlier schemas, which no
 * build reads again (and the one kept before schemas were digested). Called once a build is done, never
 * as the configuration loads: a server started before the schemas changed may still use its folder.
 */
export function removeEarlierContentCaches(cacheDir: string): void {
  const cacheRoot = dirname(cacheDir);
  const prefix = basename(cacheDir).replace(DIGEST, '');
  for (const folder of existsSync(cacheRoot) ? readdirSync(cacheRoot) : []) {
    const earlier = folder === prefix || (folder.replace(DIGEST, '') === prefix && DIGEST.test(folder));
    if (earlier && folder !== basename(cacheDir)) rmSync(join(cacheRoot, folder), { recursive: true, force: true });
  }
}
