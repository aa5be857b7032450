import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const DIST = join(import.meta.dirname, '../../dist');

const ROOT = join(import.meta.dirname, '../..');
/** What a build is made from: a change to any of these makes dist/ out of date. */
const SOURCES = ['src', 'public', 'site.config.ts', 'astro.config.mjs', 'scripts', 'package.json', 'package-lock.json'];

/** The newest modification time among `path` and everything under it. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/** Fails early, with the fix, when the tests would read no build or one older than the sources. */
export function assertBuilt(): void {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) throw new Error('dist/ has no index.html: run "npm run build" first (npm test does).');
  const changed = SOURCES.map((source) => ({ source, time: newest(join(ROOT, source)) })).filter(({ time }) => time > statSync(index).mtimeMs);
  if (changed.length > 0) {
    throw new Error(`dist/ is older than ${changed.map(({ source }) => source).join(', ')}: run "npm run build" first (npm test does), so that the tests read what the sources make.`);
  }
}

/** Every file under dist/, as paths relative to it with forward slashes. */
export function distFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? distFiles(path) : [relative(DIST, path).split(sep).join('/')];
  });
}

/** The URL path a built HTML file is served at: "guide/x/index.html" -> "/guide/x/". */
export function routeOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Built pages by route, 404 included. */
export function pageRoutes(): string[] {
  return distFiles()
    .filter((file) => file.endsWith('.html'))
    .map(routeOf)
    .sort();
}

const pages = new Map<string, CheerioAPI>();

/** The page at `route`, parsed. */
export function page(route: string): CheerioAPI {
  let $ = pages.get(route);
  if (!$) {
    const file = route.endsWith('.html') ? route : `${route}index.html`;
    $ = load(readFileSync(join(DIST, file), 'utf8'));
    pages.set(route, $);
  }
  return $;
}

/** Text with runs of white space folded, as a reader sees it. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The routes the sitemap lists, as paths. */
export function sitemapRoutes(): string[] {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1));
  return sitemaps
    .flatMap((file) => [...readFileSync(join(DIST, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname))
    .sort();
}

/** The pages in Pagefind's index, read from its fragments (gzipped JSON behind a signature). */
export function indexedPages(): { url: string; content: string; filters: Record<string, string[]> }[] {
  const folder = join(DIST, 'pagefind/fragment');
  return readdirSync(folder).map((file) => {
    const raw = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
    return JSON.parse(raw.replace(/^pagefind_dcd/, ''));
  });
}
