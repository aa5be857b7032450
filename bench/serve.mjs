// Serves a built site on 127.0.0.1 the way a static host does: files as they are, compressed with gzip
// when the browser accepts it (as Netlify, Cloudflare Pages and GitHub Pages do, so that Lighthouse
// measures the bytes readers get), with the headers of the site's _headers file (as Netlify and Cloudflare
// Pages send them, so that the browser tests meet each page's policy as a header too), 404.html for
// unknown paths. Used by the browser tests and the benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/**
 * The rules of `dir`/_headers: a path (or /* for every path), then its headers indented below it.
 * @param {string} dir @returns {Map<string, [string, string][]>}
 */
function readHeaderRules(dir) {
  const rules = new Map();
  const file = join(dir, '_headers');
  if (!existsSync(file)) return rules;
  let headers = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line)) rules.set(line.trim(), (headers = []));
    else if (line.trim()) {
      const colon = line.indexOf(':');
      headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * @param {string} dir the built site
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveDir(dir) {
  const notFound = readFileSync(join(dir, '404.html'));
  const files = sirv(dir, { dev: false, etag: true });
  const compress = compression();
  const rules = readHeaderRules(dir);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of [...(rules.get('/*') ?? []), ...(rules.get(path) ?? [])]) res.setHeader(name, value);
    return compress(/** @type {any} */ (req), /** @type {any} */ (res), () =>
      files(req, res, () => {
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(notFound);
      }),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
