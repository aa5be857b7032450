import { load } from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../bench/chromium.mjs';
import { generateContent } from '../../bench/generate-content';
import { serveDir } from '../../bench/serve.mjs';
import { expectAccessibleInBothThemes } from '../helpers/axe';
import { assertBuilt } from '../helpers/dist';
import { inOneLanguage } from '../helpers/languages';
import { checkLinks } from '../helpers/links';
import { ROOT, copyProject, npmRun } from '../helpers/project-copy';

// The sizes the README promises ("A large guide"), written here rather than imported from the code they test.
const HOME_CHAPTERS = 12;
const CONTENTS_PAGE_SIZE = 100;
const FAQ_PAGE_SIZE = 25;
const LISTING_PAGE_SIZE = 50;
const ONE_PAGE_TOPICS = 400;

// A guide of 650 pages, generated and built from MENTORKIT_CONTENT_DIR in a copy of the project: the
// navigation must stay the same size whatever the number of pages, and every page must stay correct.
const PAGES = 650;

let project: string;
let dist: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  project = copyProject();
  // A guide of this size in one language: its other languages would triple the pages without testing more.
  inOneLanguage(project);
  // More references and practitioners than a guide of this size would have, so that their listings go on over pages too.
  generateContent({ pages: PAGES, out: join(project, 'generated'), ratios: { references: 10, practitioners: 10 } });
  const { code, output } = await npmRun(project, 'build', { MENTORKIT_CONTENT_DIR: 'generated' });
  if (code !== 0) throw new Error(`The build of generated content failed:\n${output.slice(-3000)}`);
  dist = join(project, 'dist');
  [browser, server] = await Promise.all([launchChromium(), serveDir(dist)]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

const html = (route: string) => load(readFileSync(join(dist, route, 'index.html'), 'utf8'));
/** The FAQPage nodes of a page's structured data. */
const faqPagesIn = (route: string) =>
  html(route)('script[type="application/ld+json"]')
    .map((_, script) => JSON.parse(html(route)(script).text()))
    .get()
    .flatMap((doc: { '@graph'?: { '@type': string }[] } & { '@type': string }) => doc['@graph'] ?? [doc])
    .filter((node: { '@type': string }) => node['@type'] === 'FAQPage') as unknown as { mainEntity: { name: string }[] }[];
const chapterLinks = (route: string) =>
  html(route)('main .chapter-list a')
    .map((_, a) => a.attribs['href'])
    .get();
const contentsRoutes = () => ['/guide/', ...readdirSync(join(dist, 'guide/page')).sort((a, b) => Number(a) - Number(b)).map((n) => `/guide/page/${n}/`)];

describe(`a generated guide of ${PAGES} pages`, () => {
  it('builds every chapter of the folder MENTORKIT_CONTENT_DIR names, and only those', () => {
    // The chapters' files; translations are in folders beside them.
    const written = readdirSync(join(project, 'generated/guide')).filter((file) => /\.mdx?$/.test(file)).map((file) => file.replace(/\.mdx?$/, ''));
    const built = readdirSync(join(dist, 'guide')).filter((name) => name !== 'page' && name !== 'index.html');
    expect(written.length).toBeGreaterThan(PAGES - 50);
    expect(built.sort()).toEqual(written.sort());
  });

  it('lists the first chapters on the home page and links to the contents for the rest', () => {
    const $ = html('/');
    expect(chapterLinks('/')).toHaveLength(HOME_CHAPTERS);
    expect($('main a[href="/guide/"]').text()).toMatch(/^All \d+ chapters of the guide$/);
  });

  it('points from the about page to the contents, rather than listing every chapter', () => {
    const $ = html('/about/');
    expect($('main a[href^="/guide/"]').map((_, a) => a.attribs['href']).get()).toEqual(['/guide/']);
    expect($('main').text()).toMatch(/The guide, in \d+ chapters\./);
  });

  it('splits the contents into pages that together list every chapter once, in reading order', () => {
    const chapters = readdirSync(join(dist, 'guide'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'page')
      .map((entry) => `/guide/${entry.name}/`);
    const pages = contentsRoutes();
    expect(pages.length).toBe(Math.ceil(chapters.length / CONTENTS_PAGE_SIZE));
    const listed = pages.flatMap((route) => {
      const links = chapterLinks(route);
      expect(links.length).toBeLessThanOrEqual(CONTENTS_PAGE_SIZE);
      // Each page links every page of the contents, and marks its own.
      expect(html(route)('nav.pagination a').length).toBe(pages.length);
      expect(html(route)('nav.pagination a[aria-current="page"]').attr('href')).toBe(route);
      return links;
    });
    expect(listed.sort()).toEqual(chapters.sort());
    expect(html('/guide/page/2/')('main .chapter-list').attr('start')).toBe(String(CONTENTS_PAGE_SIZE + 1));
  });

  it('splits the FAQ into pages of at most FAQ_PAGE_SIZE questions, every question on one of them and on its own page, linked from the A–Z', () => {
    const written = readdirSync(join(project, 'generated/faq')).filter((file) => file.endsWith('.md')).map((file) => file.replace(/\.md$/, ''));
    const pages = ['/faq/', ...readdirSync(join(dist, 'faq/page')).sort((a, b) => Number(a) - Number(b)).map((n) => `/faq/page/${n}/`)];
    expect(pages.length).toBe(Math.ceil(written.length / FAQ_PAGE_SIZE));
    const located = new Map<string, string>();
    for (const route of pages) {
      const ids = html(route)('main .faq-entry h3')
        .map((_, h3) => h3.attribs['id'])
        .get();
      expect(ids.length).toBeLessThanOrEqual(FAQ_PAGE_SIZE);
      for (const id of ids) located.set(id, route);
      // Search engines are given each answer once, on its own page.
      expect(faqPagesIn(route)).toHaveLength(0);
      expect(html(route)('nav.pagination a[aria-current="page"]').attr('href')).toBe(route);
    }
    expect([...located.keys()].sort()).toEqual(written.sort());
    // The A–Z sends each question to its own page.
    const topics = readdirSync(join(dist, 'topics'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html'));
    const faqLinks = topics.flatMap((file) =>
      html(`/topics/${file.replace(/index\.html$/, '')}`)('main a[href^="/faq/"]:not([href="/faq/"])')
        .map((_, a) => a.attribs['href'])
        .get(),
    );
    expect(faqLinks.sort()).toEqual(written.map((id) => `/faq/${id}/`).sort());
    for (const id of written) {
      expect(html(`/faq/${id}/`)('h1').length, id).toBe(1);
      expect(faqPagesIn(`/faq/${id}/`).map((faq) => faq.mainEntity.map((question) => question.name)), id).toEqual([[html(`/faq/${id}/`)('h1').text()]]);
    }
  });

  it.each([
    ['references', '/references/', 'ul.bibliography > li'],
    ['practitioners', '/practitioners/', 'ul.directory > li'],
  ])('splits the %s into pages of at most LISTING_PAGE_SIZE entries, every entry on one of them, linked from the A–Z', (folder, base, selector) => {
    const written = readdirSync(join(project, 'generated', folder)).map((file) => file.replace(/\.yaml$/, ''));
    const pages = [base, ...readdirSync(join(dist, base, 'page')).sort((a, b) => Number(a) - Number(b)).map((n) => `${base}page/${n}/`)];
    expect(pages.length).toBe(Math.ceil(written.length / LISTING_PAGE_SIZE));
    expect(pages.length).toBeGreaterThan(1);
    const located = new Map<string, string>();
    for (const route of pages) {
      const ids = html(route)(`main ${selector}`)
        .map((_, li) => li.attribs['id'])
        .get();
      expect(ids.length).toBeLessThanOrEqual(LISTING_PAGE_SIZE);
      for (const id of ids) located.set(id, route);
    }
    expect([...located.keys()].sort()).toEqual(written.sort());
    const topics = readdirSync(join(dist, 'topics'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html'));
    const links = topics.flatMap((file) =>
      html(`/topics/${file.replace(/index\.html$/, '')}`)(`main a[href^="${base}"][href*="#"]`)
        .map((_, a) => a.attribs['href'])
        .get(),
    );
    expect(links).toHaveLength(written.length);
    for (const href of links) expect(href).toBe(`${located.get(href.split('#')[1]!)}#${href.split('#')[1]}`);
  });

  it('gives the A–Z index pages per letter, linked from the search page, none longer than the limit', () => {
    const letters = html('/search/')('.a-z nav a')
      .map((_, a) => a.attribs['href'])
      .get();
    expect(letters.length).toBeGreaterThan(5);
    expect(html('/search/')('.a-z__group')).toHaveLength(0);
    const pages = readdirSync(join(dist, 'topics'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `/topics/${file.replace(/index\.html$/, '')}`);
    for (const href of letters) expect(pages).toContain(href);
    for (const route of pages) {
      const count = html(route)('main .a-z__group li').length;
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(ONE_PAGE_TOPICS);
    }
    // A letter with more topics than fit goes on over numbered pages.
    expect(pages.some((route) => /^\/topics\/[^/]+\/2\/$/.test(route))).toBe(true);
  });

  it('has no broken link or anchor (linkinator, offline, fragments checked)', async () => {
    const { broken, reached } = await checkLinks(dist);
    expect(broken).toEqual([]);
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html'));
    expect(pages.length).toBeGreaterThan(PAGES - 50);
    expect(pages.map((file) => join(dist, file.replace(/index\.html$/, '')).replace(/\/$/, '') + '/').filter((url) => !reached.has(url) && !reached.has(url.replace(/\/$/, '')))).toEqual([]);
  }, 180_000);

  // The kinds of page that only a large guide has, and the pages whose size depends on the guide's.
  const PAGE_KINDS = ['/', '/guide/', '/guide/page/2/', '/faq/', '/faq/page/2/', '/references/page/2/', '/practitioners/page/2/', '/search/', '/topics/a/', '/topics/c/2/', '/guide/generated-00001/', '/guide/generated-00010/'];

  it.each(PAGE_KINDS)('%s is valid HTML', async (route) => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(join(dist, route, 'index.html'));
    expect(report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it.each(PAGE_KINDS)('%s has no axe violation in light or dark mode', async (route) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}${route}`);
      await expectAccessibleInBothThemes(page);
    } finally {
      await context.close();
    }
  });

  it('finds a generated chapter by a word of its title, the dialog showing at most 20 results and a link to all of them', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/guide/generated-00001/`);
    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await page.keyboard.type('mentor');
    await page.locator('pagefind-modal .pf-result-link').first().waitFor();
    expect(await page.locator('pagefind-modal li.pf-result').count()).toBe(20);
    expect(await page.locator('pagefind-modal a[data-search-all]').getAttribute('href')).toBe('/search/?q=mentor');
    // Cleared, the box no longer sends its old query to the search page.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator('pagefind-modal a[data-search-all]').getAttribute('href')).toBe('/search/');
    await page.close();
  });

  it('weighs a chapter the same as in the ten-chapter guide (nothing on it lists the whole guide)', () => {
    assertBuilt();
    const gzipped = (file: string) => gzipSync(readFileSync(file)).length;
    for (const chapter of ['what-is-mentoring', 'final-thoughts']) {
      const large = gzipped(join(dist, 'guide', chapter, 'index.html'));
      const small = gzipped(join(ROOT, 'dist/guide', chapter, 'index.html'));
      expect(Math.abs(large - small), `${chapter}: ${large} bytes gzipped at ${PAGES} pages, ${small} in the real guide`).toBeLessThan(small * 0.03);
    }
  });
});
