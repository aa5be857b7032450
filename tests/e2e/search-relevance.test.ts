import { describe, expect, it } from 'vitest';
import { isAnswered, rankQueries, relevanceSet } from '../../bench/search-relevance.mjs';
import { pageRoutes } from '../helpers/dist';
import { useBuiltSite } from '../helpers/server';

const site = useBuiltSite();
const questions = relevanceSet();

describe('search relevance: real questions find the page that answers them', () => {
  it('covers the three kinds of reader with at least 30 questions, and Spanish and Arabic with 8 each, each expecting pages the site has', () => {
    expect(questions.length).toBeGreaterThanOrEqual(30);
    for (const lang of ['es', 'ar']) expect(questions.filter((question) => question.lang === lang).length, lang).toBeGreaterThanOrEqual(8);
    for (const who of ['mentee', 'mentor', 'designer']) expect(questions.filter((question) => question.who === who).length, who).toBeGreaterThanOrEqual(5);
    const routes = new Set(pageRoutes());
    for (const { first, alsoRight } of questions) for (const path of [first, alsoRight ?? first]) expect(routes.has(path), path).toBe(true);
  });

  it('puts the expected page first, or among the first three where another page is as right and comes first, and finds pages in the question\'s language only', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.origin}/`);
      const ranked = await rankQueries(page, questions);
      const misses = questions.flatMap((question, i) =>
        isAnswered(question, ranked[i]!) ? [] : [`"${question.query}": expected ${question.first}, got ${ranked[i]!.slice(0, 3).join(', ') || 'nothing'}`],
      );
      expect(misses).toEqual([]);
      // Each language searches its own index. Results past the third may not have loaded their address: those are ''.
      const prefixOf = (lang: string | undefined) => (lang ? `/${lang}/` : '/');
      const strays = questions.flatMap((question, i) =>
        ranked[i]!.filter((path) => path !== '' && (!path.startsWith(prefixOf(question.lang)) || (!question.lang && /^\/(es|ar)\//.test(path)))).map((path) => `"${question.query}" found ${path}`),
      );
      expect(strays).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
