import { loadImage } from '@napi-rs/canvas';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import site from '../../site.config';
import { languageOf, originalOf } from '../../src/i18n/pages';
import { DIST, assertBuilt, page, pageRoutes, sitemapRoutes } from '../helpers/dist';
import { greys } from '../helpers/images';

beforeAll(assertBuilt);

type Node = Record<string, unknown> & { '@type': string };
/** Every schema.org node on a page, @graph unfolded. */
function jsonLd(route: string): Node[] {
  const $ = page(route);
  return $('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse($(el).text()))
    .get()
    .flatMap((doc: { '@graph'?: Node[] } & Node) => doc['@graph'] ?? [doc]);
}
const ofType = (route: string, type: string) => jsonLd(route).filter((node) => node['@type'] === type);

describe('sharing metadata', () => {
  it('gives every indexed page Open Graph and Twitter tags matching its title and canonical URL', () => {
    for (const route of sitemapRoutes()) {
      const $ = page(route);
      const canonical = $('link[rel=canonical]').attr('href');
      expect(canonical).toBe(new URL(route, site.url).href);
      expect($('meta[property="og:url"]').attr('content')).toBe(canonical);
      expect($('meta[property="og:title"]').attr('content')).toBe($('h1').first().text().trim());
      expect($('meta[property="og:description"]').attr('content')).toBe($('meta[name=description]').attr('content'));
      // The site's name in the language of the address.
      expect($('meta[property="og:site_name"]').attr('content')).toBe(languageOf(route).text.title);
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    }
  });

  it('gives every page its own 1200×630 share image, a JPEG in the built site, drawn with ink', async () => {
    const seen = new Map<string, string>();
    for (const route of pageRoutes()) {
      const $ = page(route);
      const url = new URL($('meta[property="og:image"]').attr('content')!);
      expect(url.origin, route).toBe(new URL(site.url).origin);
      const jpeg = readFileSync(join(DIST, url.pathname));
      // A JPEG's start-of-image marker, and its size as an image reader decodes it.
      expect([...jpeg.subarray(0, 3)], route).toEqual([0xff, 0xd8, 0xff]);
      expect($('meta[property="og:image:type"]').attr('content')).toBe('image/jpeg');
      expect([$('meta[property="og:image:width"]').attr('content'), $('meta[property="og:image:height"]').attr('content')]).toEqual(['1200', '630']);
      // The card's words: the page's title, or on the home page what the site is, in the address's language.
      const { text } = languageOf(route);
      expect($('meta[property="og:image:alt"]').attr('content'), route).toBe(`${originalOf(route) === '/' ? text.description : $('meta[property="og:title"]').attr('content')} · ${text.title}`);
      const image = await loadImage(jpeg);
      expect([image.width, image.height], route).toEqual([1200, 630]);
      // The title: dark pixels in the band between the top bar and the footer (a blank title leaves none
      // there; a three-letter Arabic word, the shortest title, darkens about 0.4% of it).
      const levels = await greys(jpeg, image.width, image.height);
      const band = levels.slice(60 * image.width, 482 * image.width);
      expect(band.filter((level) => level < 100).length / band.length, route).toBeGreaterThan(0.002);
      const digest = createHash('sha256').update(jpeg).digest('hex');
      expect(seen.get(digest), `${route} has the same share image as`).toBeUndefined();
      seen.set(digest, route);
    }
  });

  it('keeps the 404 and search pages out of search engines', () => {
    for (const route of ['/404.html', '/search/']) {
      expect(page(route)('meta[name=robots]').attr('content')).toBe('noindex');
      expect(page(route)('link[rel=canonical]')).toHaveLength(0);
      expect(sitemapRoutes()).not.toContain(route);
    }
  });
});

describe('structured data', () => {
  it('describes the site with a SearchAction that the search page understands', () => {
    const [webSite] = ofType('/', 'WebSite');
    expect(webSite).toMatchObject({ name: site.title, url: new URL('/', site.url).href, inLanguage: site.defaultLocale });
    const action = webSite!.potentialAction as { target: { urlTemplate: string }; 'query-input': string };
    expect(action.target.urlTemplate).toBe(`${new URL('/search/', site.url).href}?q={search_term_string}`);
    expect(action['query-input']).toBe('required name=search_term_string');
  });

  it('marks guide chapters as articles with breadcrumbs', () => {
    const [article] = ofType('/guide/what-to-expect/', 'Article');
    expect(article).toMatchObject({ headline: 'What to expect from a mentoring relationship', url: new URL('/guide/what-to-expect/', site.url).href });
    const [crumbs] = ofType('/guide/what-to-expect/', 'BreadcrumbList');
    expect((crumbs!.itemListElement as { name: string }[]).map((item) => item.name)).toEqual(['Home', 'Guide', 'What to expect from a mentoring relationship']);
  });

  it('marks each FAQ answer once, on its own page, as search engines ask', () => {
    expect(ofType('/faq/', 'FAQPage')).toHaveLength(0);
    const listed = page('/faq/')('main h3 a')
      .map((_, a) => page('/faq/')(a).attr('href'))
      .get();
    expect(listed.length).toBeGreaterThanOrEqual(20);
    for (const href of listed) {
      const [faq] = ofType(href, 'FAQPage');
      expect(faq, href).toMatchObject({ url: new URL(href, site.url).href });
      const questions = faq!.mainEntity as { name: string; acceptedAnswer: { text: string } }[];
      expect(questions.map((q) => q.name)).toEqual([page(href)('main h1').text()]);
      expect(questions[0]!.acceptedAnswer.text.length).toBeGreaterThan(60);
    }
  });

  it('describes references as scholarly articles and books, and the reading list as books', () => {
    const articles = readdirSync('src/content/references').filter((file) => /^type: article$/m.test(readFileSync(join('src/content/references', file), 'utf8')));
    expect(articles.length).toBeGreaterThanOrEqual(2);
    expect(ofType('/references/', 'ScholarlyArticle').map((n) => n.name)).toHaveLength(articles.length);
    expect(ofType('/references/', 'Book').map((n) => n.name).sort()).toEqual([
      'Elements of effective practice for mentoring: Research-informed and practitioner-approved best practices for creating and sustaining impactful mentoring relationships and strong program services',
      'The handbook of mentoring at work: Theory, research, and practice',
    ]);
    expect(ofType('/reading/', 'Book').map((n) => n.name)).toEqual([
      'The Power of Mentoring: Shaping the Next Generation of Leaders',
      'Mentoring Complete: The Comprehensive Toolkit for Developing High-Impact Employees',
      'Becoming a Mentor: How to Sharpen Your Skills, Create a Fulfilling Role, and Leave an Enduring Legacy',
    ]);
  });
});

describe('crawling', () => {
  it('points robots.txt at the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site.url).href}`);
  });

  it('dates every sitemap entry with the last change of its content', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const entries = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1]!);
    expect(entries).toHaveLength(sitemapRoutes().length);
    for (const entry of entries) expect(entry).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/lastmod>/);
    // The dates git itself gives for a chapter's file and for the whole FAQ folder.
    const gitDate = (path: string) => new Date(execFileSync('git', ['log', '-1', '--format=%cI', '--', path], { encoding: 'utf8' }).trim()).toISOString();
    const lastmod = (route: string) => entries.find((entry) => entry.includes(`<loc>${new URL(route, site.url).href}</loc>`))?.match(/<lastmod>(.*?)<\/lastmod>/)?.[1];
    expect(lastmod('/guide/what-is-mentoring/')).toBe(gitDate('src/content/guide/what-is-mentoring.mdx'));
    expect(lastmod('/faq/')).toBe(gitDate('src/content/faq'));
  });
});

