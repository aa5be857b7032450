import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The WCAG levels every page must meet: 2.0, 2.1 and 2.2, A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe's rules that read colours: all that the dark theme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The page's background as the reader sees it. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

const listed = (theme: string, violations: { id: string; nodes: { target: unknown[] }[] }[]) =>
  violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/**
 * Axe on a page opened in light mode: the full WCAG run, then, with the reader's system switched to dark
 * on the same page, a check that the dark theme followed and the colour rules again (the other rules read
 * structure and names, which the theme does not change).
 */
export async function expectAccessibleInBothThemes(page: Page): Promise<void> {
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  const light = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(listed('light', light.violations)).toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe('rgb(18, 20, 23)');
  const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
  expect(dark.passes.length + dark.violations.length).toBeGreaterThan(0);
  expect(listed('dark', dark.violations)).toEqual([]);
}
