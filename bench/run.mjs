// `npm run bench`: how fast the build is, how heavy the pages are, how the pages score in Lighthouse,
// what search costs a reader, how fast the toolkit renders, and how the build scales from 100 to 5,000
// pages. Prints tables and writes bench/results.json. Measures, never asserts.
//
//   npm run bench [-- --only site,toolkit,scale] [--sizes 100,1000,5000] [--runs 3]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, launchChromium } from './chromium.mjs';
import { KIT_NAMES } from './kit-names.mjs';
import { folderSize, recordResponses, searchCost, total, weigh } from './measure.mjs';
import { isAnswered, rankQueries, relevanceSet, score } from './search-relevance.mjs';
import { serveDir } from './serve.mjs';

const DIST = 'dist';
const PAGES = ['/', '/guide/what-is-mentoring/', '/faq/'];
const QUERY = 'mentor';
/** Lighthouse runs per page and form factor, of which the median run is reported. */
const LIGHTHOUSE_RUNS = 3;

function build() {
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('The build failed; see above.');
  return { seconds: (performance.now() - started) / 1000, dist: folderSize(DIST), pagefind: folderSize(join(DIST, 'pagefind')) };
}

/** What the page fetches for any kit as a person begins on the form; the fonts that typed names need come on top. */
const GENERATOR_FILES = ['/toolkit/fonts/regular.ttf', '/toolkit/fonts/bold.ttf', '/toolkit/fonts/fallback.json', '/toolkit/templates/en.json'];

/**
 * Watches the requests of `page` (its workers' included): `settle` resolves once the generator's files
 * have loaded and no request has been in flight for `quietMs` (the fonts for the names come after them).
 * @param {import('playwright-core').Page} page
 */
