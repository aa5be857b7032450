import type { BrowserContext, ConsoleMessage, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessibleInBothThemes } from '../helpers/axe';
import { pageRoutes } from '../helpers/dist';
import { SECTIONS } from '../../src/routes';
import { interfaceText } from '../../src/i18n';
import { languageOf, localized } from '../../src/i18n/pages';
import { useBuiltSite } from '../helpers/server';

const site = useBuiltSite();

// Every built page: the sitemap's, the 404 page and the search page.
const routes = pageRoutes();

describe('every page', () => {
  // One tab visits every page in turn: a new one per page cost more than the checks themselves.
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext();
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it.each(routes)('%s: no axe violation in light or dark mode, no console error, no request to another origin, no cookie', async (route) => {
    const consoleErrors: string[] = [];
    const foreignRequests: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    };
    const onPageError = (error: Error) => consoleErrors.push(error.message);
    const onRequest = (request: Request) => {
      if (!request.url().startsWith(`${site.origin}/`) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
    };
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    page.on('request', onRequest);
    try {
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(`${site.origin}${route}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      // The search page's interface loads after the page: check it drawn, results counted ("52 results", in the page's language).
      if (await page.locator('[data-search-page]').count()) await page.locator('[data-search-page] pagefind-summary').filter({ hasText: /\d/ }).waitFor();
      await expectAccessibleInBothThemes(page);

      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    } finally {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('request', onRequest);
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
      // Every section is one link away, in the page's language: the main ones in the header, the others in the footer.
      const language = languageOf(route);
      const main = interfaceText(language.code)('nav.main');
      const links = await page.locator(`nav[aria-label="${main}"] a, footer nav a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(expect.arrayContaining(SECTIONS.map((section) => localized(section.href, language))));
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
