import { unzlibSync } from 'fflate';
import { PDFDocument, PDFTextField } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/toolkit/render/pdf';
import { PdfCache } from '../../../src/toolkit/render/pdf-cache';
import { brand, fonts, shipped } from '../../helpers/templates';

const date = new Date('2026-03-01T12:00:00Z');

describe('the cache PDFs of one kit share', () => {
  it('gives every PDF the bytes it has when made alone, whatever was made with the cache before', async () => {
    const cache = new PdfCache();
    const docs = ['smart-goals', 'regular-meeting', 'smart-goals', 'meeting-log'].map(shipped);
    const shared = [];
    for (const doc of docs) shared.push(await renderPdf(doc, brand, { paper: 'a4', fonts, date, cache }));
    const alone = await Promise.all(docs.map((doc) => renderPdf(doc, brand, { paper: 'a4', fonts, date })));
    shared.forEach((bytes, i) => expect(Buffer.from(bytes).equals(Buffer.from(alone[i]!)), docs[i]!.id).toBe(true));
  });

  it('keeps fonts apart: other font bytes are parsed, measured, drawn and compressed on their own', async () => {
    const cache = new PdfCache();
    const swapped = { regular: fonts.bold, bold: fonts.regular };
    const plain = shipped('meeting-log');
    // A field filled in, with more than its box holds at the usual size: its appearance is laid out in the
    // font, which is wider in bold, under the same font name in both files.
    const form = (await PDFDocument.load(await renderPdf(plain, brand, { paper: 'a4', fonts, date }))).getForm();
    const field = form.getFields().find((f) => f instanceof PDFTextField && !f.isMultiline())!;
    const doc = { ...plain, values: { [field.getName()]: 'Wide words, '.repeat(12) } };
    await renderPdf(doc, brand, { paper: 'a4', fonts, date, cache });
    const withCache = await renderPdf(doc, brand, { paper: 'a4', fonts: swapped, date, cache });
    const alone = await renderPdf(doc, brand, { paper: 'a4', fonts: swapped, date });
    expect(Buffer.from(withCache).equals(Buffer.from(alone))).toBe(true);
  });

  it('keeps apart two files whose subsets differ only in the parts of composite glyphs', async () => {
    // The bold face builds í and ü from ı, ´ and ¨ (and more): encoding a subset of the first file adds those
    // parts to it, which makes its list of glyphs that of a second file that prints the parts themselves.
    const doc = shipped('meeting-log');
    const first = brand;
    const second = { ...brand, organization: `${brand.organization} \u0131\u00b4\u00a8E\u0384\u00ef` };
    const cache = new PdfCache();
    await renderPdf(doc, first, { paper: 'a4', fonts, date, cache });
    const withCache = await renderPdf(doc, second, { paper: 'a4', fonts, date, cache });
    const alone = await renderPdf(doc, second, { paper: 'a4', fonts, date });
    expect(Buffer.from(withCache).equals(Buffer.from(alone))).toBe(true);
  });

  it('compresses each distinct content once, as zlib data that inflates back to it', () => {
    const cache = new PdfCache();
    const text = new TextEncoder().encode('BT /F1 10 Tf (same) Tj ET');
    const first = cache.deflate(text);
    expect(cache.deflate(text.slice())).toBe(first);
    expect(unzlibSync(first)).toEqual(text);
    const other = new Uint8Array([...text.slice(0, -1), 0x80]);
    expect(unzlibSync(cache.deflate(other))).toEqual(other);
  });
});
