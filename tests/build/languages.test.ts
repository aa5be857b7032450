// A site whose settings list three languages (English, Spanish, Arabic), built from a copy of the project:
// every page in each language, at its address, in its interface language and direction, linking within it.
import { load } from 'cheerio';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../../src/i18n/ar';
import en from '../../src/i18n/en';
import es from '../../src/i18n/es';
import { copyProject, npmRun } from '../helpers/project-copy';

let dir: string;
let dist: string;

beforeAll(async () => {
  dir = copyProject();
  const settings = join(dir, 'site.config.ts');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace("  defaultLocale: 'en',\n", "  defaultLocale: 'en',\n  locales: [{ code: 'en' }, { code: 'es' }, { code: 'ar' }],\n"));
  const build = await npmRun(dir, 'build');
  if (build.code !== 0) throw new Error(`The three-language build failed:\n${build.output.slice(-3000)}`);
  dist = join(dir, 'dist');
}, 300_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

/** The pages of the build, as their addresses ("/", "/es/faq/"). */
function pages(): string[] {
  const walk = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(at, entry.name)) : entry.name === 'index.html' ? [join(at, entry.name)] : []));
  return walk(dist).map((file) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, ''));
}
const page = (route: string) => load(readFileSync(join(dist, route, 'index.html'), 'utf8'));
const LANGUAGES = [
  { prefix: '', lang: 'en', dir: 'ltr', words: en },
  { prefix: '/es', lang: 'es', dir: 'ltr', words: es },
  { prefix: '/ar', lang: 'ar', dir: 'rtl', words: ar },
];

describe('a guide in three languages', () => {
  it('has every page in each language, under its prefix', () => {
    const all = pages();
    const english = all.filter((route) => !/^\/(es|ar)\//.test(route));
    expect(english.length).toBeGreaterThan(40);
    for (const { prefix } of LANGUAGES.slice(1)) expect(all.filter((route) => route.startsWith(`${prefix}/`)).sort()).toEqual(english.map((route) => `${prefix}${route}`).sort());
  });

  it("says each page's language and direction, and frames it in that language's words", () => {
    for (const { prefix, lang, dir: direction, words } of LANGUAGES) {
      for (const route of ['/', '/faq/', '/guide/what-is-mentoring/', '/search/'].map((r) => `${prefix}${r}`)) {
        const $ = page(route);
        expect($('html').attr('lang'), route).toBe(lang);
        expect($('html').attr('dir'), route).toBe(direction);
        expect($('.skip-link').text(), route).toBe(words.skipLink);
        expect($('.site-header .nav-wide a').map((_, a) => $(a).text().trim()).get(), route).toEqual([words['section.guide'], words['section.faq'], words['section.modalities'], words['section.templates'], words['section.toolkit']]);
        expect($('.site-footer nav').attr('aria-label'), route).toBe(words['nav.more']);
      }
    }
  });

  it("shows a page not yet translated with its English content, says so in the reader's language, and leaves it out of search and the sitemap", () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const { prefix, lang, dir: direction, words } of LANGUAGES.slice(1)) {
      for (const route of ['/', '/faq/', '/guide/what-is-mentoring/']) {
        const $ = page(`${prefix}${route}`);
        const notice = $('main > .notice');
        expect(notice.attr('lang'), `${prefix}${route}`).toBe(lang);
        expect(notice.attr('dir')).toBe(direction);
        expect(notice.text()).toBe(words['fallback.notice'].replace('{language}', new Intl.DisplayNames([lang], { type: 'language' }).of('en')!));
        expect($('main').attr('lang')).toBe('en');
        expect($('main').attr('dir')).toBe('ltr');
        expect($('main').attr('data-pagefind-body')).toBeUndefined();
        expect($('link[rel=canonical]').attr('href')).toBe(page(route)('link[rel=canonical]').attr('href'));
      }
      expect(sitemap).not.toContain(`${prefix}/`);
    }
    // Interface words inside English content say their own language; a page of interface words alone is in the reader's.
    const arabicChapter = page('/ar/guide/finding-a-mentor/');
    for (const selector of ['.breadcrumbs', '#toc-heading', '.prev-next__label', '#sources-heading']) {
      expect(arabicChapter(selector).first().attr('lang'), selector).toBe('ar');
      expect(arabicChapter(selector).first().attr('dir'), selector).toBe('rtl');
    }
    const arabicSearch = page('/ar/search/');
    expect(arabicSearch('.a-z').attr('lang')).toBe('en');
    expect(arabicSearch('#a-z-heading').attr('lang')).toBe('ar');
    const search = page('/es/search/');
    expect(search('main > .notice')).toHaveLength(0);
    expect(search('main').attr('lang')).toBeUndefined();
    expect(search('h1').text()).toBe(es['search.title']);
    const english = page('/faq/');
    expect(english('.breadcrumbs').attr('lang')).toBeUndefined();
    expect(english('main > .notice')).toHaveLength(0);
    expect(english('main').attr('lang')).toBeUndefined();
    expect(english('main').attr('data-pagefind-body')).toBe('');
  });

  it('is the same page in each language: the home page titled as the home page, the section marked current', () => {
    for (const { prefix } of LANGUAGES) {
      expect(page(`${prefix}/`)('title').text()).toBe(page('/')('title').text());
      const $ = page(`${prefix}/faq/`);
      expect($('.site-header .nav-wide a[aria-current]').attr('href')).toBe(`${prefix}/faq/`);
    }
    // The 404 page is one file for every address: it offers no other language.
    expect(load(readFileSync(join(dist, '404.html'), 'utf8'))('.language-menu')).toHaveLength(0);
  });

  it('offers the page in every language, as links that name their language', () => {
    for (const { prefix, lang } of LANGUAGES) {
      const $ = page(`${prefix}/faq/`);
      const links = $('.language-menu a').map((_, a) => ({ href: $(a).attr('href'), hreflang: $(a).attr('hreflang'), current: $(a).attr('aria-current') })).get();
      expect(links).toEqual(LANGUAGES.map((other) => ({ href: `${other.prefix}/faq/`, hreflang: other.lang, current: other.lang === lang ? 'page' : undefined })));
    }
  });

  it("keeps every other link to a page in the reader's language, and every such page exists", () => {
    const existing = new Set(pages());
    for (const { prefix } of LANGUAGES.slice(1)) {
      for (const route of pages().filter((r) => r.startsWith(`${prefix}/`))) {
        const $ = page(route);
        const links = $('a[href^="/"]:not([hreflang])').map((_, a) => $(a).attr('href')!.replace(/[?#].*$/, '')).get().filter((href) => href.endsWith('/'));
        for (const href of links) {
          expect(href.startsWith(`${prefix}/`), `${route} links ${href}`).toBe(true);
          expect(existing.has(href), `${route} links ${href}`).toBe(true);
        }
      }
    }
  });
});
