import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageRoutes } from '../helpers/dist';
import { useBuiltSite } from '../helpers/server';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const site = useBuiltSite();

// Every built page: the sitemap's, the 404 page and the search page.
const routes = pageRoutes();

/** Opens `route`, recording console errors and any request that leaves the site's origin. */
async function visit(page: Page, route: string) {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(`${site.origin}/`) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
  });
  const response = await page.goto(`${site.origin}${route}`, { waitUntil: 'load' });
  return { response, consoleErrors, foreignRequests };
}

describe.each(['light', 'dark'] as const)('every page in %s mode', (colorScheme) => {
  it.each(routes)('%s: no axe violation, no console error, no request to another origin, no cookie', async (route) => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    try {
      const { response, consoleErrors, foreignRequests } = await visit(page, route);
      expect(response?.status()).toBe(200);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  it.each(routes)('%s reads completely', async (route) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${site.origin}${route}`);
      await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(150);
      expect(await page.locator('nav[aria-label="Main"] a').count()).toBeGreaterThanOrEqual(6);
    } finally {
      await context.close();
    }
  });
});

it('answers an unknown address with the 404 page', async () => {
  const page = await site.browser.newPage();
  const response = await page.goto(`${site.origin}/no-such-page/`);
  expect(response?.status()).toBe(404);
  expect(await page.locator('h1').innerText()).toBe('Page not found');
  await page.close();
});
