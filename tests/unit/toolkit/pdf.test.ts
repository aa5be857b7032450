import { DOMParser } from '@xmldom/xmldom';
import { PDFArray, PDFCheckBox, PDFDict, PDFDocument, PDFName, PDFRadioGroup, PDFRawStream, PDFTextField, decodePDFRawStream } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { PAPER, renderPdf } from '../../../src/toolkit/render/pdf';
import { TemplateFieldError, templateSchema, type Field, type TemplateDocument } from '../../../src/toolkit/template';
import { readPdfWith } from '../../helpers/pdf-tools';
import { UNICODE_ORGANIZATION, brand, fonts, headingOf, shipped, shippedTemplates } from '../../helpers/templates';

const date = new Date('2026-03-01T12:00:00Z');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The PDF as pdf.js (Mozilla's reader, independent of pdf-lib) sees it. */
async function read(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
  const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pdf.getPage(i + 1)));
  const text = squash(
    (await Promise.all(pages.map(async (page) => (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ')))).join(' '),
  );
  const annotations = await Promise.all(pages.map((page) => page.getAnnotations()));
  const { info, metadata } = (await pdf.getMetadata()) as { info: Record<string, string>; metadata: { get(name: string): unknown } | null };
  return { pdf, pages, text, annotations, info, metadata };
}

/** The form field names the definition promises. */
function expectedFieldNames(fields: Field[]): string[] {
  return fields.flatMap((f) => {
    switch (f.kind) {
      case 'checklist':
        return f.options.map((_, i) => `${f.name}-${i + 1}`);
      case 'table':
        return Array.from({ length: f.rows }, (_, r) => f.columns.map((c) => `${f.name}-${r + 1}-${c.name}`)).flat();
      case 'signature':
        return [`${f.name}-signature`, `${f.name}-date`];
      default:
        return [f.name];
    }
  });
}

describe.each(shippedTemplates().map((doc) => [doc.id, doc] as const))('%s as a fillable PDF', (_id, doc) => {
  it.each(['a4', 'letter'] as const)('on %s paper: size, text, fields with accessible names in reading order, metadata', async (paper) => {
    const bytes = await renderPdf(doc, brand, { paper, fonts, date });
    const { pages, text, annotations, info, metadata } = await read(bytes);

    for (const page of pages) {
      const [, , width, height] = page.view;
      expect(width).toBeCloseTo(PAPER[paper].width, 1);
      expect(height).toBeCloseTo(PAPER[paper].height, 1);
    }

    expect(text).toContain(UNICODE_ORGANIZATION);
    expect(text).toContain(doc.template.title);
    for (const section of doc.template.sections) {
      expect(text).toContain(squash(headingOf(section)));
      for (const field of section.fields) expect(text).toContain(squash(field.label));
    }

    const widgets = annotations.flat().filter((a) => a.subtype === 'Widget');
    const names = [...new Set(widgets.map((w) => w.fieldName as string))];
    expect(names.sort()).toEqual(expectedFieldNames(doc.template.sections.flatMap((s) => s.fields)).sort());
    for (const widget of widgets) expect(String(widget.alternativeText ?? '').length, widget.fieldName).toBeGreaterThan(0);

    // Tab order (the structure's, /Tabs /S) follows the layout: top to bottom, and left to right within a row.
    for (const pageWidgets of annotations) {
      const tops = pageWidgets.filter((a) => a.subtype === 'Widget').map((a) => ({ top: a.rect[3] as number, left: a.rect[0] as number }));
      for (let i = 1; i < tops.length; i++) {
        const [before, after] = [tops[i - 1]!, tops[i]!];
        const sameRow = Math.abs(before.top - after.top) < 1;
        expect(sameRow ? after.left > before.left : after.top < before.top).toBe(true);
      }
    }
    expect(new TextDecoder('latin1').decode(bytes).match(/\/Tabs \/S/g)?.length).toBe(pages.length);

    expect(info.Title).toBe(doc.template.title);
    expect(info.Author).toBe(UNICODE_ORGANIZATION);
    expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/Lang \(en\)/);
    // The same description as XMP metadata, as pdf.js reads it, and as poppler finds it (parsed by xmldom).
    expect(metadata?.get('dc:title')).toBe(doc.template.title);
    const xmp = new DOMParser().parseFromString(readPdfWith('pdfinfo', ['-meta'], bytes), 'text/xml');
    expect(xmp.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'title')[0]?.textContent).toBe(doc.template.title);
    expect(metadata?.get('dc:creator')).toEqual([UNICODE_ORGANIZATION]);
    expect([metadata?.get('dc:language')].flat()).toEqual(['en']);

    // The form's default resources hold the font that each field's appearance (/DA) names, embedded.
    const loaded = await PDFDocument.load(bytes);
    const acroForm = loaded.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
    const resources = acroForm.lookup(PDFName.of('DR'), PDFDict).lookup(PDFName.of('Font'), PDFDict);
    const fieldsAndWidgets = loaded.getForm().getFields().flatMap((field) => [field.acroField.dict, ...field.acroField.getWidgets().map((widget) => widget.dict)]);
    const appearances = fieldsAndWidgets.flatMap((dict) => (dict.has(PDFName.of('DA')) ? [String(dict.get(PDFName.of('DA')))] : []));
    expect(appearances.length).toBeGreaterThan(0);
    const named = new Set(appearances.map((da) => da.match(/\/([^\s]+) [\d.]+ Tf/)?.[1]));
    expect(named.size).toBe(1);
    for (const name of named) {
      const font = resources.lookup(PDFName.of(name!), PDFDict);
      const descendant = font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
      expect(descendant.lookup(PDFName.of('FontDescriptor'), PDFDict).has(PDFName.of('FontFile2'))).toBe(true);
    }
  });
});

describe('a filled PDF', () => {
  it('keeps its description, the form\'s resources and its tags when another program fills and saves it (pdf-lib)', async () => {
    const doc = shipped('midpoint-review');
    const loaded = await PDFDocument.load(await renderPdf(doc, brand, { paper: 'a4', fonts, date }));
    const form = loaded.getForm();
    for (const field of form.getFields()) {
      if (field instanceof PDFTextField) field.setText('Zürich');
      else if (field instanceof PDFCheckBox) field.check();
      else if (field instanceof PDFRadioGroup) field.select(field.getOptions()[0]!);
    }
    const filled = await PDFDocument.load(await loaded.save());
    const { metadata, info } = (await (await getDocument({ data: await filled.save() }).promise).getMetadata()) as { info: Record<string, string>; metadata: { get(name: string): unknown } | null };
    expect(metadata?.get('dc:title')).toBe(doc.template.title);
    expect(info.Title).toBe(doc.template.title);
    const resources = filled.catalog.lookup(PDFName.of('AcroForm'), PDFDict).lookup(PDFName.of('DR'), PDFDict).lookup(PDFName.of('Font'), PDFDict);
    expect(resources.keys().map(String)).toContain('/DejaVuSans');
    expect(filled.getForm().getFields().filter((field) => field instanceof PDFTextField).every((field) => (field as PDFTextField).getText() === 'Zürich')).toBe(true);
    // Still tagged: the tree, and every widget in it with its tooltip.
    expect(filled.catalog.has(PDFName.of('StructTreeRoot'))).toBe(true);
    expect(filled.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    for (const widget of filled.getForm().getFields().flatMap((field) => field.acroField.getWidgets())) {
      expect(widget.dict.has(PDFName.of('StructParent'))).toBe(true);
      expect(widget.dict.has(PDFName.of('TU'))).toBe(true);
    }
    expect(readPdfWith('pdfinfo', [], await filled.save())).toMatch(/Tagged:\s+yes/);
  });
});

describe('the PDF font', () => {
  it('is an embedded subset that still covers Latin, Greek and Cyrillic for what people type', async () => {
    const bytes = await renderPdf(shipped('meeting-log'), brand, { paper: 'a4', fonts, date });
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).toMatch(/\/FontFile2/);
    // Fields draw what people type in the embedded font too, not in a standard font without Greek or Cyrillic.
    const appearances = raw.match(/\/DA \([^)]*\)/g) ?? [];
    expect(appearances.length).toBeGreaterThan(10);
    for (const da of appearances) expect(da).toMatch(/\/DejaVuSans \d+ Tf/);
    // Subset, yet with Greek and Cyrillic letters that no template prints, for what people type.
    expect(raw).toMatch(/\/BaseFont \/MentorkitSans/);
    const { text } = await read(bytes);
    expect(text).not.toMatch(/[ЖёßŁψ]/);
    // The font's ToUnicode map lists every glyph embedded in the subset.
    const loaded = await PDFDocument.load(bytes);
    const cmaps = loaded.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFRawStream => object instanceof PDFRawStream)
      .map((stream) => new TextDecoder().decode(decodePDFRawStream(stream).decode()))
      .filter((content) => content.includes('begincmap'));
    const covers = (char: string) => cmaps.some((cmap) => cmap.toUpperCase().includes(`<${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`));
    expect(['Ж', 'ψ', 'ё', 'ß', 'Ł', 'é'].filter((char) => !covers(char))).toEqual([]);
    expect(bytes.length).toBeLessThan(400_000);
    expect(bytes.length).toBeGreaterThan(60_000);
  });

  it('gives the same bytes for the same input', async () => {
    const [a, b] = await Promise.all([1, 2].map(() => renderPdf(shipped('smart-goals'), brand, { paper: 'a4', fonts, date })));
    expect(Buffer.from(a!).equals(Buffer.from(b!))).toBe(true);
  });

  it('gives files made alike, whose bold text differs in its letters and digits, one bold subset', async () => {
    /** The embedded program of the bold face, which every heading prints in. */
    const boldFont = async (bytes: Uint8Array) => {
      const { context } = await PDFDocument.load(bytes);
      const descriptor = context
        .enumerateIndirectObjects()
        .map(([, object]) => object)
        .find((object): object is PDFDict => object instanceof PDFDict && String(object.get(PDFName.of('FontName'))).endsWith('MentorkitSans-Bold'))!;
      const file = context.lookup(descriptor.get(PDFName.of('FontFile2')));
      if (!(file instanceof PDFRawStream)) throw new Error('The bold face is not embedded');
      return Buffer.from(decodePDFRawStream(file).decode());
    };
    const titled = (title: string): TemplateDocument => {
      const doc = shipped('meeting-log');
      return { ...doc, template: { ...doc.template, title } };
    };
    const render = (title: string, alike: boolean) => renderPdf(titled(title), brand, { paper: 'a4', fonts, date, alike });
    const [first, second] = await Promise.all(['Meeting 9: 1 July 2027', 'Meeting 12: 24 August 2027'].map((title) => render(title, true).then(boldFont)));
    expect(first!.equals(second!)).toBe(true);
    const [alone, other] = await Promise.all(['Meeting 9: 1 July 2027', 'Meeting 12: 24 August 2027'].map((title) => render(title, false).then(boldFont)));
    expect(alone!.equals(other!)).toBe(false);
  });
});

