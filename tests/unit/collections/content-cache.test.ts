import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentCacheDir, removeEarlierContentCaches } from '../../../src/collections/content-cache';

const work = mkdtempSync(join(tmpdir(), 'content-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the content cache folder', () => {
  const schema = join(work, 'schema.ts');
  const cacheRoot = join(work, 'cache');

  it('is the same for the same schemas, and another for changed ones', () => {
    writeFileSync(schema, 'export const a = 1;');
    const first = contentCacheDir(cacheRoot, 'src/content', [schema]);
    expect(contentCacheDir(cacheRoot, 'src/content', [schema])).toBe(first);
    expect(basename(first)).toMatch(/^src_content-[0-9a-f]{12}$/);
    writeFileSync(schema, 'export const a = 2;');
    expect(contentCacheDir(cacheRoot, 'src/content', [schema])).not.toBe(first);
  });

  it('leaves, once a build is done, its own folder and those of other content; those of earlier schemas go', () => {
    writeFileSync(schema, 'export const a = 3;');
    const current = contentCacheDir(cacheRoot, 'src/content', [schema]);
    const others = ['generated-0123456789ab', '_work_bench_scale_content-1000', 'src_content_es-0123456789ab'];
    const earlier = ['src_content-0123456789ab', 'src_content'];
    for (const folder of [basename(current), ...others, ...earlier]) mkdirSync(join(cacheRoot, folder), { recursive: true });
    removeEarlierContentCaches(current);
    expect(existsSync(current)).toBe(true);
    expect(readdirSync(cacheRoot).sort()).toEqual([basename(current), ...others].sort());
  });
});
