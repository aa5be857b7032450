// The scale benchmark: builds the site from generated content of 100 to 5,000 pages (the real content
// stays untouched) and measures each build (wall and CPU time, peak memory), its output (dist/, the
// Pagefind index, a typical page's weight) and search in Chromium. Prints JSON on stdout for
// bench/run.mjs; progress goes to stderr. Measures, never asserts.
//
//   npx tsx bench/scale.ts [--sizes 100,1000,5000] [--runs 3] [--mdx 0.1]
import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { launchChromium } from './chromium.mjs';
import { generateContent } from './generate-content';
import { folderSize, median, searchCost, weigh } from './measure.mjs';
import { serveDir } from './serve.mjs';

const execFileAsync = promisify(execFile);
const GNU_TIME = '/usr/bin/time';
const TYPICAL_PAGE = '/guide/generated-00001/';
const QUERY = 'mentor';
/** Sizes whose search is timed in Chromium (a 100-page index is too small to tell anything). */
const SEARCH_FROM = 1000;

interface BuildRun {
  wallSeconds: number;
  cpuSeconds: number;
  /** Largest resident set of one process of the build (GNU time's "Maximum resident set size"). */
  peakProcessMiB: number;
  /** Largest sum of the resident sets of all the build's processes at once (npm run build as a person runs it), sampled every 200 ms. */
  peakTreeMiB: number;
}

/** Resident memory of a process and all its descendants, in KiB. */
async function treeRss(root: number): Promise<number> {
  const { stdout } = await execFileAsync('ps', ['-e', '-o', 'pid=,ppid=,rss=']);
  const rows = stdout
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , kib]) => [pid, kib]));
  let sum = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    sum += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return sum;
}

/** One cold build (Astro's content cache cleared) of `content` into `outDir`, under GNU time. */
async function timedBuild(content: string, outDir: string): Promise<BuildRun> {
  const child = spawn(GNU_TIME, ['-v', 'npm', 'run', '--silent', 'build', '--', '--outDir', outDir, '--force'], {
    env: { ...process.env, MENTORKIT_CONTENT_DIR: content },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Sampled without blocking, every 200 ms: ps itself then takes well under 1% of the machine.
  let peakTree = 0;
  let running = true;
  const sampling = (async () => {
    while (running) {
      peakTree = Math.max(peakTree, await treeRss(child.pid!).catch(() => 0));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  running = false;
  await sampling;
  if (code !== 0) throw new Error(`The build of ${content} failed:\n${stderr.slice(-4000)}`);
  const field = (name: string) => {
    const match = new RegExp(`${name}: (.+)`).exec(stderr);
    if (!match?.[1]) throw new Error(`GNU time printed no "${name}"`);
    return match[1].trim();
  };
  const wall = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')
    .split(':')
    .reduce((seconds, part) => seconds * 60 + Number(part), 0);
  return {
    wallSeconds: wall,
    cpuSeconds: Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)')),
    peakProcessMiB: Math.round(Number(field('Maximum resident set size \\(kbytes\\)')) / 1024),
    peakTreeMiB: Math.round(peakTree / 1024),
  };
}

/** The built HTML pages, and the three largest of them. */
function htmlPages(dir: string) {
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: `/${file.replace(/index\.html$/, '')}`, bytes: statSync(join(dir, file)).size }))
    .sort((a, b) => b.bytes - a.bytes);
  return { count: pages.length, largest: pages.slice(0, 3) };
}

async function measureSize(pages: number, runs: number, mdxShare: number) {
  const content = `bench/scale/content-${pages}`;
  const outDir = `bench/scale/site-${pages}`;
  const generated = generateContent({ pages, out: content, mdxShare });
  const builds: BuildRun[] = [];
  for (let run = 1; run <= runs; run++) {
    console.error(`scale: ${pages} pages, build ${run} of ${runs}`);
    builds.push(await timedBuild(content, outDir));
  }
  const pick = (key: keyof BuildRun) => median(builds.map((build) => build[key]));
  const html = htmlPages(outDir);
  const dist = folderSize(outDir);
  const pagefind = folderSize(join(outDir, 'pagefind'));
  const server = await serveDir(outDir);
  const browser = await launchChromium();
  try {
    const typicalPage = await weigh(browser, `${server.origin}${TYPICAL_PAGE}`);
    // A failed search measurement is reported with the size's other figures rather than losing them.
    const search =
      pages >= SEARCH_FROM ? await searchCost(browser, server.origin, { route: TYPICAL_PAGE, query: QUERY }).catch((error: Error) => ({ error: error.message })) : undefined;
    return {
      pages: html.count,
      generated,
      mdxShare,
      runs: builds,
      wallSeconds: pick('wallSeconds'),
      cpuSeconds: pick('cpuSeconds'),
      peakProcessMiB: pick('peakProcessMiB'),
      peakTreeMiB: pick('peakTreeMiB'),
      msPerPage: (pick('wallSeconds') * 1000) / html.count,
      dist,
      distBytesPerPage: Math.round(dist.bytes / html.count),
      pagefind,
      pagefindBytesPerPage: Math.round(pagefind.bytes / html.count),
      largestPages: html.largest,
      typicalPage: { route: TYPICAL_PAGE, ...typicalPage },
      search,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,5000' }, runs: { type: 'string', default: '3' }, mdx: { type: 'string', default: '0.1' } } });
if (!existsSync(GNU_TIME)) {
  console.error(`The scale benchmark measures builds with GNU time, and ${GNU_TIME} is missing: install it (Debian: apt-get install time).`);
  process.exit(2);
}
const sizes = String(values.sizes).split(',').map(Number);
const runs = Number(values.runs);
const results = [];
for (const pages of sizes) results.push(await measureSize(pages, runs, Number(values.mdx)));
console.log(JSON.stringify(results));
