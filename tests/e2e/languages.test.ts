// The guide as shipped, in English, Spanish and Arabic: every page in each language at its address, in its
// interface language and direction, linking within it; translated pages in their language, with their
// alternates; pages not yet translated shown in English, said so, and kept out of search and the sitemap.
import { load, type CheerioAPI } from 'cheerio';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import ar from '../../src/i18n/ar';
import en from '../../src/i18n/en';
import es from '../../src/i18n/es';
import site from '../../site.config';
import { expectAccessibleInBothThemes } from '../helpers/axe';
import { useBuiltSite } from '../helpers/server';
import { DIST, assertBuilt, page, pageRoutes } from '../helpers/dist';

beforeAll(assertBuilt);
const browsed = useBuiltSite();


// Each language with the guide's title in it, as the settings give it.
const LANGUAGES = [
  { prefix: '', lang: 'en', dir: 'ltr', words: en, title: site.title },
  { prefix: '/es', lang: 'es', dir: 'ltr', words: es, title: 'La guía de la mentoría' },
  { prefix: '/ar', lang: 'ar', dir: 'rtl', words: ar, title: 'دليل الإرشاد المهني' },
];
const [, SPANISH, ARABIC] = LANGUAGES as [(typeof LANGUAGES)[number], (typeof LANGUAGES)[number], (typeof LANGUAGES)[number]];
/** Pages shipped translated into Spanish and Arabic, and pages that are not (yet). */
const TRANSLATED = ['/', '/faq/', '/guide/', '/guide/what-is-mentoring/', '/guide/finding-a-mentor/', '/faq/how-do-i-find-a-mentor/', '/faq/what-is-reverse-mentoring/', '/templates/', '/templates/smart-goals/', '/toolkit/', '/modalities/', '/reading/', '/about/', '/accessibility/', '/privacy/', '/join/', '/references/', '/practitioners/', '/evidence/'];
const UNTRANSLATED = ['/guide/how-mentoring-helps/', '/guide/being-a-mentor/'];
const absolute = (route: string) => new URL(route, site.url).href;
const alternatesOf = ($: CheerioAPI) => $('link[rel=alternate][hreflang]').map((_, link) => ({ lang: $(link).attr('hreflang'), url: $(link).attr('href') })).get();

/** The sitemap's entries: each address with its alternates. */
function sitemap(): Map<string, { lang: string; url: string }[]> {
  const entries = new Map<string, { lang: string; url: string }[]>();
  for (const file of readdirSync(DIST).filter((name) => /^sitemap-\d+\.xml$/.test(name))) {
    const $ = load(readFileSync(join(DIST, file), 'utf8'), { xml: true });
    $('url').each((_, url) => {
      entries.set($(url).children('loc').text(), $(url).children('xhtml\\:link').map((_, link) => ({ lang: $(link).attr('hreflang')!, url: $(link).attr('href')! })).get());
    });
  }
  return entries;
}

/** The words of a page that are said in its own language: everything outside elements marked as another language's. */
function ownWords($: CheerioAPI, lang: string): string {
  const copy = load($.html());
  copy('script, style').remove();
  copy('[lang]').filter((_, element) => element.tagName !== 'html' && !(copy(element).attr('lang') ?? '').startsWith(lang)).remove();
  return copy('body').text().replace(/\s+/g, ' ');
}

