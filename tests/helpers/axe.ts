import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The WCAG levels every page must meet: 2.0, 2.1 and 2.2, A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe's rules that read colours: all that the dark theme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResults {
  violations: { id: string; nodes: { target: unknown[] }[] }[];
  passes: unknown[];
}

/**
 * axe-core run in the page itself, on the WCAG `tags` or on the named `rules`. It is injected once per
 * document, through the DevTools protocol (which the site's Content-Security-Policy does not govern), and
 * both theme runs reuse it: @axe-core/playwright injected it again for every run and opened a blank page
 * to merge iframe results, three times the cost, and no page of the site has an iframe.
 */
export async function runAxe(page: Page, only: { tags: string[] } | { rules: string[] }): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = 'tags' in only ? { type: 'tag', values: only.tags } : { type: 'rule', values: only.rules };
  return page.evaluate(async (options) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    const { violations, passes } = await axe.run(document, { runOnly: options, resultTypes: ['violations'] });
    return { violations: violations.map(({ id, nodes }) => ({ id, nodes: nodes.map(({ target }) => ({ target })) })), passes };
  }, runOnly);
}

/** The page's background as the reader sees it. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Each violation as "theme rule: the elements", for a readable failure. */
export const listed = (theme: string, violations: AxeResults['violations']) =>
  violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/**
 * Axe on a page opened in light mode: the full WCAG run, then, with the reader's system switched to dark
 * on the same page, a check that the dark theme followed and the colour rules again (the other rules read
 * structure and names, which the theme does not change).
 */
export async function expectAccessibleInBothThemes(page: Page): Promise<void> {
  // axe here looks at the page's own document only.
  expect(await page.locator('iframe').count()).toBe(0);
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  const light = await runAxe(page, { tags: WCAG_TAGS });
  expect(listed('light', light.violations)).toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe('rgb(18, 20, 23)');
  const dark = await runAxe(page, { rules: COLOUR_RULES });
  expect(dark.passes.length + dark.violations.length).toBeGreaterThan(0);
  expect(listed('dark', dark.violations)).toEqual([]);
}
