import { check, LinkState } from 'linkinator';
import site from '../../site.config';

/**
 * Checks every link and anchor of the built site in `dir` with linkinator, offline. Returns the broken
 * ones ("url (from page)") and the URLs it reached, so that a test can make sure it checked every page:
 * a skip pattern can quietly make linkinator check nothing.
 */
export async function checkLinks(dir: string): Promise<{ broken: string[]; reached: Set<string> }> {
  const result = await check({
    path: dir,
    recurse: true,
    checkFragments: true,
    // The local server answers every page, but under a full test run's load a request to the largest
    // page now and then failed without a status; such an error (or a 5xx) is retried. A missing page
    // (404) is never retried, and a broken link still fails the test.
    concurrency: 16,
    retryErrors: true,
    retryErrorsCount: 3,
    // Canonical URLs point at the deployed site; mail and phone links open other programs. A DOI link
    // leads to the publisher, which an offline check cannot reach: the reference schema checks its form,
    // and each DOI was checked against the publisher's record when it was added.
    linksToSkip: [`^${site.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, '^mailto:', '^tel:', '^https://doi\\.org/10\\.'],
  });
  return {
    broken: result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.url} (${link.status ?? 'no response'}, from ${link.parent})`),
    reached: new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url)),
  };
}
