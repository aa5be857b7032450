import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessibleInBothThemes } from '../helpers/axe';
import { pageRoutes } from '../helpers/dist';
import { SECTIONS } from '../../src/routes';
import { useBuiltSite } from '../helpers/server';

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

describe('every page', () => {
  it.each(routes)('%s: no axe violation in light or dark mode, no console error, no request to another origin, no cookie', async (route) => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    try {
      const { response, consoleErrors, foreignRequests } = await visit(page, route);
      expect(response?.status()).toBe(200);
      await expectAccessibleInBothThemes(page);

      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ javaScriptEnabled: false });
  });
  afterAll(() => context.close());

  it.each(routes)('%s reads completely', async (route) => {
    const page = await context.newPage();
    try {
      await page.goto(`${site.origin}${route}`);
      await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(150);
      // Every section is one link away: the main ones in the header, the others in the footer.
      const links = await page.locator('nav[aria-label="Main"] a, footer nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(expect.arrayContaining(SECTIONS.map((section) => section.href)));
    } finally {
      await page.close();
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
