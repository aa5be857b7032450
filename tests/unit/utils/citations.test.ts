import { describe, expect, it } from 'vitest';
import { apaBibliography, exportReferences, type ReferenceData } from '../../../src/utils/citations';

const article: ReferenceData = {
  type: 'article',
  authors: [
    { family: 'Allen', given: 'T. D.' },
    { family: 'Eby', given: 'L. T.' },
  ],
  year: 2006,
  title: 'A deliberately long title that runs well past the seventy characters at which citation-js wraps RIS lines',
  journal: 'Journal of Applied Psychology',
  volume: '91',
  issue: '3',
  pages: '567–578',
};
const book: ReferenceData = {
  type: 'book',
  editors: [{ family: 'Zed', given: 'A.' }],
  year: 2007,
  title: 'Tags are text & so are ampersands',
  publisher: 'Sage Publications',
};
const entries = [
  { id: 'zed-2007', data: book },
  { id: 'allen-2006', data: article },
];

describe('APA 7', () => {
  it('formats entries in APA order, editors marked', () => {
    const list = apaBibliography(entries);
    expect(list.map((entry) => entry.id)).toEqual(['allen-2006', 'zed-2007']);
    expect(list[0]!.text).toBe(
      'Allen, T. D., & Eby, L. T. (2006). A deliberately long title that runs well past the seventy characters at which citation-js wraps RIS lines. Journal of Applied Psychology, 91(3), 567–578.',
    );
    expect(list[1]!.text).toMatch(/^Zed, A\. \(Ed\.\)\. \(2007\)\./);
  });

  it('escapes the text of an entry in HTML and keeps the italics', () => {
    const html = apaBibliography(entries)[1]!.html;
    expect(html).toContain('&#38; so are ampersands');
    expect(html).toMatch(/^Zed, A\. \(Ed\.\)\. \(2007\)\. <i>Tags /);
  });
});

describe('exports', () => {
  it('writes one unbroken RIS line per field', () => {
    const ris = exportReferences(entries, 'ris');
    const lines = ris.trim().split(/\r?\n/);
    expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}- ?/.test(line))).toBe(true);
    expect(lines).toContain(`TI  - ${article.title}`);
    expect(lines.filter((line) => line.startsWith('TY  - '))).toHaveLength(2);
  });

  it('writes BibTeX with one key per entry', () => {
    const bib = exportReferences(entries, 'bib');
    expect(bib).toMatch(/@article\{Allen2006deliberately,/);
    expect(bib).toMatch(/@book\{2007Tags,/);
    expect(bib).toMatch(/pages = \{567--578\}/);
  });

  it('writes CSL-JSON that parses back to the same records', () => {
    const csl = JSON.parse(exportReferences(entries, 'json'));
    expect(csl).toHaveLength(2);
    expect(csl[1]).toMatchObject({ id: 'allen-2006', type: 'article-journal', 'container-title': 'Journal of Applied Psychology', page: '567–578' });
    expect(csl[0]).toMatchObject({ id: 'zed-2007', type: 'book', editor: [{ family: 'Zed', given: 'A.' }] });
  });
});
