// The search relevance set: questions a mentee, a mentor or a program designer would type, each with the
// page that should come first (tests/fixtures/search-relevance.json). `npm test` checks every question
// (tests/e2e/search-relevance.test.ts) and `npm run bench` reports precision at 1 and mean reciprocal rank.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ who: 'mentee' | 'mentor' | 'designer', query: string, first: string, alsoRight?: string }} Question
 * A question and the page (path) that should come first; `alsoRight` names a second page that answers
 * it as well, in which case `first` only has to be among the first three results.
 */

/** @returns {Question[]} */
export const relevanceSet = () => JSON.parse(readFileSync(join(import.meta.dirname, '../tests/fixtures/search-relevance.json'), 'utf8'));

/**
 * Runs every query through the site's own Pagefind, as the search interface does, and returns the paths
 * of the first results, in order.
 * @param {import('playwright-core').Page} page a page of the built site, already open
 * @param {Question[]} questions
 * @returns {Promise<string[][]>}
 */
export function rankQueries(page, questions) {
  return page.evaluate(async (queries) => {
    const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js');
    const ranked = [];
    for (const query of queries) {
      const { results } = await pagefind.search(query);
      const pages = await Promise.all(results.slice(0, 10).map((/** @type {{ data(): Promise<{ url: string }> }} */ result) => result.data()));
      ranked.push(pages.map((data) => new URL(data.url, location.origin).pathname));
    }
    return ranked;
  }, questions.map((question) => question.query));
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
