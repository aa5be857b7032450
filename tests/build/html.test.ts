import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { check, LinkState } from 'linkinator';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import site from '../../site.config';
import { DIST, assertBuilt, distFiles, sitemapRoutes } from '../helpers/dist';

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
    const result = await check({
      path: DIST,
      recurse: true,
      checkFragments: true,
      // Canonical URLs point at the deployed site; mail and phone links open other programs.
      linksToSkip: [`^${site.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, '^mailto:', '^tel:'],
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.url} (from ${link.parent})`);
    expect(broken).toEqual([]);
    // A skip pattern can quietly make linkinator check nothing: make sure it reached every page.
    const checked = result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url);
    for (const route of sitemapRoutes()) expect(checked, route).toContain(route === '/' ? DIST : `${DIST}${route}`);
  });
});
