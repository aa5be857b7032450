import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import site from '../../site.config';
import { prefixOf } from '../../src/i18n/pages';
import { contrast } from '../../src/toolkit';
import { DIST, assertBuilt, distFiles, indexedPages, page, pageRoutes, sitemapRoutes, squash } from '../helpers/dist';
import { shippedTemplates } from '../helpers/templates';

beforeAll(assertBuilt);

const EXPECTED_ROUTES = [
  '/',
  '/faq/',
  // The questions' files; their translations are in folders beside them.
  ...readdirSync('src/content/faq').filter((file) => file.endsWith('.md')).map((file) => `/faq/${file.replace(/\.md$/, '')}/`),
  '/guide/',
  // The chapters' files; their translations are in folders beside them.
  ...readdirSync('src/content/guide').filter((file) => /\.mdx?$/.test(file)).map((file) => `/guide/${file.replace(/\.mdx?$/, '')}/`),
  '/modalities/',
  '/practitioners/',
  '/reading/',
  '/references/',
  '/templates/',
  '/toolkit/',
  '/join/',
  '/about/',
  '/accessibility/',
  '/privacy/',
  '/evidence/',
  ...shippedTemplates().map(({ id }) => `/templates/${id}/`),
];

/** Every page of the default language under each language's prefix ("" for the default one). */
const inEveryLanguage = (routes: readonly string[]) => site.locales.flatMap((locale) => routes.map((route) => `${prefixOf(locale)}${route}`));

/**
 * The pages written in each language other than the default: the home page, the listings and
 * entries of the collections whose pages show translations (a file in the language's folder), the
 * site's own pages and the listings whose page is in the reader's words.
 */
const TRANSLATED_ROUTES = site.locales
  .filter((locale) => locale.code !== site.defaultLocale)
  .flatMap((locale) => {
    const prefix = prefixOf(locale);
    const entries = (collection: string) =>
      readdirSync(`src/content/${collection}/${locale.code}`).map((file) => `${prefix}/${collection}/${file.replace(/\.(mdx?|yaml)$/, '')}/`);
    return [`${prefix}/`, `${prefix}/faq/`, ...entries('faq'), `${prefix}/guide/`, ...entries('guide'), `${prefix}/templates/`, ...entries('templates'), `${prefix}/toolkit/`, `${prefix}/modalities/`, `${prefix}/reading/`,
      // The site's own pages (src/content/pages), and the listings whose entries stay as written.
      ...['/about/', '/accessibility/', '/privacy/', '/join/', '/references/', '/practitioners/', '/evidence/'].map((route) => `${prefix}${route}`)];
  });

describe('pages', () => {
  it('builds the expected pages in every language, and a 404 page', () => {
    expect(pageRoutes()).toEqual([...inEveryLanguage([...EXPECTED_ROUTES, '/search/']), '/404.html'].sort());
  });

  it('carries no encoding damage into any file', () => {
    // Every page and text download; not the bundled libraries (font code carries legacy encoding tables).
    const textFiles = distFiles().filter((file) => /\.(html|xml|json|bib|ris|txt|md|css)$/.test(file));
    expect(textFiles.length).toBeGreaterThan(EXPECTED_ROUTES.length);
    for (const file of textFiles) expect(readFileSync(join(DIST, file), 'utf8'), file).not.toContain('Â');
    for (const { url, content } of indexedPages()) expect(content, url).not.toContain('Â');
  });

  it('takes language and its direction, title, description and canonical URL from the site settings', () => {
    const language = site.locales.find(({ code }) => code === site.defaultLocale)!;
    for (const route of EXPECTED_ROUTES) {
      const $ = page(route);
      expect($('html').attr('lang')).toBe(language.code);
      expect($('html').attr('dir')).toBe(language.dir);
      const title = $('title').text();
      const heading = $('h1').first().text().trim();
      // "Page · Site", unless that would pass the 70 characters search engines show.
      expect(title === heading || title === `${heading} · ${site.title}`, title).toBe(true);
      expect(title.length <= 70 || title === heading, title).toBe(true);
      expect($('meta[name=description]').attr('content')?.length).toBeGreaterThanOrEqual(50);
      expect($('link[rel=canonical]').attr('href')).toBe(new URL(route, site.url).href);
      expect($('footer').text()).toContain(site.organization.name);
      expect($(`footer a[href="mailto:${site.email}"]`)).toHaveLength(1);
    }
  });
});

describe('theme', () => {
  it("carries the brand colour, and its dark-mode shade at 7:1 on the dark background, in every page's CSS", () => {
    for (const route of pageRoutes()) {
      const css = page(route)('style').map((_, style) => page(route)(style).text()).get().join('\n');
      const [, light, dark] = /--link:light-dark\((#[0-9a-f]{6}),(#[0-9a-f]{6})\)/.exec(css) ?? [];
      expect(light, route).toBe(site.brandColor);
      expect(dark, route).toBeDefined();
      expect(contrast(dark!, '#121417'), route).toBeGreaterThanOrEqual(7);
    }
  });
});

describe('sitemap and search index', () => {
  it('lists every page in the sitemap, each translation too, and no 404, search page or page not yet translated', () => {
    expect(sitemapRoutes()).toEqual([...EXPECTED_ROUTES, ...TRANSLATED_ROUTES].sort());
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${new URL('/', site.url).href}</loc>`);
  });

  it('indexes every page of the sitemap with Pagefind, and only the page content', () => {
    const indexed = indexedPages();
    expect(indexed.map((p) => p.url).sort()).toEqual(sitemapRoutes());
    const home = indexed.find((p) => p.url === '/');
    expect(home?.content).not.toContain('Skip to content');
    expect(home?.content).not.toContain(site.email);
  });

  it('indexes each page\'s title with its words (Pagefind skips a title inside <header> or <nav>)', () => {
    for (const { url, content } of indexedPages()) {
      const title = squash(page(url)('main h1').first().text());
      expect(squash(content), url).toContain(title);
    }
  });
});

describe('downloads', () => {
  it('writes the reference list as BibTeX, RIS and CSL-JSON', () => {
    const ids = readdirSync('src/content/references').map((file) => file.replace(/\.yaml$/, '')).sort();
    expect(ids).toEqual(expect.arrayContaining(['allen-2006', 'eby-2008', 'ragins-kram-2007']));
    const bib = readFileSync(join(DIST, 'downloads/references.bib'), 'utf8');
    expect(bib.match(/^@(article|book)\{/gm)).toHaveLength(ids.length);
    const ris = readFileSync(join(DIST, 'downloads/references.ris'), 'utf8');
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(ids.length);
    expect(ris.match(/^ER {2}- ?$/gm)).toHaveLength(ids.length);
    const csl = JSON.parse(readFileSync(join(DIST, 'downloads/references.json'), 'utf8'));
    expect(csl.map((entry: { id: string }) => entry.id).sort()).toEqual(ids);
  });
});
