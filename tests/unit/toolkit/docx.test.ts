import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/toolkit/render/docx';
import { UNICODE_ORGANIZATION, brand, choicesOf, headingOf, printedLabel, shippedTemplates } from '../../helpers/templates';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A .docx opened as Word would: unzipped, each part parsed as XML (xmldom, independent of the docx library). */
function open(bytes: Uint8Array) {
  const parts = unzipSync(bytes);
  const xml = (name: string): XmlDocument => {
    const part = parts[name];
    if (!part) throw new Error(`The .docx has no ${name}`);
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => level !== 'warning' && errors.push(message) }).parseFromString(strFromU8(part), 'text/xml');
    expect(errors, name).toEqual([]);
    return doc;
  };
  return { parts, xml };
}

const textOf = (el: Element) => Array.from(el.getElementsByTagNameNS(W, 't')).map((t) => t.textContent).join('');
const styleOf = (p: Element) => p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? '';

describe.each(shippedTemplates().map((doc) => [doc.id, doc] as const))('%s as Word', (_id, doc) => {
  it('has its headings, labels, tables and checkboxes as editable Word structures, and its metadata', async () => {
    const { parts, xml } = open(await renderDocx(doc, brand, { date: new Date('2026-03-01T12:00:00Z') }));
    const body = xml('word/document.xml');
    const paragraphs = Array.from(body.getElementsByTagNameNS(W, 'p'));
    const withStyle = (style: string) => paragraphs.filter((p) => styleOf(p) === style).map(textOf);

    expect(withStyle('Heading1')).toEqual([doc.template.title]);
    expect(withStyle('Heading2')).toEqual(doc.template.sections.map(headingOf));
    const fields = doc.template.sections.flatMap((s) => s.fields);
    expect(withStyle('FieldLabel')).toEqual(expect.arrayContaining(fields.map(printedLabel)));

    const boxes = fields.reduce((n, f) => n + choicesOf(f).length, 0);
    expect(body.getElementsByTagName('w14:checkbox').length).toBe(boxes);
    // Each box's words in the text, after it.
    const text = paragraphs.map(textOf).join('\n');
    for (const words of fields.flatMap(choicesOf)) expect(text).toContain(words);
    const tables = fields.filter((f) => choicesOf(f).length === 0).length;
    expect(body.getElementsByTagNameNS(W, 'tbl').length).toBe(tables);
    // A table of rows (a table field, a signature's name and date) repeats its header row on each page and
    // tells a screen reader it is one; a box to write in is a table of one cell, with none.
    const headerRows = Array.from(body.getElementsByTagNameNS(W, 'tbl')).filter((table) => table.getElementsByTagNameNS(W, 'tr')[0]?.getElementsByTagNameNS(W, 'tblHeader').length);
    expect(headerRows.length).toBe(fields.filter((f) => f.kind === 'table' || f.kind === 'signature').length);

    const headers = Object.keys(parts).filter((name) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.map((name) => textOf(xml(name).documentElement!)).join(' ')).toContain(UNICODE_ORGANIZATION);

    const core = xml('docProps/core.xml');
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toBe(doc.template.title);
    expect(core.getElementsByTagName('dc:creator')[0]?.textContent).toBe(UNICODE_ORGANIZATION);

    const styles = xml('word/styles.xml');
    const ids = Array.from(styles.getElementsByTagNameNS(W, 'style')).map((s) => s.getAttributeNS(W, 'styleId'));
    expect(ids).toEqual(expect.arrayContaining(['Heading1', 'Heading2', 'FieldLabel', 'Guidance']));
    expect(Array.from(styles.getElementsByTagNameNS(W, 'lang')).map((l) => l.getAttributeNS(W, 'val'))).toContain('en');
  });
});

describe('Word documents with right-to-left text', () => {
  it('mark each right-to-left stretch as a run of its own, and leave other scripts to Word’s own fonts', async () => {
    const doc = shippedTemplates()[0]!;
    const organization = 'جمعية الإرشاد 2027 (Beirut)';
    const label = 'Mentor: דנה כהן';
    const withNames = {
      ...doc,
      template: { ...doc.template, sections: [{ ...doc.template.sections[0]!, fields: [{ kind: 'short-text' as const, name: 'who', label }, { kind: 'short-text' as const, name: 'where', label: 'Where' }] }] },
      values: { who: 'فاطمة الزهراء (Beirut)', where: 'Room 4, دار الثقافة' },
    };
    const { xml } = open(await renderDocx(withNames, { ...brand, organization }, { date: new Date('2026-03-01T12:00:00Z') }));
    const body = xml('word/document.xml');
    const runsOf = (text: string) => {
      const paragraph = Array.from(body.getElementsByTagNameNS(W, 'p')).find((p) => textOf(p) === text)!;
      return Array.from(paragraph.getElementsByTagNameNS(W, 'r')).map((r) => [textOf(r), r.getElementsByTagNameNS(W, 'rtl').length === 1]);
    };
    // The text reads back whole, in reading order; only the Hebrew is marked right to left, in a complex-script font.
    expect(runsOf(label)).toEqual([
      ['Mentor: ', false],
      ['דנה כהן', true],
    ]);
    const rtlRun = Array.from(body.getElementsByTagNameNS(W, 'r')).find((r) => textOf(r) === 'דנה כהן')!;
    expect(rtlRun.getElementsByTagNameNS(W, 'rFonts')[0]?.getAttributeNS(W, 'cs')).toBe('Arial');
    // A typed answer reads in the direction of its first letter: the Arabic one is a right-to-left paragraph.
    const paragraphOf = (text: string) => Array.from(body.getElementsByTagNameNS(W, 'p')).find((p) => textOf(p) === text)!;
    expect(paragraphOf('فاطمة الزهراء (Beirut)').getElementsByTagNameNS(W, 'bidi').length).toBe(1);
    expect(paragraphOf('Room 4, دار الثقافة').getElementsByTagNameNS(W, 'bidi').length).toBe(0);
    const header = xml('word/header1.xml');
    const headerRuns = Array.from(header.getElementsByTagNameNS(W, 'r')).map((r) => [textOf(r), r.getElementsByTagNameNS(W, 'rtl').length === 1]);
    expect(headerRuns.map(([text]) => text).join('')).toBe(organization);
    expect(headerRuns.filter(([, rtl]) => rtl).map(([text]) => text)).toEqual(['جمعية الإرشاد 2027']);
    // Calibri for Latin only: no font is named for complex scripts or East Asian text.
    const fonts = xml('word/styles.xml').getElementsByTagNameNS(W, 'rFonts')[0]!;
    expect([fonts.getAttributeNS(W, 'ascii'), fonts.getAttributeNS(W, 'hAnsi'), fonts.getAttributeNS(W, 'cs'), fonts.getAttributeNS(W, 'eastAsia')]).toEqual(['Calibri', 'Calibri', null, null]);
  });
});
