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

/**
 * A few tabs that visit the pages side by side, each page in one tab at a time: a new tab per page cost
 * more than the checks themselves, and a single tab left the machine's other cores idle.
 */
function tabPool(size = 3) {
  const idle: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  return {
    open: async (context: BrowserContext) => void idle.push(...(await Promise.all(Array.from({ length: size }, () => context.newPage())))),
    take: (): Promise<Page> => Promise.resolve(idle.pop() ?? new Promise<Page>((resolve) => waiting.push(resolve))),
    give: (page: Page): void => void (waiting.length > 0 ? waiting.shift()!(page) : idle.push(page)),
  };
}

describe('every page', () => {
  let context: BrowserContext;
  const tabs = tabPool();
  beforeAll(async () => {
    context = await site.browser.newContext();
    await tabs.open(context);
  });
  afterAll(() => context.close());

  it.concurrent.each(routes)('%s: no axe violation in light or dark mode, no console error, no request to another origin, no cookie', async (route) => {
    const page = await tabs.take();
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
      tabs.give(page);
    }
  });
});

describe('without JavaScript', () => {
  let context: BrowserContext;
  const tabs = tabPool();
  beforeAll(async () => {
    context = await site.browser.newContext({ javaScriptEnabled: false });
    await tabs.open(context);
  });
  afterAll(() => context.close());

  it.concurrent.each(routes)('%s reads completely', async (route) => {
    const page = await tabs.take();
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
      tabs.give(page);
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
