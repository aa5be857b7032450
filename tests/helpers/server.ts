import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { DIST, assertBuilt } from './dist';

/** Serves dist/ on 127.0.0.1 the way a static host does, 404.html for unknown paths. */
export async function serveDist(): Promise<{ origin: string; close: () => Promise<void> }> {
  const notFound = readFileSync(join(DIST, '404.html'));
  const files = sirv(DIST, { dev: false, etag: true });
  const server: Server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * Registers hooks that start Chromium and serve dist/ for the tests of one file, and stop both after.
 * Read `site.browser` and `site.origin` inside tests.
 */
export function useBuiltSite(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    assertBuilt();
    [browser, server] = await Promise.all([launchChromium(), serveDist()]);
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