describe('security', () => {
  it('sets a strict Content-Security-Policy on every page, without unsafe-inline', () => {
    for (const route of pageRoutes()) {
      const csp = page(route)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(csp, route).toMatch(/default-src 'self'/);
      expect(csp, route).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(csp, route).not.toContain('unsafe-inline');
    }
  });

  it("lists by hash exactly the page's own inline scripts and styles, those before the policy's <meta> too", () => {
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    for (const route of pageRoutes()) {
      const $ = page(route);
      const csp = $('meta[http-equiv="content-security-policy"]').attr('content')!;
      const listed = (name: string) => csp.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name)!.filter((s) => s.startsWith("'sha256-"));
      // Scripts a browser runs: no src, and no type or a JavaScript one (JSON-LD and Pagefind's template are data).
      const scripts = $('script:not([src])').filter((_, e) => ['', 'module', 'text/javascript'].includes($(e).attr('type') ?? '')).map((_, e) => hash($(e).text())).get();
      const styles = $('style').map((_, e) => hash($(e).text())).get();
      expect(scripts.length, route).toBeGreaterThan(0);
      expect(new Set(listed('script-src')), route).toEqual(new Set(scripts));
      expect(new Set(listed('style-src')), route).toEqual(new Set(styles));
    }
  });

  it('writes _headers as one rule: the headers only a server can send, and a policy that allows every page what its own allows', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    // No Cross-Origin-Opener-Policy: it would start a process for the site as a reader arrives (see security-headers.ts).
    expect(headers).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: strict-origin-when-cross-origin\n {2}Permissions-Policy: camera=\(\), microphone=\(\), geolocation=\(\)[^\n]*\n {2}Content-Security-Policy: [^\n]+\n$/);
    // Cloudflare Pages reads at most 100 rules.
    expect(headers.match(/^\S/gm)).toHaveLength(1);
    const policy = /Content-Security-Policy: (.+)/.exec(headers)![1]!;
    const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter(([n]) => n).map(([n, ...sources]) => [n!, sources]));
    const site = directives(policy);
    expect(site.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy).not.toContain('unsafe-inline');
    for (const route of pageRoutes()) {
      for (const [name, sources] of directives(page(route)('meta[http-equiv="content-security-policy"]').attr('content')!)) {
        if (name === 'script-src' || name === 'style-src') expect(site.get(name), `${route} ${name}`).toEqual(expect.arrayContaining(sources));
        else expect(site.get(name), `${route} ${name}`).toEqual(sources);
      }
    }
  });
});
