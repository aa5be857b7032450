import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The folder Astro caches the content of `contentRoot` in, inside `cacheRoot`: one per content folder, so
 * that a build of other content (MENTORKIT_CONTENT_DIR, the scale benchmark) never leaves its entries in
 * the next build, and one per version of the schemas (`schemaFiles`, digested), as Astro keeps the entries
 * it has parsed by each file's content alone: after a change to a schema (a new field with a default),
 * unchanged files would keep what the old schema made of them. The folders of the content folder's earlier
 * schemas, of no more use, are removed.
 */
export function contentCacheDir(cacheRoot: string, contentRoot: string, schemaFiles: string[]): string {
  const digest = createHash('sha256')
    .update(schemaFiles.map((file) => readFileSync(file, 'utf8')).join('\0'))
    .digest('hex')
    .slice(0, 12);
  const prefix = contentRoot.replace(/[^\w-]+/g, '_');
  const name = `${prefix}-${digest}`;
  const earlier = new RegExp(`^${prefix}(?:-[0-9a-f]{12})?$`);
  for (const folder of existsSync(cacheRoot) ? readdirSync(cacheRoot) : []) {
    if (folder !== name && earlier.test(folder)) rmSync(join(cacheRoot, folder), { recursive: true, force: true });
  }
  return join(cacheRoot, name);
}
