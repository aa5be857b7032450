import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { lastModified } from '../../../src/collections/last-modified';

/** The date git itself gives for the newest commit touching `path`. */
const gitDate = (path: string) => new Date(execFileSync('git', ['log', '-1', '--format=%cI', '--', path], { encoding: 'utf8' }).trim());

it('dates a file and a folder by their newest commit, however the path is written', () => {
  const chapter = 'src/content/guide/what-is-mentoring.mdx';
  expect(lastModified([chapter])).toEqual(gitDate(chapter));
  for (const folder of ['src/content/faq', './src/content/faq/', resolve('src/content/faq')]) expect(lastModified([folder])).toEqual(gitDate('src/content/faq'));
});

it('takes the newest of several paths, and knows no date outside the dated folders', () => {
  const newest = [gitDate('src/content/faq'), gitDate('src/toolkit')].sort((a, b) => b.getTime() - a.getTime())[0];
  expect(lastModified(['src/content/faq', 'src/toolkit'])).toEqual(newest);
  expect(lastModified([resolve('/tmp')])).toBeUndefined();
});
