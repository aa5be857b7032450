import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentCacheDir } from '../../../src/collections/content-cache';

const work = mkdtempSync(join(tmpdir(), 'content-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the content cache folder', () => {
  it('changes with the schemas, and the folders of earlier schemas of the same content go', () => {
    const schema = join(work, 'schema.ts');
    const cacheRoot = join(work, 'cache');
    writeFileSync(schema, 'export const a = 1;');
    const first = contentCacheDir(cacheRoot, 'src/content', [schema]);
    mkdirSync(first, { recursive: true });
    // Another content folder's cache, and one from before the schemas were digested.
    for (const other of ['generated-0123456789ab', '_work_bench_scale_content-1000', 'src_content']) mkdirSync(join(cacheRoot, other));
    expect(contentCacheDir(cacheRoot, 'src/content', [schema])).toBe(first);

    writeFileSync(schema, 'export const a = 2;');
    const second = contentCacheDir(cacheRoot, 'src/content', [schema]);
    expect(second).not.toBe(first);
    expect(basename(second)).toMatch(/^src_content-[0-9a-f]{12}$/);
    expect(readdirSync(cacheRoot).sort()).toEqual(['_work_bench_scale_content-1000', 'generated-0123456789ab']);
  });
});
