import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/toolkit/render/docx';
import { UNICODE_ORGANIZATION, brand, headingOf, shippedTemplates } from '../../helpers/templates';

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
    expect(withStyle('FieldLabel')).toEqual(expect.arrayContaining(fields.map((f) => f.label)));

    const boxes = fields.reduce((n, f) => n + (f.kind === 'checklist' ? f.options.length : f.kind === 'rating' ? f.max - f.min + 1 : 0), 0);
    expect(body.getElementsByTagName('w14:checkbox').length).toBe(boxes);
    const tables = fields.filter((f) => f.kind !== 'checklist' && f.kind !== 'rating').length;
    expect(body.getElementsByTagNameNS(W, 'tbl').length).toBe(tables);

    const headers = Object.keys(parts).filter((name) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.map((name) => textOf(xml(name).documentElement!)).join(' ')).toContain(UNICODE_ORGANIZATION);

    const core = xml('docProps/core.xml');
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toBe(doc.template.title);
    expect(core.getElementsByTagName('dc:creator')[0]?.textContent).toBe(UNICODE_ORGANIZATION);

    const styles = xml('word/styles.xml');
    const ids = Array.from(styles.getElementsByTagNameNS(W, 'style')).map((s) => s.getAttributeNS(W, 'styleId'));
    expect(ids).toEqual(expect.arrayContaining(['Heading1', 'Heading2', 'FieldLabel', 'Guidance']));
    expect(Array.from(styles.getElementsByTagNameNS(W, 'lang')).map((l) => l.getAttributeNS(W, 'val'))).toContain('es');
  });
});
