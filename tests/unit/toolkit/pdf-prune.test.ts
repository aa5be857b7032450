import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/toolkit/render/pdf';
import { removeUnreachableObjects } from '../../../src/toolkit/render/pdf-prune';
import { brand, fonts, shippedTemplates } from '../../helpers/templates';

const date = new Date('2026-03-01T12:00:00Z');

describe.each(shippedTemplates().map((doc) => [doc.id, doc] as const))('%s as a PDF', (_id, doc) => {
  it('holds only objects that the document uses, and an appearance for every widget', async () => {
    const bytes = await renderPdf({ ...doc, values: { 'next-date': '2026-03-09' } }, brand, { paper: 'a4', fonts, date });
    const loaded = await PDFDocument.load(bytes);
    const count = () => loaded.context.enumerateIndirectObjects().length;
    const before = count();
    removeUnreachableObjects(loaded.context);
    expect(count()).toBe(before);
    // Nothing drawn in the standard Helvetica: the fields use the embedded font.
    expect(new TextDecoder('latin1').decode(bytes)).not.toMatch(/Helvetica/);
    for (const field of loaded.getForm().getFields()) {
      for (const widget of field.acroField.getWidgets()) expect(widget.getAppearances()?.normal, field.getName()).toBeDefined();
    }
  });
});

it('removes what nothing refers to, and keeps what the catalog and the document information reach', async () => {
  const doc = await PDFDocument.create();
  doc.setTitle('Kept');
  doc.addPage();
  const orphan = doc.context.register(doc.context.obj({ Unused: true }));
  const kept = doc.context.register(doc.context.obj({ Used: true }));
  doc.catalog.set(PDFName.of('Extra'), kept);
  removeUnreachableObjects(doc.context);
  expect(doc.context.lookup(orphan)).toBeUndefined();
  expect(doc.context.lookup(kept)).toBeDefined();
  expect(doc.getTitle()).toBe('Kept');
  expect(doc.getPageCount()).toBe(1);
});
