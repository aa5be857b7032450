// The search relevance set: questions a mentee, a mentor or a program designer would type, each with the
// page that should come first (tests/fixtures/search-relevance.json). `npm test` checks every question
// (tests/e2e/search-relevance.test.ts) and `npm run bench` reports precision at 1 and mean reciprocal rank.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ who: 'mentee' | 'mentor' | 'designer', lang?: string, query: string, first: string, alsoRight?: string }} Question
 * A question, in the language `lang` (the site's default language when absent), and the page (path)
 * that should come first; `alsoRight` names a second page that answers it as well, in which case `first`
 * only has to be among the first three results.
 */

/** @returns {Question[]} */
export const relevanceSet = () => JSON.parse(readFileSync(join(import.meta.dirname, '../tests/fixtures/search-relevance.json'), 'utf8'));

/**
 * Types every question into the search page of its language, as a reader would, and returns the paths
 * of the results in the order shown. The waits read no word of the interface, which is in that language.
 * @param {import('playwright-core').Page} page a page of the built site, already open
 * @param {Question[]} questions
 * @returns {Promise<string[][]>}
 */
export async function rankQueries(page, questions) {
  /** @type {string | undefined} */
  let open;
  const ranked = [];
  for (const { query, lang } of questions) {
    const searchPage = lang ? `/${lang.toLowerCase()}/search/` : '/search/';
    if (open !== searchPage) {
      await page.goto(new URL(searchPage, page.url()).href);
      // The page lists everything once its index is in ("52 results"); a question typed before that would be searched twice.
      await page.waitForFunction(() => /\d/.test(document.querySelector('pagefind-summary')?.textContent ?? ''));
      open = searchPage;
    }
    await page.locator('[data-search-page] pagefind-input input').fill(query);
    // The summary names the query once Pagefind has answered it; each result's link appears once its
    // page's data has loaded, and the first three are the ones judged.
    await page.waitForFunction((typed) => {
      const summary = document.querySelector('pagefind-summary')?.textContent?.trim() ?? '';
      // "Searching for …" (in every language it ends in dots) comes before the answer.
      if (!summary.includes(typed) || /(\.\.\.|…)$/.test(summary)) return false;
      // A summary without a count says nothing was found.
      if (!/\d/.test(summary.replace(typed, ''))) return true;
      const items = [...document.querySelectorAll('pagefind-results li.pf-result')].slice(0, 3);
      return items.length > 0 && items.every((item) => item.querySelector('.pf-result-link'));
    }, query);
    const links = await page
      .locator('pagefind-results li.pf-result')
      .evaluateAll((items) => items.slice(0, 10).map((item) => item.querySelector('.pf-result-link')?.getAttribute('href') ?? ''));
    ranked.push(links.map((href) => (href ? new URL(href, page.url()).pathname : '')));
  }
  return ranked;
}

/**
 * Whether the results answer the question: the expected page first or, where another page is as right,
 * one of the two first and the expected page among the first three.
 * @param {Question} question @param {string[]} results paths in the order shown
 */
export function isAnswered({ first, alsoRight }, results) {
  if (results[0] === first) return true;
  return alsoRight !== undefined && results[0] === alsoRight && results.slice(0, 3).includes(first);
}

/**
 * Precision at 1 (the share of questions whose expected page comes first) and mean reciprocal rank
 * (the mean of 1 / its position, 0 when it is not in the first ten).
 * @param {Question[]} questions @param {string[][]} ranked
 */
export function score(questions, ranked) {
  const positions = questions.map((question, i) => ranked[i].indexOf(question.first) + 1);
  return {
    questions: questions.length,
    precisionAt1: positions.filter((position) => position === 1).length / questions.length,
    meanReciprocalRank: positions.reduce((sum, position) => sum + (position ? 1 / position : 0), 0) / questions.length,
    positions,
  };
}
