import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDir } from '../../bench/serve.mjs';
import { launchChromium } from '../../bench/chromium.mjs';
import { DIST, assertBuilt } from './dist';

/** Serves dist/ on 127.0.0.1 the way a static host does, 404.html for unknown paths. */
export const serveDist = () => serveDir(DIST);

/**
 * Registers hooks that start Chromium and serve dist/ (or the build `built()` names, once the hooks
 * registered before have made it) for the tests of one file, and stop both after. Read `site.browser`
 * and `site.origin` inside tests.
 */
export function useBuiltSite(built?: () => string): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    if (!built) assertBuilt();
    [browser, server] = await Promise.all([launchChromium(), built ? serveDir(built()) : serveDist()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running yet: use the site inside a test.');
      return browser;
    },
    get origin() {
      if (!server) throw new Error('dist/ is not served yet: use the site inside a test.');
      return server.origin;
    },
  };
}
