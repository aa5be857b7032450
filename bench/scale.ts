// The scale benchmark: builds the site from generated content of 100 to 5,000 pages (the real content
// stays untouched) and measures each build (wall and CPU time, peak memory), its output (dist/, the
// Pagefind index, a typical page's weight) and search in Chromium. Prints JSON on stdout for
// bench/run.mjs; progress goes to stderr. Measures, never asserts.
//
//   npx tsx bench/scale.ts [--sizes 100,1000,5000] [--runs 3] [--mdx 0.1] [--one-language]
//
// The site is built in every language of site.config.ts, each generated chapter translated into each.
// --one-language also builds the same original content, untranslated, in a copy of the project whose
// settings list the default language alone: the cost of the other languages, page for page.
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

/**
 * A copy of the project whose settings list the default language alone, for --one-language; its
 * node_modules links to the real packages. Removed by the caller.
 */
function oneLanguageProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mentorkit-one-language-'));
  for (const file of ['package.json', 'astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'src', 'public', 'scripts']) cpSync(file, join(dir, file), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync('node_modules')) if (name !== '.vite' && name !== '.astro') symlinkSync(resolve('node_modules', name), join(dir, 'node_modules', name));
  const settings = readFileSync('site.config.ts', 'utf8');
  const alone = settings.replace(/\n  locales: \[[\s\S]*?\n  \],\n/, "\n  locales: [{ code: 'en' }],\n");
  if (alone === settings) throw new Error('--one-language: site.config.ts has no "locales: [ ... ]," block to replace');
  writeFileSync(join(dir, 'site.config.ts'), alone);
  return dir;
}

/** One cold build (Astro's content cache cleared) of `content` into `outDir`, under GNU time, in `project` (this one by default). */
async function timedBuild(content: string, outDir: string, project = '.'): Promise<BuildRun> {
  const child = spawn(GNU_TIME, ['-v', 'npm', 'run', '--silent', 'build', '--', '--outDir', resolve(outDir), '--force'], {
    cwd: project,
    env: { ...process.env, MENTORKIT_CONTENT_DIR: resolve(content) },
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

/** The same content's build in the default language alone: its pages, time and memory. */
async function measureOneLanguage(pages: number, runs: number, mdxShare: number) {
  const content = `bench/scale/content-${pages}-one-language`;
  const outDir = `bench/scale/site-${pages}-one-language`;
  generateContent({ pages, out: content, mdxShare, translate: false });
  const project = oneLanguageProject();
  try {
    const builds: BuildRun[] = [];
    for (let run = 1; run <= runs; run++) {
      console.error(`scale: ${pages} pages in one language, build ${run} of ${runs}`);
      builds.push(await timedBuild(content, outDir, project));
    }
    const pick = (key: keyof BuildRun) => median(builds.map((build) => build[key]));
    const count = htmlPages(outDir).count;
    return { pages: count, wallSeconds: pick('wallSeconds'), msPerPage: (pick('wallSeconds') * 1000) / count, peakProcessMiB: pick('peakProcessMiB'), peakTreeMiB: pick('peakTreeMiB') };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

async function measureSize(pages: number, runs: number, mdxShare: number, oneLanguage: boolean) {
  const content = `bench/scale/content-${pages}`;
  const outDir = `bench/scale/site-${pages}`;
  const generated = generateContent({ pages, out: content, mdxShare });
  const builds: BuildRun[] = [];
  for (let run = 1; run <= runs; run++) {
    console.error(`scale: ${pages} pages, build ${run} of ${runs}`);
    builds.push(await timedBuild(content, outDir));
  }
  const alone = oneLanguage ? await measureOneLanguage(pages, runs, mdxShare) : undefined;
  const pick = (key: keyof BuildRun) => median(builds.map((build) => build[key]));
  const html = htmlPages(outDir);
  const dist = folderSize(outDir);
  const pagefind = folderSize(join(outDir, 'pagefind'));
  const server = await serveDir(outDir);
  const browser = await launchChromium();
  try {
    const typicalPage = await weigh(browser, `${server.origin}${TYPICAL_PAGE}`);
    // The same chapter in Arabic, the heaviest script of the site's languages.
    const typicalTranslatedPage = existsSync(join(outDir, 'ar', TYPICAL_PAGE)) ? await weigh(browser, `${server.origin}/ar${TYPICAL_PAGE}`) : undefined;
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
      ...(typicalTranslatedPage && { typicalTranslatedPage: { route: `/ar${TYPICAL_PAGE}`, ...typicalTranslatedPage } }),
      ...(alone && { oneLanguage: alone }),
      search,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '100,1000,5000' }, runs: { type: 'string', default: '3' }, mdx: { type: 'string', default: '0.1' }, 'one-language': { type: 'boolean', default: false } },
});
if (!existsSync(GNU_TIME)) {
  console.error(`The scale benchmark measures builds with GNU time, and ${GNU_TIME} is missing: install it (Debian: apt-get install time).`);
  process.exit(2);
}
const sizes = String(values.sizes).split(',').map(Number);
const runs = Number(values.runs);
const results = [];
for (const pages of sizes) results.push(await measureSize(pages, runs, Number(values.mdx), values['one-language']));
console.log(JSON.stringify(results));
