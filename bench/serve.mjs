// Serves a built site on 127.0.0.1 the way a static host does: files as they are, compressed with gzip
// when the browser accepts it (as Netlify, Cloudflare Pages and GitHub Pages do, so that Lighthouse
// measures the bytes readers get), 404.html for unknown paths. Used by the browser tests and the benchmark.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/**
 * @param {string} dir the built site
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveDir(dir) {
  const notFound = readFileSync(join(dir, '404.html'));
  const files = sirv(dir, { dev: false, etag: true });
  const compress = compression();
  const server = createServer((req, res) =>
    compress(/** @type {any} */ (req), /** @type {any} */ (res), () =>
      files(req, res, () => {
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(notFound);
      }),
    ),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
