import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { DIST } from './dist';

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
