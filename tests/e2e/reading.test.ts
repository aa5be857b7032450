import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WCAG_TAGS, listed, runAxe } from '../helpers/axe';
import { SECTIONS } from '../../src/routes';
import { useBuiltSite } from '../helpers/server';
import siteConfig from '../../site.config';

const site = useBuiltSite();
let context: BrowserContext;
let page: Page;
let problems: string[];

/** A fresh desktop context per test, failing the test on any console error, CSP violation or foreign request. */
beforeEach(async () => {
  context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(`${site.origin}/`)) problems.push(`request to another origin: ${request.url()}`);
  });
});
afterEach(async () => {
  await context.close();
  // Strict on purpose, and CI runs whatever Chromium Debian ships: a failure names the browser that said it.
  expect(problems, `in Chromium ${site.browser.version()}`).toEqual([]);
});

const open = (route: string) => page.goto(`${site.origin}${route}`);
const resultLinks = (scope: string) =>
  page.locator(`${scope} .pf-result-link`).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const resultKinds = (scope: string) => page.locator(`${scope} .pf-result-kind`).allTextContents();

/**
 * Opens the dialog with "/" and types `query`, then waits for Pagefind's answer to the whole query (not
 * to a partial one typed on the way) and for its results to be on screen.
 */
async function searchInDialog(query: string) {
  await page.keyboard.press('/');
  const dialog = page.locator('pagefind-modal dialog[open]');
  await dialog.waitFor();
  type Search = { PagefindComponents?: { getInstanceManager(): { getInstance(name: string): { on(event: string, listener: (term: string) => void): void } | undefined } }; searchAnswered?: boolean };
  await page.waitForFunction(() => Boolean((window as Search).PagefindComponents?.getInstanceManager().getInstance('default')));
  await page.evaluate((word) => {
    const search = window as Search;
    const instance = search.PagefindComponents!.getInstanceManager().getInstance('default')!;
    let whole = false;
    search.searchAnswered = false;
    instance.on('search', (term) => (whole = term === word));
    instance.on('results', () => (search.searchAnswered ||= whole));
  }, query);
  await page.keyboard.type(query);
  await page.waitForFunction(() => (window as Search).searchAnswered === true);
  await page.locator('pagefind-modal .pf-result-link').first().waitFor();
  // The results rendered in the frames after Pagefind answered.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return dialog;
}

