import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST, assertBuilt, page } from '../helpers/dist';
import { readPdfWith } from '../helpers/pdf-tools';

beforeAll(assertBuilt);

/** The translated templates of a language, as their definitions give them. */
const translations = (lang: string) =>
  readdirSync(`src/content/templates/${lang}`).map((file) => ({ id: file.replace(/\.yaml$/, ''), template: parse(readFileSync(`src/content/templates/${lang}/${file}`, 'utf8')) }));

/** The texts of a template a reader sees in its PDF: title, purpose, section titles and guidance, field labels. */
const textsOf = (template: { title: string; purpose: string; sections: { title: string; guidance: string; fields: { label: string }[] }[] }) => [
  template.title,
  template.purpose,
  ...template.sections.flatMap((section) => [section.title, section.guidance, ...section.fields.map((field) => field.label)]),
];

/**
 * Letters only, in their order: how the tests compare what a reader extracts with what was written,
 * without the spaces and line breaks a reader guesses, the marks poppler adds where it reorders a
 * right-to-left stretch, punctuation (poppler places a bracket by where its glyph is drawn), Arabic's
 * presentation forms (NFKC gives their letters) and marks: a reader puts a mark drawn over a letter
 * before or after the alef that follows it ("ولًا" or "ولاً", as people type it both ways).
 */
const letters = (text: string) => text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Words, letters only. poppler takes a mark raised above its letter (Arabic's tanwin, a shadda) for a
 * line of its own, which cuts the word and the line it is on into pieces that it may then put out of
 * order: it is held to the words without marks, each of which it reads whole. (A known defect of the PDFs as
 * poppler reads them; pdf.js reads those lines whole.)
 */
const words = (text: string) => text.split(/\s+/).filter((word) => !/\p{M}/u.test(word)).map(letters).filter(Boolean);

const download = (path: string) => new Uint8Array(readFileSync(join(DIST, path)));

async function pdfjsText(bytes: Uint8Array): Promise<string> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  let text = '';
  for (let p = 1; p <= pdf.numPages; p++) text += (await (await pdf.getPage(p)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
  await task.destroy();
  return text;
}

describe('templates in Arabic', () => {
  const arabic = translations('ar');

  it('are PDFs whose text two independent readers extract in reading order, every line of the definition whole', async () => {
    expect(arabic.length).toBeGreaterThan(0);
    for (const { id, template } of arabic) {
      const bytes = download(`ar/downloads/${id}.pdf`);
      const popplerText = readPdfWith('pdftotext', ['-enc', 'UTF-8'], bytes);
      const poppler = letters(popplerText);
      const pdfjs = letters(await pdfjsText(bytes));
      for (const text of textsOf(template)) {
        // Each line of the definition, whole or cut where the page wraps it: every word in order.
        for (const line of text.split(/(?<=[.،؛:؟?])\s+/)) expect(pdfjs, `${id}: ${line}`).toContain(letters(line));
        for (const word of words(text)) expect(poppler, `${id}: ${word}`).toContain(word);
      }
      // The document's own words are Arabic too, and the file says its language.
      expect(popplerText).toContain('من يملؤه');
      expect(popplerText).not.toMatch(/Who|fills|needed|minutes/);
      expect(readPdfWith('pdfinfo', [], bytes)).toMatch(/Tagged:\s+yes/);
      expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/Lang \(ar\)/);
    }
  }, 120_000);

  it('lay the page out right to left: titles and labels end at the right margin', async () => {
    const bytes = download('ar/downloads/mentoring-agreement.pdf');
    const task = getDocument({ data: bytes.slice(), useSystemFonts: false, verbosity: 0 });
    const first = await (await task.promise).getPage(1);
    const width = first.getViewport({ scale: 1 }).width;
    const items = (await first.getTextContent()).items.filter((item) => 'str' in item && /\p{Script=Arabic}/u.test(item.str)) as { str: string; transform: number[]; width: number }[];
    const title = items.find((item) => letters(item.str) === letters(translations('ar').find(({ id }) => id === 'mentoring-agreement')!.template.title))!;
    expect(title, 'the title is one line').toBeDefined();
    // Right-aligned at the 54-point margin, and not starting at the left one.
    expect(title.transform[4]! + title.width).toBeCloseTo(width - 54, 0);
    expect(title.transform[4]!).toBeGreaterThan(54 + 10);
    await task.destroy();
  });

  it('are Word files whose paragraphs and tables run right to left', () => {
    const document = strFromU8(unzipSync(download('ar/downloads/meeting-log.docx'))['word/document.xml']!);
    const xml = new DOMParser().parseFromString(document, 'text/xml');
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const paragraphs = Array.from(xml.getElementsByTagNameNS(W, 'p'));
    const bidi = paragraphs.filter((p) => p.getElementsByTagNameNS(W, 'bidi').length > 0);
    expect(bidi.length).toBe(paragraphs.length);
    expect(xml.getElementsByTagNameNS(W, 'bidiVisual').length).toBeGreaterThan(0);
    expect(document).toContain('من يملؤه');
  });

  it('come as a set whose README is in Arabic, beside the pages that offer them', () => {
    const readme = strFromU8(unzipSync(download('ar/downloads/mentoring-templates.zip'))['README.md']!);
    expect(readme).toMatch(/^# نماذج الإرشاد/);
    expect(readme).not.toMatch(/Mentoring templates|For:|minutes/);
    const $ = page('ar/templates/smart-goals/index.html');
    const links = $('.downloads a').map((_, a) => $(a).attr('href')).get();
    expect(links).toEqual(['/ar/downloads/smart-goals.pdf', '/ar/downloads/smart-goals-letter.pdf', '/ar/downloads/smart-goals.docx', '/ar/downloads/smart-goals.md']);
    expect($('.template-preview').attr('src')).toBe('/ar/previews/smart-goals.webp');
    expect($('html').attr('lang')).toBe('ar');
    expect($('main').attr('lang') ?? 'ar').toBe('ar');
  });
});

describe('templates in Spanish', () => {
  it('print the documents\' own words in Spanish, in every format', () => {
    for (const { id, template } of translations('es')) {
      const pdf = readPdfWith('pdftotext', ['-enc', 'UTF-8'], download(`es/downloads/${id}.pdf`)).replace(/\s+/g, ' ');
      expect(pdf).toContain(template.title);
      expect(pdf).toContain('Quién lo rellena');
      expect(pdf).not.toMatch(/Who fills it in|Time needed|\bof \d/);
      const markdown = readFileSync(join(DIST, `es/downloads/${id}.md`), 'utf8');
      expect(markdown).toContain('| Quién lo rellena | Cuándo | Tiempo necesario |');
      const word = strFromU8(unzipSync(download(`es/downloads/${id}.docx`))['word/document.xml']!);
      expect(word).toContain('Quién lo rellena');
    }
  });

  it('leave the English files where they were, in English', () => {
    const pdf = readPdfWith('pdftotext', ['-enc', 'UTF-8'], download('downloads/smart-goals.pdf'));
    expect(pdf).toContain('Who fills it in');
    const $ = page('templates/smart-goals/index.html');
    expect($('.downloads a').first().attr('href')).toBe('/downloads/smart-goals.pdf');
  });
});
