import { describe, expect, it } from 'vitest';
import { isAnswered, rankQueries, relevanceSet } from '../../bench/search-relevance.mjs';
import { pageRoutes } from '../helpers/dist';
import { useBuiltSite } from '../helpers/server';

const site = useBuiltSite();
// The questions in the shipped site's one language; those in Spanish and Arabic are asked of the
// three-language build (tests/e2e/languages.test.ts).
const questions = relevanceSet().filter((question) => !question.lang);

describe('search relevance: real questions find the page that answers them', () => {
  it('covers the three kinds of reader with at least 30 questions, each expecting pages the site has', () => {
    expect(questions.length).toBeGreaterThanOrEqual(30);
    for (const who of ['mentee', 'mentor', 'designer']) expect(questions.filter((question) => question.who === who).length, who).toBeGreaterThanOrEqual(5);
    const routes = new Set(pageRoutes());
    for (const { first, alsoRight } of questions) for (const path of [first, alsoRight ?? first]) expect(routes.has(path), path).toBe(true);
  });

  it('puts the expected page first, or among the first three where another page is as right and comes first', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.origin}/`);
      const ranked = await rankQueries(page, questions);
      const misses = questions.flatMap((question, i) =>
        isAnswered(question, ranked[i]!) ? [] : [`"${question.query}": expected ${question.first}, got ${ranked[i]!.slice(0, 3).join(', ') || 'nothing'}`],
      );
      expect(misses).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
