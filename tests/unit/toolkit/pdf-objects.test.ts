import { PDFArray, PDFDict, PDFDocument, PDFRef, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/toolkit/render/pdf';
import { brand, fonts, shippedTemplates } from '../../helpers/templates';

const date = new Date('2026-03-01T12:00:00Z');

/** The objects that the catalog and the document information lead to. */
function reachable(context: PDFContext): Set<PDFRef> {
  const reached = new Set<PDFRef>();
  const pending: (PDFObject | undefined)[] = [context.trailerInfo.Root, context.trailerInfo.Info];
  while (pending.length > 0) {
    const object = pending.pop();
    if (object instanceof PDFRef && !reached.has(object)) {
      reached.add(object);
      pending.push(context.lookup(object));
    } else if (object instanceof PDFDict) pending.push(...object.values());
    else if (object instanceof PDFArray) pending.push(...object.asArray());
    else if (object instanceof PDFStream) pending.push(object.dict);
  }
  return reached;
}

describe.each(shippedTemplates().map((doc) => [doc.id, doc] as const))('%s as a PDF', (_id, doc) => {
  it('holds only objects that the document uses, and one appearance for every widget', async () => {
    const bytes = await renderPdf({ ...doc, values: { 'next-date': '2026-03-09' } }, brand, { paper: 'a4', fonts, date });
    const loaded = await PDFDocument.load(bytes);
    // Each text field's appearance is drawn once, with its font size and value, and nothing is left over.
    const used = reachable(loaded.context);
    expect(loaded.context.enumerateIndirectObjects().filter(([ref]) => !used.has(ref)).map(([ref]) => ref.toString())).toEqual([]);
    // Nothing in the standard Helvetica: the fields use the embedded font.
    expect(new TextDecoder('latin1').decode(bytes)).not.toMatch(/Helvetica/);
    const fields = loaded.getForm().getFields();
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      // A stream for a text field; one per state (on, off) for boxes to tick.
      const widgets = field.acroField.getWidgets();
      expect(widgets.length, field.getName()).toBeGreaterThan(0);
      for (const widget of widgets) expect(widget.getAppearances()?.normal, field.getName()).toBeDefined();
    }
  });
});