function networkQuiet(page, quietMs = 1000) {
  const inFlight = new Set();
  const loaded = new Set();
  let quietSince = performance.now();
  page.on('request', (request) => inFlight.add(request));
  const done = (/** @type {import('playwright-core').Request} */ request) => {
    inFlight.delete(request);
    loaded.add(new URL(request.url()).pathname);
    quietSince = performance.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async settle() {
      const ready = () => GENERATOR_FILES.every((path) => loaded.has(path)) && inFlight.size === 0 && performance.now() - quietSince >= quietMs;
      while (!ready()) await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
}

/**
 * The two ways a person meets the kit's time. "filled": they fill in the form, which starts the generator
 * loading, and send it once it has loaded (a person takes longer than that to fill it in). "at once": they
 * send the form as it comes, so the generator starts loading as they press the button.
 * @typedef {'filled' | 'at once'} KitScenario
 */

/**
 * The /toolkit/ page: what it loads before a person begins on the form, then the time and bytes to build
 * a 52-week weekly kit in Chromium, with the page's own names or with `names`. The time is the page's own,
 * from the click to the painting of the frame that shows the download link: Playwright's click and wait add
 * 150–400 ms of their own, which `harnessMs` keeps.
 * @param {import('playwright-core').Browser} browser @param {string} origin @param {Record<string, string>} names @param {KitScenario} scenario
 */
async function kitInBrowser(browser, origin, names, scenario) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const responses = recordResponses(page);
  await page.goto(`${origin}/toolkit/`, { waitUntil: 'networkidle' });
  const before = total(await responses.take());
  const values = { ...names, start: '2026-03-02', weeks: '52', cadence: 'weekly' };
  if (scenario === 'filled') {
    const network = networkQuiet(page);
    for (const [field, value] of Object.entries(values)) {
      if (field === 'cadence') await page.selectOption(`#${field}`, value);
      else await page.fill(`#${field}`, value);
    }
    // What the page fetched for the kit meanwhile (the generator, its files, the fonts the names need).
    await network.settle();
  } else {
    // Set as the page comes, without a field being touched.
    await page.evaluate((entries) => entries.forEach(([field, value]) => (/** @type {HTMLInputElement} */ (document.getElementById(field)).value = value)), Object.entries(values));
  }
  await page.evaluate(() => {
    const link = /** @type {HTMLElement} */ (document.querySelector('.kit-download'));
    const times = /** @type {{ clicked?: number, shown?: number }} */ ((/** @type {any} */ (window).kitTimes = {}));
    document.addEventListener('click', () => (times.clicked ??= performance.now()), { capture: true });
    // After the frame that draws the link: a task queued from the frame's callback runs once it is painted.
    new MutationObserver(() => !link.hidden && requestAnimationFrame(() => setTimeout(() => (times.shown ??= performance.now())))).observe(link, { attributes: true });
  });
  const started = performance.now();
  await page.click('button[type=submit]');
  // The kit is built when the page offers it, under the schedule.
  await page.locator('.kit-download').waitFor({ state: 'visible', timeout: 120_000 });
  const harnessMs = performance.now() - started;
  const { clicked, shown } = await page.waitForFunction(() => /** @type {any} */ (window).kitTimes.shown && /** @type {any} */ (window).kitTimes).then((handle) => handle.jsonValue());
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.kit-download a')]);
  const zipBytes = statSync(/** @type {string} */ (await download.path())).size;
  const after = total(await responses.take());
  await context.close();
  return { before, after, ms: shown - clicked, harnessMs, zipBytes };
}

/** Kit runs per set of names and scenario, each in a fresh context (nothing cached), of which the median is reported. */
const KIT_RUNS = 3;

/**
 * kitInBrowser KIT_RUNS times: the median run's figures, with the spread of the times, as one run is too
 * noisy to judge a budget by.
 * @param {import('playwright-core').Browser} browser @param {string} origin @param {Record<string, string>} names @param {KitScenario} scenario
 */
async function kitsInBrowser(browser, origin, names, scenario) {
  const runs = [];
  for (let run = 0; run < KIT_RUNS; run++) runs.push(await kitInBrowser(browser, origin, names, scenario));
  const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  runs.sort((a, b) => a.ms - b.ms);
  return { ...runs[Math.floor(runs.length / 2)], harnessMs: median(runs.map((run) => run.harnessMs)), msRange: [Math.round(runs[0].ms), Math.round(runs.at(-1).ms)] };
}

/** One Lighthouse run of `url`, in a browser of its own. @param {string} url @param {'mobile'|'desktop'} formFactor */
async function lighthouseRun(url, formFactor) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  try {
    const options = { port: chrome.port, output: /** @type {'json'} */ ('json'), logLevel: /** @type {'error'} */ ('error') };
    const result = await lighthouse(url, options, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

const lcpOf = (/** @type {import('lighthouse').Result} */ lhr) => Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0);

/**
 * Lighthouse's median of `runs` runs (its own choice: the run nearest the median first paint and time to
 * interactive), as one run is too noisy to judge a budget by, with the spread of the largest paint.
 * @param {string} url @param {'mobile'|'desktop'} formFactor
 */
async function audit(url, formFactor, runs = LIGHTHOUSE_RUNS) {
  const lhrs = [];
  for (let run = 0; run < runs; run++) lhrs.push(await lighthouseRun(url, formFactor));
  const { categories, audits } = computeMedianRun(lhrs);
  const paints = lhrs.map(lcpOf).sort((a, b) => a - b);
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    bestPractices: Math.round((categories['best-practices']?.score ?? 0) * 100),
    seo: Math.round((categories.seo?.score ?? 0) * 100),
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
    cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
    lcpRangeMs: [paints[0], paints.at(-1)],
  };
}

/**
 * What Lighthouse gives, on this machine, a page that costs next to nothing: one paragraph, no style, no
 * script, no image, served as the site is. The floor against which to read the pages' own figures.
 */
async function floor() {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-floor-'));
  const page = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title></head><body><p>One paragraph of text, long enough to be the largest thing painted on a phone screen, and nothing else on the page.</p></body></html>';
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, '404.html'), page);
  const server = await serveDir(dir);
  try {
    return await audit(`${server.origin}/`, 'mobile');
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A TypeScript part of the benchmark, run by tsx: its JSON on stdout, its progress on stderr.
 * @param {string} script @param {string[]} args
 */
function runPart(script, args = []) {
  const result = spawnSync('tsx', [script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${script} failed; see above.`);
  return JSON.parse(result.stdout);
}

const PARTS = ['site', 'toolkit', 'scale'];
const { values: options } = parseArgs({
  options: {
    only: { type: 'string', default: PARTS.join(',') },
    sizes: { type: 'string', default: '100,1000,5000' },
    runs: { type: 'string', default: '3' },
    // Also build each size's content in the default language alone, to compare (see bench/scale.ts).
    'one-language': { type: 'boolean', default: false },
  },
});
const parts = new Set(options.only.split(','));
for (const part of parts) if (!PARTS.includes(part)) throw new Error(`--only takes ${PARTS.join(', ')}; "${part}" is none of them`);

/** @type {Record<string, any>} */
const results = { date: new Date().toISOString(), node: process.version };
if (parts.has('site')) {
  results.build = build();
  results.pages = {};
  const server = await serveDir(DIST);
  const browser = await launchChromium();
  try {
    for (const route of PAGES) {
      const weight = await weigh(browser, `${server.origin}${route}`);
      const mobile = await audit(`${server.origin}${route}`, 'mobile');
      const desktop = await audit(`${server.origin}${route}`, 'desktop');
      results.pages[route] = { weight, mobile, desktop };
    }
    results.lighthouseFloor = await floor();
    results.search = await searchCost(browser, server.origin, { route: PAGES[1], query: QUERY });
    const questions = relevanceSet();
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}/`);
    const ranked = await rankQueries(tab, questions);
    await tab.close();
    const misses = questions.flatMap((q, i) => (isAnswered(q, ranked[i]) ? [] : [{ query: q.query, expected: q.first, first: ranked[i][0] }]));
    results.relevance = { ...score(questions, ranked), misses };
    results.kitPage = await kitsInBrowser(browser, server.origin, {}, 'filled');
    results.kitPageAtOnce = await kitsInBrowser(browser, server.origin, {}, 'at once');
    results.kitPageByScript = {};
    for (const [script, names] of Object.entries(KIT_NAMES)) results.kitPageByScript[script] = await kitsInBrowser(browser, server.origin, names, 'filled');
  } finally {
    await browser.close();
    await server.close();
  }
}
if (parts.has('toolkit')) results.toolkit = runPart('bench/toolkit.ts');
if (parts.has('scale')) results.scale = runPart('bench/scale.ts', ['--sizes', options.sizes, '--runs', options.runs, ...(options['one-language'] ? ['--one-language'] : [])]);

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (results.build) {
  const { build: b } = results;
  console.log(`\nBuild: ${b.seconds.toFixed(1)} s; dist/ ${kb(b.dist.bytes)} in ${b.dist.files} files (Pagefind index and UI ${kb(b.pagefind.bytes)})\n`);
  console.log('page                         | requests | gzip total | html   | css    | js     | mobile P/A/BP/SEO | LCP mobile | desktop P/A/BP/SEO | LCP desktop');
  for (const [route, { weight: w, mobile: m, desktop: d }] of Object.entries(results.pages)) {
    console.log(
      `${route.padEnd(28)} | ${String(w.requests).padStart(8)} | ${kb(w.gzip).padStart(10)} | ${kb(w.html).padStart(6)} | ${kb(w.css).padStart(6)} | ${kb(w.js).padStart(6)} | ${`${m.performance}/${m.accessibility}/${m.bestPractices}/${m.seo}`.padEnd(17)} | ${`${m.lcpMs} ms`.padStart(10)} | ${`${d.performance}/${d.accessibility}/${d.bestPractices}/${d.seo}`.padEnd(18)} | ${d.lcpMs} ms`,
    );
  }
  const f = results.lighthouseFloor;
  console.log(`(medians of ${LIGHTHOUSE_RUNS} Lighthouse runs; mobile LCP ${Object.entries(results.pages).map(([route, { mobile }]) => `${route} ${mobile.lcpRangeMs.join('–')} ms`).join(', ')} over the runs)`);
  console.log(`Lighthouse floor on this machine (one paragraph, no style, script or image): mobile LCP ${f.lcpMs} ms (${f.lcpRangeMs.join('–')} ms over the runs).`);
  const s = results.search;
  console.log(
    `\nSearch for "${s.term}": first result ${Math.round(s.typed.median)} ms after the last keystroke, ${Math.round(s.pasted.median)} ms after a paste (medians of ${s.runs}); interface ${kb(s.ui.gzip)} gzipped in ${s.ui.requests} requests, index warm-up on opening ${kb(s.warmUp.gzip)} in ${s.warmUp.requests}, the query ${kb(s.query.gzip)} in ${s.query.requests}.`,
  );
  const r = results.relevance;
  console.log(
    `Search relevance (${r.questions} questions, tests/fixtures/search-relevance.json): precision at 1 ${r.precisionAt1.toFixed(2)}, mean reciprocal rank ${r.meanReciprocalRank.toFixed(2)}.`,
  );
  const kp = results.kitPage;
  const ko = results.kitPageAtOnce;
  console.log(`Program kit in Chromium, 52 weekly sessions, from the click to the download link (medians of ${KIT_RUNS} runs, timed in the page):`);
  console.log(`  the form filled in first (the generator loads meanwhile): ${Math.round(kp.ms)} ms (${kp.msRange.join('–')} ms; ${Math.round(kp.harnessMs)} ms as Playwright waits);`);
  console.log(`  the form sent as it comes (the generator loads after the click): ${Math.round(ko.ms)} ms (${ko.msRange.join('–')} ms; ${Math.round(ko.harnessMs)} ms as Playwright waits).`);
  console.log(`/toolkit/ page: ${kb(kp.before.gzip)} gzipped in ${kp.before.requests} requests before a person begins on the form; ${kb(kp.after.gzip)} more for a kit (${kp.after.requests} requests); ZIP ${kb(kp.zipBytes)}.`);
  for (const [script, kit] of Object.entries(results.kitPageByScript)) {
    console.log(`  with ${script} names, the form filled in first: ${Math.round(kit.ms)} ms (${kit.msRange.join('–')} ms), ${kb(kit.after.gzip)} loaded for it (${kit.after.requests} requests), ZIP ${kb(kit.zipBytes)}.`);
  }
}
if (results.toolkit) {
  const { templateSet: t, kit52, kitsByScript } = results.toolkit;
  console.log(
    `\nTemplates: ${t.templates} templates into ${t.files} files in ${t.medianMs} ms (median of 5, Node ${process.version}); ${kb(t.totalBytes)} in all (PDF A4 ${kb(t.bytesByFormat['.pdf'])}, PDF Letter ${kb(t.bytesByFormat['-letter.pdf'])}, Word ${kb(t.bytesByFormat['.docx'])}, Markdown ${kb(t.bytesByFormat['.md'])}); ZIP ${kb(t.zipBytes)}.`,
  );
  const spread = (/** @type {{ msRange: number[] }} */ kit) => `${kit.msRange[0]}–${kit.msRange[1]} ms`;
  console.log(`Program kit, 52 weekly sessions: ${kit52.medianMs} ms in Node (median of ${kit52.runs}, ${spread(kit52)}), ${kb(kit52.bytes)} ZIP.`);
  for (const [script, kit] of Object.entries(kitsByScript)) console.log(`  with ${script} names: ${kit.medianMs} ms (${spread(kit)}), ${kb(kit.bytes)} ZIP.`);
}
if (results.scale) {
  const mb = (/** @type {number} */ bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
  console.log(`\nScale (generated content, cold builds, medians of ${options.runs}):`);
  console.log('pages | wall    | CPU     | ms/page | peak process | peak all  | dist/    | Pagefind | index/page | typical page gz | largest page         | search typed / pasted | query bytes gz');
  for (const r of results.scale) {
    const largest = r.largestPages[0];
    console.log(
      [
        String(r.pages).padStart(5),
        `${r.wallSeconds.toFixed(1)} s`.padStart(7),
        `${r.cpuSeconds.toFixed(1)} s`.padStart(7),
        r.msPerPage.toFixed(1).padStart(7),
        `${r.peakProcessMiB} MiB`.padStart(12),
        `${r.peakTreeMiB} MiB`.padStart(9),
        mb(r.dist.bytes).padStart(8),
        mb(r.pagefind.bytes).padStart(8),
        kb(r.pagefindBytesPerPage).padStart(10),
        kb(r.typicalPage.gzip).padStart(15),
        `${largest.path} ${kb(largest.bytes)}`.padEnd(20),
        (r.search?.typed ? `${Math.round(r.search.typed.median)} / ${Math.round(r.search.pasted.median)} ms` : r.search ? 'failed' : '-').padStart(21),
        r.search?.query ? kb(r.search.query.gzip) : (r.search?.error ?? '-'),
      ].join(' | '),
    );
  }
  for (const r of results.scale) {
    if (r.typicalTranslatedPage) console.log(`${r.pages} pages: ${r.typicalTranslatedPage.route} weighs ${kb(r.typicalTranslatedPage.gzip)} gzipped in ${r.typicalTranslatedPage.requests} requests (${r.typicalPage.route}: ${kb(r.typicalPage.gzip)} in ${r.typicalPage.requests}).`);
    const one = r.oneLanguage;
    if (one) console.log(`${r.pages} pages: in one language, ${one.pages} pages in ${one.wallSeconds.toFixed(1)} s, ${one.msPerPage.toFixed(1)} ms a page, peak ${one.peakTreeMiB} MiB in all (${one.peakProcessMiB} MiB one process); in every language, ${r.msPerPage.toFixed(1)} ms a page, peak ${r.peakTreeMiB} MiB (${r.peakProcessMiB} MiB).`);
  }
}
console.log('\nWritten to bench/results.json');