describe('search dialog', () => {
  it('loads no search code until the reader opens search', async () => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/guide/what-is-mentoring/`, { waitUntil: 'networkidle' });
    expect(loaded.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await expect.poll(() => loaded.filter((path) => path.startsWith('/pagefind/')).length).toBeGreaterThan(0);
    expect(loaded).toContain('/pagefind/pagefind-component-ui.js');
  });

  it('opens with "/" with the focus in the search box, closes with Escape, returns focus', async () => {
    await open('/guide/what-is-mentoring/');
    // The reader was on a link in the chapter when they pressed "/".
    const link = page.locator('main a[rel=next]');
    await link.focus();
    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('search');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page.locator('pagefind-modal dialog[open]').count()).resolves.toBe(0);
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
  });

  it('opens with Ctrl+K and from the header link, reached by keyboard alone', async () => {
    await open('/faq/');
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('pagefind-modal dialog[open]').waitFor({ state: 'detached' }).catch(() => undefined);
    await open('/reading/');
    // Tab from the top: skip link, brand, the five main sections, then search.
    for (let i = 0; i < 2 + SECTIONS.filter((section) => section.place === 'header').length + 1; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Search/);
    await page.keyboard.press('Enter');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/reading/');
  });

  it('finds the answer first, and the chapter on it next, for a question typed as a reader would ask it', async () => {
    await open('/');
    await searchInDialog('How do I find a mentor?');
    const links = await resultLinks('pagefind-modal');
    expect(links[0]).toBe('/faq/how-do-i-find-a-mentor/');
    expect(links.slice(1, 3)).toContain('/guide/finding-a-mentor/');
  });

  it('ranks the page whose title matches first, and shows each result kind', async () => {
    await open('/');
    await searchInDialog('how mentoring helps');
    expect((await resultLinks('pagefind-modal'))[0]).toBe('/guide/how-mentoring-helps/');
    expect((await resultKinds('pagefind-modal'))[0]).toBe('Guide');
  });

  it('ranks a question\'s own page above the chapters that also use its words, and highlights the word there', async () => {
    await open('/');
    // "cost" is in one question and in several chapters: the short page that answers it comes first.
    await searchInDialog('cost');
    const links = await resultLinks('pagefind-modal');
    expect(links.filter((link) => link.startsWith('/guide/')).length).toBeGreaterThan(1);
    expect(links[0]).toBe('/faq/how-much-does-mentoring-cost/');
    expect((await resultKinds('pagefind-modal'))[0]).toBe('FAQ');
    const result = page.locator('pagefind-modal .pf-result-link').first();
    expect(await result.getAttribute('href')).toBe('/faq/how-much-does-mentoring-cost/?highlight=cost');
    await result.click();
    await page.waitForURL(/\/faq\/how-much-does-mentoring-cost\/\?highlight=cost$/);
    await page.locator('main mark').first().waitFor();
    expect((await page.locator('main mark').allInnerTexts()).map((t) => t.toLowerCase())).toContain('cost');
  });

  it('searches for the words that matter and marks only whole words of them on the page opened from a result', async () => {
    await open('/');
    await searchInDialog('how do i find a mentor');
    const result = page.locator('pagefind-modal .pf-result-link[href^="/faq/how-do-i-find-a-mentor/"]').first();
    expect(new URL((await result.getAttribute('href'))!, site.origin).searchParams.getAll('highlight')).toEqual(['find', 'mentor']);
    // A link from elsewhere may still carry every word typed; the page marks only the ones worth marking.
    await open('/faq/how-do-i-find-a-mentor/?highlight=how&highlight=do&highlight=i&highlight=find&highlight=a&highlight=mentor');
    await page.locator('main mark').first().waitFor();
    const marks = await page.locator('main mark').evaluateAll((elements) =>
      elements.map((mark) => ({
        // The characters on either side of the mark: no letter may touch a marked word.
        word: mark.textContent!.toLowerCase(),
        before: mark.previousSibling?.textContent?.slice(-1) ?? '',
        after: mark.nextSibling?.textContent?.slice(0, 1) ?? '',
      })),
    );
    expect(marks.length).toBeGreaterThan(2);
    for (const { word, before, after } of marks) {
      expect(['find', 'mentor']).toContain(word);
      expect(before, word).not.toMatch(/\p{L}/u);
      expect(after, word).not.toMatch(/\p{L}/u);
    }
  });

  it('has no accessibility violation with results open, in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await open('/');
      await searchInDialog('mentor');
      const { violations } = await runAxe(page, { tags: WCAG_TAGS });
      expect(listed(colorScheme, violations)).toEqual([]);
    }
  });
});

describe('search page', () => {
  it('takes the query from ?q= and narrows results by kind', async () => {
    await open('/search/?q=mentoring');
    // The page lists everything first (faceted mode), then searches for the query once the index is in.
    await expect.poll(() => page.locator('[data-search-page] pagefind-input input').inputValue(), { timeout: 5000 }).toBe('mentoring');
    await expect.poll(() => page.locator('[data-search-page] pagefind-summary').textContent(), { timeout: 5000 }).toMatch(/results? for mentoring/);
    // Results render lazily as they scroll into view, so count kinds with the filter's own counts.
    const kindsWithResults = () =>
      page.locator('pagefind-filter-pane label').evaluateAll((labels) =>
        labels.filter((label) => Number(label.querySelector('.pf-filter-checkbox-count')?.textContent) > 0).map((label) => label.querySelector('input')!.value),
      );
    await expect.poll(kindsWithResults, { timeout: 5000 }).toEqual(expect.arrayContaining(['FAQ', 'Guide', 'Modality', 'Reference']));
    await page.locator('pagefind-filter-pane input[value="Reference"]').check();
    await expect.poll(() => page.locator('[data-search-page] pagefind-summary').textContent(), { timeout: 5000 }).toMatch(/^1 result for mentoring/);
    await expect.poll(() => resultLinks('[data-search-page]'), { timeout: 5000 }).toEqual(['/references/']);
    expect(await resultKinds('[data-search-page]')).toEqual(['Reference']);
  });

  it('without JavaScript, offers every topic and question from A to Z instead', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${site.origin}/search/`);
    expect(await plain.locator('[data-search-page]').isVisible()).toBe(false);
    const topics = await plain.locator('.a-z__group a').allInnerTexts();
    expect(topics).toContain('Can mentoring be done virtually?');
    expect(topics).toContain('Two kinds of help');
    expect(topics).toContain('Coaching');
    expect(topics).toEqual([...topics].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    await noScript.close();
  });
});

