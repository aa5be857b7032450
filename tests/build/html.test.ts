import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, assertBuilt, distFiles, sitemapRoutes } from '../helpers/dist';
import { checkLinks } from '../helpers/links';

beforeAll(assertBuilt);

describe('HTML', () => {
  it('every built page is valid HTML (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = distFiles().filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(join(DIST, file));
      for (const result of report.results)
        for (const message of result.messages) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    expect(errors).toEqual([]);
  });
});

describe('links', () => {
  it('has no broken link or anchor (linkinator, offline, fragments checked)', async () => {
    const { broken, reached } = await checkLinks(DIST);
    expect(broken).toEqual([]);
    for (const route of sitemapRoutes()) expect(reached.has(route === '/' ? DIST : `${DIST}${route}`), route).toBe(true);
  });
});
