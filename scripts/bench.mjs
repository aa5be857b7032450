// `npm run bench`: how fast the build is, how heavy the pages are, how the pages score in Lighthouse,
// and what search costs a reader. Prints a table and writes bench/results.json. Measures, never asserts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, launchChromium } from './chromium.mjs';
import { serveDir } from './serve.mjs';

const DIST = 'dist';
const PAGES = ['/', '/guide/what-is-mentoring/', '/faq/'];
const QUERY = 'mentor';

/** @param {string} dir */
function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

function build() {
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('The build failed; see above.');
  return { seconds: (performance.now() - started) / 1000, dist: folderSize(DIST), pagefind: folderSize(join(DIST, 'pagefind')) };
}

/** @param {string} contentType */
function kindOf(contentType) {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  return 'other';
}

/**
 * Every request a page makes until the network is idle, with no interaction: count and bytes by type,
 * raw and gzipped (the static server sends files uncompressed; hosts gzip text on the wire).
 * @param {import('playwright-core').Browser} browser @param {string} url
 */
async function weigh(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  /** @type {Promise<{ kind: string, raw: number, gzip: number }>[]} */
  const loads = [];
  page.on('response', (response) => {
    loads.push(
      response.body().then((body) => ({ kind: kindOf(response.headers()['content-type'] ?? ''), raw: body.length, gzip: gzipSync(body).length })),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const responses = await Promise.all(loads);
  await context.close();
  const total = { requests: responses.length, raw: 0, gzip: 0, html: 0, css: 0, js: 0, other: 0 };
  for (const r of responses) {
    total.raw += r.raw;
    total.gzip += r.gzip;
    total[/** @type {'html'|'css'|'js'|'other'} */ (r.kind)] += r.gzip;
  }
  return total;
}

/**
 * What Pagefind fetches when a reader opens search and types one word: the interface, then the index.
 * @param {import('playwright-core').Browser} browser @param {string} origin
 */
async function searchCost(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/guide/what-is-mentoring/`, { waitUntil: 'networkidle' });
  /** @type {Promise<{ url: string, raw: number, gzip: number }>[]} */
  const loads = [];
  page.on('response', (response) => {
    loads.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body).length })));
  });
  const started = performance.now();
  await page.keyboard.press('/');
  await page.locator('pagefind-modal dialog[open]').waitFor();
  await page.keyboard.type(QUERY);
  await page.locator('pagefind-modal .pf-result-link').first().waitFor();
  const firstResultMs = performance.now() - started;
  await page.waitForLoadState('networkidle');
  const responses = await Promise.all(loads);
  await context.close();
  const sum = (/** @type {typeof responses} */ list) => list.reduce((acc, r) => ({ raw: acc.raw + r.raw, gzip: acc.gzip + r.gzip, requests: acc.requests + 1 }), { raw: 0, gzip: 0, requests: 0 });
  const ui = responses.filter((r) => /pagefind-component-ui\.(js|css)$/.test(r.url));
  const index = responses.filter((r) => !ui.includes(r));
  return { query: QUERY, firstResultMs, ui: sum(ui), index: sum(index), files: responses.map((r) => r.url) };
}

/**
 * The /toolkit/ page: what it loads before a person asks for a kit, then the time and bytes to build
 * a 52-week weekly kit in Chromium.
 * @param {import('playwright-core').Browser} browser @param {string} origin
 */
async function kitInBrowser(browser, origin) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  /** @type {Promise<{ raw: number, gzip: number }>[]} */
  let loads = [];
  page.on('response', (response) => loads.push(response.body().then((body) => ({ raw: body.length, gzip: gzipSync(body).length }))));
  await page.goto(`${origin}/toolkit/`, { waitUntil: 'networkidle' });
  const sum = async (/** @type {typeof loads} */ list) => (await Promise.all(list)).reduce((acc, r) => ({ requests: acc.requests + 1, raw: acc.raw + r.raw, gzip: acc.gzip + r.gzip }), { requests: 0, raw: 0, gzip: 0 });
  const before = await sum(loads);
  loads = [];
  await page.fill('#start', '2026-03-02');
  await page.fill('#weeks', '52');
  await page.selectOption('#cadence', 'weekly');
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('button[type=submit]')]);
  const ms = performance.now() - started;
  await download.path();
  const after = await sum(loads);
  await context.close();
  return { before, after, ms };
}

/** @param {string} url @param {'mobile'|'desktop'} formFactor */
async function audit(url, formFactor) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  try {
    const options = { port: chrome.port, output: /** @type {'json'} */ ('json'), logLevel: /** @type {'error'} */ ('error') };
    const result = await lighthouse(url, options, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    return {
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      bestPractices: Math.round((categories['best-practices']?.score ?? 0) * 100),
      seo: Math.round((categories.seo?.score ?? 0) * 100),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
      cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
    };
  } finally {
    chrome.kill();
  }
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The toolkit alone (scripts/bench-toolkit.ts, TypeScript run by tsx): the template set and a 52-week kit. */
function toolkit() {
  const result = spawnSync('tsx', ['scripts/bench-toolkit.ts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error('The toolkit benchmark failed; see above.');
  return JSON.parse(result.stdout);
}

const results = { date: new Date().toISOString(), node: process.version, build: build(), pages: /** @type {Record<string, unknown>} */ ({}) };
const server = await serveDir(DIST);
const browser = await launchChromium();
try {
  for (const route of PAGES) {
    const weight = await weigh(browser, `${server.origin}${route}`);
    const mobile = await audit(`${server.origin}${route}`, 'mobile');
    const desktop = await audit(`${server.origin}${route}`, 'desktop');
    results.pages[route] = { weight, mobile, desktop };
  }
  Object.assign(results, { search: await searchCost(browser, server.origin), kitPage: await kitInBrowser(browser, server.origin), toolkit: toolkit() });
} finally {
  await browser.close();
  await server.close();
}

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const { build: b } = results;
console.log(`\nBuild: ${b.seconds.toFixed(1)} s; dist/ ${kb(b.dist.bytes)} in ${b.dist.files} files (Pagefind index and UI ${kb(b.pagefind.bytes)})\n`);
console.log('page                         | requests | gzip total | html   | css    | js     | mobile P/A/BP/SEO | LCP mobile | desktop P/A/BP/SEO | LCP desktop');
for (const [route, r] of Object.entries(results.pages)) {
  const { weight: w, mobile: m, desktop: d } = /** @type {any} */ (r);
  console.log(
    `${route.padEnd(28)} | ${String(w.requests).padStart(8)} | ${kb(w.gzip).padStart(10)} | ${kb(w.html).padStart(6)} | ${kb(w.css).padStart(6)} | ${kb(w.js).padStart(6)} | ${`${m.performance}/${m.accessibility}/${m.bestPractices}/${m.seo}`.padEnd(17)} | ${`${m.lcpMs} ms`.padStart(10)} | ${`${d.performance}/${d.accessibility}/${d.bestPractices}/${d.seo}`.padEnd(18)} | ${d.lcpMs} ms`,
  );
}
const s = /** @type {any} */ (results).search;
console.log(`\nSearch for "${s.query}": interface ${kb(s.ui.gzip)} gzipped in ${s.ui.requests} requests; index ${kb(s.index.gzip)} gzipped in ${s.index.requests} requests; first result ${Math.round(s.firstResultMs)} ms after the keypress that opens search.`);
const { templateSet: t, kit52 } = /** @type {any} */ (results).toolkit;
console.log(
  `Templates: ${t.templates} templates into ${t.files} files in ${t.medianMs} ms (median of 5, Node ${process.version}); ${kb(t.totalBytes)} in all (PDF A4 ${kb(t.bytesByFormat['.pdf'])}, PDF Letter ${kb(t.bytesByFormat['-letter.pdf'])}, Word ${kb(t.bytesByFormat['.docx'])}, Markdown ${kb(t.bytesByFormat['.md'])}); ZIP ${kb(t.zipBytes)}.`,
);
const kp = /** @type {any} */ (results).kitPage;
console.log(`Program kit, 52 weekly sessions: ${kit52.medianMs} ms in Node (median of 3), ${kb(kit52.bytes)} ZIP; ${Math.round(kp.ms)} ms in Chromium (one run, generator loading included).`);
console.log(`/toolkit/ page: ${kb(kp.before.gzip)} gzipped in ${kp.before.requests} requests before the request; ${kb(kp.after.gzip)} more when a kit is asked for (${kp.after.requests} requests).`);
console.log('Written to bench/results.json');