describe('the guide in three languages', () => {
  it('has every page in each language, under its prefix', () => {
    const all = pageRoutes().filter((route) => route.endsWith('/'));
    const english = all.filter((route) => !/^\/(es|ar)\//.test(route));
    expect(english.length).toBeGreaterThan(40);
    for (const { prefix } of LANGUAGES.slice(1)) expect(all.filter((route) => route.startsWith(`${prefix}/`)).sort()).toEqual(english.map((route) => `${prefix}${route}`).sort());
  });

  it("says each page's language and direction, and frames it in that language's words", () => {
    for (const { prefix, lang, dir: direction, words, title } of LANGUAGES) {
      for (const route of ['/', '/faq/', '/guide/how-mentoring-helps/', '/search/'].map((r) => `${prefix}${r}`)) {
        const $ = page(route);
        expect($('html').attr('lang'), route).toBe(lang);
        expect($('html').attr('dir'), route).toBe(direction);
        expect($('.skip-link').text(), route).toBe(words.skipLink);
        expect($('.site-header .nav-wide a').map((_, a) => $(a).text().trim()).get(), route).toEqual([words['section.guide'], words['section.faq'], words['section.modalities'], words['section.templates'], words['section.toolkit']]);
        expect($('.site-footer nav').attr('aria-label'), route).toBe(words['nav.more']);
        expect($('.brand span').text(), route).toBe(title);
      }
    }
  });

  it('shows a translated page in its language, says it is not yet reviewed, indexes it in that language and points its canonical at itself', () => {
    for (const { prefix, lang, words } of [SPANISH, ARABIC]) {
      for (const route of TRANSLATED.map((r) => `${prefix}${r}`)) {
        const $ = page(route);
        expect($('main').attr('lang'), route).toBeUndefined();
        expect($('main > .notice').text(), route).toBe(words['translation.unreviewed']);
        expect($('main').attr('data-pagefind-body'), route).toBe('');
        expect($('link[rel=canonical]').attr('href'), route).toBe(absolute(route));
        // No word of the page's own is the English interface's, where the two languages differ.
        const own = ownWords($, lang);
        const english = (Object.keys(en) as (keyof typeof en)[]).filter((key) => en[key] !== words[key] && !/\{/.test(en[key]) && en[key].length > 3).map((key) => en[key]);
        for (const text of english) expect(own.includes(text), `${route} says "${text}"`).toBe(false);
      }
    }
    expect(page('/es/guide/finding-a-mentor/')('h1').text()).toBe('Cómo encontrar un mentor y cómo pedírselo');
    // A translated chapter keeps its original's heading ids: a link to a section finds it in every language.
    const ids = (route: string) => page(route)('.chapter__body h2[id], .chapter__body h3[id]').map((_, h) => page(route)(h).attr('id')).get();
    expect(ids('/ar/guide/finding-a-mentor/')).toEqual(ids('/guide/finding-a-mentor/'));
    expect(page('/ar/faq/how-do-i-find-a-mentor/')('h1').text()).toBe('كيف أجد مرشدًا؟');
  });

  it('lists the same languages as alternates, with x-default, on every translation of a page and in the sitemap', () => {
    const entries = sitemap();
    for (const route of TRANSLATED) {
      const expected = [...LANGUAGES.map(({ prefix, lang }) => ({ lang, url: absolute(`${prefix}${route}`) })), { lang: 'x-default', url: absolute(route) }];
      for (const { prefix } of LANGUAGES) {
        expect(alternatesOf(page(`${prefix}${route}`)), `${prefix}${route}`).toEqual(expected);
        expect(entries.get(absolute(`${prefix}${route}`)), `sitemap: ${prefix}${route}`).toEqual(expected);
      }
    }
    // A page written in one language has no alternates.
    expect(alternatesOf(page('/guide/how-mentoring-helps/'))).toEqual([]);
    expect(entries.get(absolute('/guide/how-mentoring-helps/'))).toEqual([]);
  });

  it("shows a page not yet translated with its English content, says so in the reader's language, and leaves it out of search and the sitemap", () => {
    const entries = sitemap();
    for (const { prefix, lang, dir: direction, words } of [SPANISH, ARABIC]) {
      for (const route of UNTRANSLATED) {
        const $ = page(`${prefix}${route}`);
        const notice = $('main > .notice');
        expect(notice.attr('lang'), `${prefix}${route}`).toBe(lang);
        expect(notice.attr('dir')).toBe(direction);
        expect(notice.text()).toBe(words['fallback.notice'].replace('{language}', new Intl.DisplayNames([lang], { type: 'language' }).of('en')!));
        expect($('main').attr('lang')).toBe('en');
        expect($('main').attr('dir')).toBe('ltr');
        expect($('main').attr('data-pagefind-body')).toBeUndefined();
        expect($('link[rel=canonical]').attr('href')).toBe(absolute(route));
        expect(alternatesOf($)).toEqual([]);
        expect(entries.has(absolute(`${prefix}${route}`)), `${prefix}${route}`).toBe(false);
      }
      expect(entries.has(absolute(`${prefix}/search/`))).toBe(false);
    }
    // Interface words inside English content say their own language; a page of interface words alone is in the reader's.
    const arabicChapter = page('/ar/guide/how-mentoring-helps/');
    for (const selector of ['.breadcrumbs', '#toc-heading', '.prev-next__label', '#sources-heading']) {
      expect(arabicChapter(selector).first().attr('lang'), selector).toBe('ar');
      expect(arabicChapter(selector).first().attr('dir'), selector).toBe('rtl');
    }
    // The next chapter is translated: its title says its own language inside the English chapter.
    expect(arabicChapter('.prev-next__link--next span[lang]').last().attr('lang')).toBe('ar');
    // The A–Z index of a language lists its translations under its own letters, and says the language of the others.
    const arabicSearch = page('/ar/search/');
    const letters = arabicSearch('.a-z__letters a').map((_, a) => arabicSearch(a).text()).get();
    expect(letters.slice(0, 3).every((letter) => /\p{Script=Arabic}/u.test(letter)), letters.join(' ')).toBe(true);
    const question = arabicSearch('.a-z__group a[href="/ar/faq/how-do-i-find-a-mentor/"]');
    expect(question.text().trim()).toBe('كيف أجد مرشدًا؟');
    expect(question.attr('lang')).toBeUndefined();
    expect(arabicSearch('.a-z__group a[href="/ar/guide/how-mentoring-helps/"]').attr('lang')).toBe('en');
    expect(arabicSearch('.a-z__kind').first().text()).not.toMatch(/[A-Za-z]/);
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

  it('marks, in a list in one language, each entry written in another, and keeps it out of that language\'s search', () => {
    const $ = page('/ar/guide/');
    const items = $('.chapter-list > li');
    expect(items.length).toBeGreaterThan(5);
    items.each((_, item) => {
      const title = $(item).find('h2, h3');
      const translated = ['/ar/guide/what-is-mentoring/', '/ar/guide/finding-a-mentor/'].includes($(item).find('a').attr('href')!);
      expect(title.attr('lang'), title.text()).toBe(translated ? undefined : 'en');
      expect(title.attr('dir'), title.text()).toBe(translated ? undefined : 'ltr');
      expect(title.attr('data-pagefind-ignore'), title.text()).toBe(translated ? undefined : '');
      // The item keeps the list's direction, so that its number stays on the side the list reads from.
      expect($(item).attr('dir')).toBeUndefined();
    });
    // A citation and a practice's listing stay as they were written, in a page in the reader's words.
    for (const [route, selector] of [['/es/references/', '.bibliography > li'], ['/ar/practitioners/', '.directory h2, .directory__tagline']] as const) {
      const listing = page(route);
      expect(listing(selector).length, route).toBeGreaterThan(1);
      listing(selector).each((_, entry) => {
        expect(listing(entry).attr('lang'), route).toBe('en');
        expect(listing(entry).attr('data-pagefind-ignore'), route).toBe('');
      });
    }
    // A telephone number reads left to right on a right-to-left page.
    const phones = page('/ar/practitioners/')('a[href^="tel:"]').map((_, a) => page('/ar/practitioners/')(a).attr('dir')).get();
    expect(phones.length).toBeGreaterThan(0);
    expect(new Set(phones)).toEqual(new Set(['ltr']));
  });

  it('is the same page in each language: the section marked current', () => {
    for (const { prefix } of LANGUAGES) {
      const $ = page(`${prefix}/faq/`);
      expect($('.site-header .nav-wide a[aria-current]').attr('href')).toBe(`${prefix}/faq/`);
    }
    // The 404 page is one file for every address: it offers no other language.
    expect(load(readFileSync(join(DIST, '404.html'), 'utf8'))('.language-menu')).toHaveLength(0);
  });

  it('offers the page in every language, as links that name their language', () => {
    for (const { prefix, lang } of LANGUAGES) {
      const $ = page(`${prefix}/faq/`);
      const links = $('.language-menu a').map((_, a) => ({ href: $(a).attr('href'), hreflang: $(a).attr('hreflang'), current: $(a).attr('aria-current') })).get();
      expect(links).toEqual(LANGUAGES.map((other) => ({ href: `${other.prefix}/faq/`, hreflang: other.lang, current: other.lang === lang ? 'page' : undefined })));
    }
  });

  it("keeps every other link to a page in the reader's language, and every such page exists", () => {
    const existing = new Set(pageRoutes().filter((route) => route.endsWith('/')));
    for (const { prefix } of LANGUAGES.slice(1)) {
      for (const route of pageRoutes().filter((r) => r.startsWith(`${prefix}/`))) {
        const $ = page(route);
        const links = $('a[href^="/"]:not([hreflang])').map((_, a) => $(a).attr('href')!.replace(/[?#].*$/, '')).get().filter((href) => href.endsWith('/'));
        for (const href of links) {
          expect(href.startsWith(`${prefix}/`), `${route} links ${href}`).toBe(true);
          expect(existing.has(href), `${route} links ${href}`).toBe(true);
        }
      }
    }
  });

  it.each(['/es/', '/ar/', '/ar/faq/', '/ar/faq/how-do-i-find-a-mentor/', '/ar/guide/', '/ar/guide/finding-a-mentor/', '/ar/guide/how-mentoring-helps/', '/ar/guide/what-is-mentoring/', '/es/guide/finding-a-mentor/', '/ar/search/'])(
    '%s: no axe violation in light or dark mode, no console error',
    async (route) => {
      const tab = await browsed.browser.newPage();
      const errors: string[] = [];
      tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      tab.on('pageerror', (error) => errors.push(error.message));
      try {
        await tab.goto(`${browsed.origin}${route}`, { waitUntil: 'load' });
        if (await tab.locator('[data-search-page]').count()) await tab.locator('[data-search-page] pagefind-summary').filter({ hasText: /\d/ }).waitFor();
        await expectAccessibleInBothThemes(tab);
        expect(errors).toEqual([]);
      } finally {
        await tab.close();
      }
    },
  );

});