/** A one-section template: a fine short text field, then `fields`. */
const withFields = (...fields: unknown[]): TemplateDocument => ({
  id: 'broken',
  template: templateSchema.parse({
    title: 'T',
    purpose: 'P',
    audience: 'both',
    phase: 'ongoing',
    minutes: 10,
    order: 1,
    sections: [{ title: 'S', guidance: 'G', fields: [{ kind: 'short-text', name: 'ok', label: 'Fine' }, ...fields] }],
  }),
});

describe('text that cannot be printed', () => {
  it('names the field whose word is too wide for its column', async () => {
    const field = { kind: 'table', name: 't', label: 'Table', columns: ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => ({ name, label: name === 'c' ? 'Responsibilityassignments' : name })) };
    await expect(renderPdf(withFields(field), brand, { paper: 'a4', fonts, date })).rejects.toThrow(
      new TemplateFieldError('sections[0].fields[1].columns[2].label', '"Responsibilityassignments" is too long to fit its place on the page (73 points wide); shorten it or break it with a space'),
    );
  });

  it('names the field with a character that no font of the PDF has', async () => {
    await expect(renderPdf(withFields({ kind: 'short-text', name: 'x', label: 'Goal 🎯' }), brand, { paper: 'a4', fonts, date })).rejects.toThrow(
      new TemplateFieldError('sections[0].fields[1].label', 'the character "🎯" cannot be printed: none of the PDF\'s fonts has it'),
    );
    // Without the fallback faces, the base font's Latin, Greek and Cyrillic are all there is.
    await expect(renderPdf(withFields({ kind: 'short-text', name: 'x', label: 'Goal 目标' }), brand, { paper: 'a4', fonts: { regular: fonts.regular, bold: fonts.bold }, date })).rejects.toThrow(
      new TemplateFieldError('sections[0].fields[1].label', 'the character "目" cannot be printed: none of the PDF\'s fonts has it'),
    );
  });
});

describe('form field names', () => {
  it('refuses two fields with one name, as a checklist option and another field can make', async () => {
    const doc = withFields({ kind: 'checklist', name: 'step', label: 'Steps', options: ['One'] }, { kind: 'short-text', name: 'step-1', label: 'First step' });
    await expect(renderPdf(doc, brand, { paper: 'a4', fonts, date })).rejects.toThrow('Two fields of the form are both called "step-1"');
  });
});
