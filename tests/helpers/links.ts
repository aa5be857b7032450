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
    // Canonical URLs point at the deployed site; mail and phone links open other programs.
    linksToSkip: [`^${site.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, '^mailto:', '^tel:'],
  });
  return {
    broken: result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.url} (from ${link.parent})`),
    reached: new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url)),
  };
}