describe('reading', () => {
  it('lands an FAQ deep link on its question', async () => {
    await open('/faq/#how-long-does-a-mentoring-relationship-last');
    const question = page.locator('#how-long-does-a-mentoring-relationship-last');
    expect(await question.innerText()).toBe('How long does a mentoring relationship typically last?');
    expect(await question.evaluate((h) => h.matches(':target'))).toBe(true);
    // Scrolled into view (as near the top as the page's length allows; a fraction of a pixel is rounding).
    const box = await question.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-0.5);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  it('keeps the chosen theme across pages without a flash of the other one', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open('/guide/what-is-mentoring/');
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBackground).toBe('rgb(18, 20, 23)');
    // The next page is dark from its first paint: record the body colour as soon as the body exists.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { firstPaintBackground: string }).firstPaintBackground = getComputedStyle(document.body).backgroundColor;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await open('/faq/');
    expect(await page.evaluate(() => (window as unknown as { firstPaintBackground: string }).firstPaintBackground)).toBe(darkBackground);
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
  });

  it('offers a mobile menu at 375 px that works with the keyboard, without JavaScript', async () => {
    const mobile = await site.browser.newContext({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false });
    const phone = await mobile.newPage();
    await phone.goto(`${site.origin}/`);
    expect(await phone.locator('.nav-wide').isVisible()).toBe(false);
    const summary = phone.locator('.nav-menu summary');
    expect(await summary.isVisible()).toBe(true);
    await summary.focus();
    await phone.keyboard.press('Enter');
    const faq = phone.locator('.nav-menu a[href="/faq/"]');
    expect(await faq.isVisible()).toBe(true);
    await faq.focus();
    await phone.keyboard.press('Enter');
    await phone.waitForURL(/\/faq\/$/);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await mobile.close();
  });

  it('keeps a long chapter\'s sections in view beside it at 1280 px, and lists them above the text on a phone', async () => {
    await open('/guide/being-a-mentor/');
    const text = (await page.locator('.chapter__body').boundingBox())!;
    const toc = page.locator('.chapter > .toc');
    expect((await toc.boundingBox())!.x).toBeGreaterThan(text.x + text.width);
    await page.locator('.chapter__body h2').last().scrollIntoViewIfNeeded();
    const scrolled = (await toc.boundingBox())!;
    expect(scrolled.y).toBeGreaterThanOrEqual(0);
    expect(scrolled.y + scrolled.height).toBeLessThanOrEqual(900);
    const phone = await site.browser.newContext({ viewport: { width: 375, height: 740 } });
    const tab = await phone.newPage();
    await tab.goto(`${site.origin}/guide/being-a-mentor/`);
    const [tocBox, firstParagraph] = await Promise.all([tab.locator('.toc').boundingBox(), tab.locator('.chapter__body p').first().boundingBox()]);
    expect(tocBox!.y + tocBox!.height).toBeLessThanOrEqual(firstParagraph!.y);
    await phone.close();
  });

  it('shows the comparison whole at 1280 px, with no word cut and nothing to scroll', async () => {
    await open('/modalities/');
    const region = page.locator('.table-scroll');
    expect(await region.evaluate((r) => r.scrollWidth - r.clientWidth)).toBeLessThanOrEqual(0);
    const cut = await page.locator('.comparison th, .comparison td').evaluateAll((cells) =>
      cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent),
    );
    expect(cut).toEqual([]);
  });

  it('keeps the comparison readable at 375 px: the heading whole, each row label in view while the table scrolls', async () => {
    const phone = await site.browser.newContext({ viewport: { width: 375, height: 740 } });
    const tab = await phone.newPage();
    await tab.goto(`${site.origin}/modalities/`);
    const heading = await tab.locator('#comparison-heading').boundingBox();
    expect(heading!.x + heading!.width).toBeLessThanOrEqual(375);
    const region = tab.locator('.table-scroll');
    expect(await region.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(true);
    await region.evaluate((r) => r.scrollTo({ left: r.scrollWidth }));
    for (const label of await tab.locator('.comparison tbody th').all()) {
      const box = await label.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThan(375 / 2);
    }
    // The last column came into view beside them.
    const last = await tab.locator('.comparison tbody tr:first-child td:last-child').boundingBox();
    expect(last!.x + last!.width).toBeLessThanOrEqual(375);
    await phone.close();
  });

  it('fits 320 px wide screens without sideways scrolling', async () => {
    for (const route of ['/', '/guide/what-to-expect/', '/faq/', '/references/', '/search/']) {
      const narrow = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
      const tab = await narrow.newPage();
      await tab.goto(`${site.origin}${route}`);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth), route).toBeLessThanOrEqual(320);
      await narrow.close();
    }
  });

  it('prints the FAQ without navigation or search, every question with its short answer and the address of its whole answer', async () => {
    await page.emulateMedia({ media: 'print' });
    await open('/faq/');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    const entries = page.locator('main article.faq-entry');
    expect(await entries.count()).toBeGreaterThanOrEqual(20);
    for (const entry of await entries.all()) {
      expect(await entry.locator('p').isVisible()).toBe(true);
      const href = await entry.locator('h3 a').getAttribute('href');
      expect(await entry.locator('h3 a').evaluate((a) => getComputedStyle(a, '::after').content)).toContain(href);
    }
  });

  it('prints a question\'s whole answer without navigation or search', async () => {
    await page.emulateMedia({ media: 'print' });
    await open('/faq/how-do-i-find-a-mentor/');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.more-questions').isVisible()).toBe(false);
    expect(await page.locator('main .prose ol li').count()).toBeGreaterThanOrEqual(3);
    for (const item of await page.locator('main .prose ol li').all()) expect(await item.isVisible()).toBe(true);
  });

  it('prints guide pages without navigation, with the addresses of links', async () => {
    await page.emulateMedia({ media: 'print' });
    await open('/guide/what-is-mentoring/');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.prev-next').isVisible()).toBe(false);
    const after = await page.locator('main p a[href="/modalities/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/modalities/');
  });

  it('puts the organization and the page\'s full address on printed pages only', async () => {
    const origin = `${siteConfig.organization.name} · ${new URL('/guide/what-is-mentoring/', siteConfig.url).href}`;
    await open('/guide/what-is-mentoring/');
    expect(await page.locator('.print-origin').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-origin').isVisible()).toBe(true);
    expect(await page.locator('.print-origin').textContent()).toBe(origin);
  });

  it('prints a template from its print button, which appears only where it can work', async () => {
    await open('/templates/meeting-log/');
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.getByRole('button', { name: 'Print this form' }).click();
    expect(await page.locator('html[data-printed]').count()).toBe(1);
    const withoutScript = await site.browser.newContext({ javaScriptEnabled: false });
    const tab = await withoutScript.newPage();
    await tab.goto(`${site.origin}/templates/meeting-log/`);
    expect(await tab.getByRole('button', { name: 'Print this form' }).count()).toBe(0);
    await withoutScript.close();
  });

  it("shows one side's questions alone when its reader chooses that side, without a script", async () => {
    const withoutScript = await site.browser.newContext({ javaScriptEnabled: false });
    const tab = await withoutScript.newPage();
    await tab.goto(`${site.origin}/templates/participant-application/`);
    const mentees = tab.getByRole('textbox', { name: 'What would you like help with during the program? (mentees only)' });
    const mentors = tab.getByRole('textbox', { name: 'What experience could you share with a mentee? (mentors only)' });
    const everyone = tab.getByRole('textbox', { name: 'Why is now a good time for you to take part?' });
    const visible = async () => [await mentees.isVisible(), await mentors.isVisible(), await everyone.isVisible()];
    expect(await visible()).toEqual([true, true, true]);
    await tab.getByRole('radio', { name: 'Mentees only', exact: true }).check();
    expect(await visible()).toEqual([true, false, true]);
    await tab.getByRole('radio', { name: 'Mentors only', exact: true }).check();
    expect(await visible()).toEqual([false, true, true]);
    // A form without such questions offers no choice.
    await tab.goto(`${site.origin}/templates/meeting-log/`);
    expect(await tab.locator('input[name=view_for]').count()).toBe(0);
    await withoutScript.close();
  });
});
