// Measurements shared by the benchmarks (bench/run.mjs for the real site, bench/scale.ts
// for generated sites of 100 to 5,000 pages): folder sizes, page weight, and what search costs a reader.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes and files under a folder. @param {string} dir */
export function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** @param {string} contentType */
function kindOf(contentType) {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  return 'other';
}

/** @param {number[]} values @returns {number} */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Every response from now on, with its path and its size raw and gzipped (the static server sends
 * files uncompressed; hosts gzip text on the wire). Call `take()` for what arrived so far.
 * @param {import('playwright-core').Page} page
 */
export function recordResponses(page) {
  /** @type {Promise<{ path: string, kind: string, raw: number, gzip: number } | undefined>[]} */
  let loads = [];
  page.on('response', (response) => {
    loads.push(
      response
        .body()
        .then((body) => ({
          path: new URL(response.url()).pathname,
          kind: kindOf(response.headers()['content-type'] ?? ''),
          raw: body.length,
          gzip: gzipSync(body).length,
        }))
        // A response still arriving when the page closes came after the measurement: it is left out.
        .catch(() => undefined),
    );
  });
  return {
    async take() {
      const taken = await Promise.all(loads);
      loads = [];
      return taken.filter((response) => response !== undefined);
    },
  };
}

/** @param {{ raw: number, gzip: number }[]} responses */
export const total = (responses) => responses.reduce((acc, r) => ({ requests: acc.requests + 1, raw: acc.raw + r.raw, gzip: acc.gzip + r.gzip }), { requests: 0, raw: 0, gzip: 0 });

/**
 * Every request a page makes until the network is idle, with no interaction: count and bytes by type.
 * @param {import('playwright-core').Browser} browser @param {string} url
 */
export async function weigh(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const responses = recordResponses(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const loaded = await responses.take();
  await context.close();
  const sums = { ...total(loaded), html: 0, css: 0, js: 0, other: 0 };
  for (const r of loaded) sums[/** @type {'html'|'css'|'js'|'other'} */ (r.kind)] += r.gzip;
  return sums;
}

/**
 * One reader, in a fresh browser profile, opens search on `route` with the "/" key, waits until the
 * interface and index have loaded (search warms them on opening), then enters `query`: typed a key
 * every 100 ms, or pasted as one input (no partial query has loaded any of the index before: the
 * slow case). Measured in the page: from the last keystroke (or the paste) to the moment the first
 * result of the whole query is on screen; and the bytes of the interface, the warm-up and the query.
 * @param {import('playwright-core').Browser} browser @param {string} origin @param {string} route
 * @param {string} query @param {'typed'|'pasted'} entry
 */
async function searchOnce(browser, origin, route, query, entry) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}${route}`, { waitUntil: 'networkidle' });
  const responses = recordResponses(page);
  await page.keyboard.press('/');
  await page.locator('pagefind-modal dialog[open]').waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
  const opened = await responses.take();
  await page.evaluate((word) => {
    const timing = { entered: 0, complete: false, shown: 0 };
    Object.assign(window, { searchTiming: timing });
    const input = /** @type {HTMLInputElement} */ (document.querySelector('pagefind-modal pagefind-input input'));
    input.addEventListener('input', () => (timing.entered = performance.now()), { capture: true });
    // Once the search for the whole word has started, Pagefind drops the results of any query it
    // overtook, so the results that arrive after it are the whole word's.
    const instance = /** @type {any} */ (window).PagefindComponents.getInstanceManager().getInstance('default');
    let wholeWordStarted = false;
    instance.on('search', (/** @type {string} */ term) => (wholeWordStarted = term === word));
    instance.on('results', () => (timing.complete ||= wholeWordStarted));
    new MutationObserver((records, observer) => {
      if (!timing.complete) return;
      const added = records.flatMap((record) => [...record.addedNodes]);
      if (!added.some((node) => node instanceof Element && (node.matches('.pf-result-link') || node.querySelector('.pf-result-link')))) return;
      timing.shown = performance.now();
      observer.disconnect();
    }).observe(document.querySelector('pagefind-modal') ?? document.body, { childList: true, subtree: true });
  }, query);
  if (entry === 'typed') {
    await page.keyboard.type(query, { delay: 100 });
  } else {
    await page.evaluate((word) => {
      const input = /** @type {HTMLInputElement} */ (document.querySelector('pagefind-modal pagefind-input input'));
      input.value = word;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, query);
  }
  await page.waitForFunction(() => /** @type {any} */ (window).searchTiming.shown > 0);
  const timing = await page.evaluate(() => /** @type {any} */ (window).searchTiming);
  await page.waitForLoadState('networkidle');
  const queried = await responses.take();
  await context.close();
  const isUi = (/** @type {{ path: string }} */ r) => /pagefind-component-ui\.(js|css)$/.test(r.path);
  return {
    firstResultMs: /** @type {number} */ (timing.shown - timing.entered),
    ui: total(opened.filter(isUi)),
    warmUp: total(opened.filter((r) => !isUi(r))),
    query: total(queried),
  };
}

/**
 * What search costs a reader: over `runs` fresh readers each, the median time from the last keystroke
 * to the first result with the query typed, and with it pasted; the bytes fetched (the same in every run).
 * @param {import('playwright-core').Browser} browser @param {string} origin
 * @param {{ route: string, query: string, runs?: number }} options
 */
export async function searchCost(browser, origin, { route, query, runs = 5 }) {
  const measure = async (/** @type {'typed'|'pasted'} */ entry) => {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await searchOnce(browser, origin, route, query, entry));
    return all;
  };
  const typed = await measure('typed');
  const pasted = await measure('pasted');
  const last = /** @type {(typeof pasted)[number]} */ (pasted.at(-1));
  const ms = (/** @type {typeof typed} */ runs) => ({ median: median(runs.map((r) => r.firstResultMs)), all: runs.map((r) => Math.round(r.firstResultMs)) });
  return { route, term: query, runs, typed: ms(typed), pasted: ms(pasted), ui: last.ui, warmUp: last.warmUp, query: last.query };
}
