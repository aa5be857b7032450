import { describe, expect, it } from 'vitest';
import { linksInLanguage } from '../../../src/i18n/links';

describe("links in the reader's language", () => {
  it("put links to pages under the language's prefix, anchors and queries kept, and leave files and other sites alone", () => {
    const html = [
      '<a href="/">Home</a><a class="x" href="/faq/#cost">Cost</a><a href="/search/?q=mentor">Search</a>',
      '<a href="/downloads/agreement.pdf">PDF</a><link rel="icon" href="/logo.svg"><a href="https://example.org/">Other</a>',
      '<a href="#main">Skip</a><a href="mailto:a@example.org">Mail</a><a href="/es/guide/">Already</a>',
    ].join('');
    expect(linksInLanguage(html, '/es')).toBe(
      [
        '<a href="/es/">Home</a><a class="x" href="/es/faq/#cost">Cost</a><a href="/es/search/?q=mentor">Search</a>',
        '<a href="/downloads/agreement.pdf">PDF</a><link rel="icon" href="/logo.svg"><a href="https://example.org/">Other</a>',
        '<a href="#main">Skip</a><a href="mailto:a@example.org">Mail</a><a href="/es/guide/">Already</a>',
      ].join(''),
    );
  });

  it("leaves another site's protocol-relative address, links into another language, and odd characters alone", () => {
    const html = '<a href="//example.org/docs/">Docs</a><a href="/ar/faq/">عربي</a><a href="/PT-BR/x/">pt</a><a href="/topics/?a=$&amp;b=$\'">A–Z</a>';
    expect(linksInLanguage(html, '/es', ['', '/es', '/ar', '/pt-br'])).toBe('<a href="//example.org/docs/">Docs</a><a href="/ar/faq/">عربي</a><a href="/PT-BR/x/">pt</a><a href="/es/topics/?a=$&amp;b=$\'">A–Z</a>');
  });

  it('leaves the canonical link, links that name their language, and the default language alone', () => {
    const html = '<link rel="canonical" href="/guide/"><a href="/guide/" hreflang="en" lang="en">English</a><link rel="alternate" hreflang="ar" href="/ar/guide/">';
    expect(linksInLanguage(html, '/es')).toBe(html);
    expect(linksInLanguage('<a href="/faq/">FAQ</a>', '')).toBe('<a href="/faq/">FAQ</a>');
  });
});
