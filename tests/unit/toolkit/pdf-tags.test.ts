import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, type PDFObject } from 'pdf-lib';
import { AnnotationMode, OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { buildKit } from '../../../src/toolkit/kit';
import { readKitTemplates } from '../../../src/toolkit/node';
import { programSchema } from '../../../src/toolkit/program';
import { renderPdf } from '../../../src/toolkit/render/pdf';
import { readPdfWith } from '../../helpers/pdf-tools';
import { brand, choicesOf, fonts, shippedTemplates } from '../../helpers/templates';

const date = new Date('2026-03-01T12:00:00Z');

/** Operators that put marks on the page. */
const PAINTING = new Set([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke, OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText, OPS.shadingFill, OPS.paintXObject, OPS.paintImageXObject, OPS.paintFormXObjectBegin]);

/**
 * Each page's drawing as pdf.js reads it (the widgets' own appearances left out): the painting operators
 * found outside both an artifact and marked content with an identifier, and the identifiers in use.
 */
async function markedContent(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes.slice() }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const { fnArray, argsArray } = await (await pdf.getPage(n)).getOperatorList({ annotationMode: AnnotationMode.DISABLE });
    const stack: { artifact: boolean; mcid?: number }[] = [];
    let unmarked = 0;
    // Artifacts inside tagged content, or tagged content inside an artifact (Matterhorn 01-003, 01-004).
    let mixed = 0;
    const enter = (entry: { artifact: boolean; mcid?: number }) => {
      if (stack.some((outer) => (entry.artifact && outer.mcid !== undefined) || (entry.mcid !== undefined && outer.artifact))) mixed++;
      stack.push(entry);
    };
    const ids: number[] = [];
    fnArray.forEach((fn, i) => {
      const args = argsArray[i] as unknown[];
      if (fn === OPS.beginMarkedContent) enter({ artifact: args[0] === 'Artifact' });
      else if (fn === OPS.beginMarkedContentProps) {
        // pdf.js gives a sequence's identifier (MCID) in place of its properties.
        const mcid = typeof args[1] === 'number' ? args[1] : undefined;
        enter({ artifact: args[0] === 'Artifact', ...(mcid !== undefined && { mcid }) });
        if (mcid !== undefined) ids.push(mcid);
      } else if (fn === OPS.endMarkedContent) stack.pop();
      // A path made only to clip paints nothing; pdf.js gives the painting operator as the path's first argument.
      const painting = PAINTING.has(fn) || (fn === OPS.constructPath && args[0] !== OPS.endPath);
      if (painting && !stack.some((entry) => entry.artifact || entry.mcid !== undefined)) unmarked++;
    });
    pages.push({ unmarked, mixed, ids });
  }
  return pages;
}

/** The structure tree as pdf-lib reads it: each element's type and kids, in order, from the root. */
function structure(doc: PDFDocument) {
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const elements: { type: string; dict: PDFDict; ref: PDFRef; kids: PDFObject[] }[] = [];
  const walk = (ref: PDFRef) => {
    const dict = doc.context.lookup(ref, PDFDict);
    const k = dict.get(PDFName.of('K'));
    const kids = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
    elements.push({ type: dict.lookup(PDFName.of('S'), PDFName).decodeText(), dict, ref, kids });
    for (const kid of kids) if (kid instanceof PDFRef && doc.context.lookup(kid) instanceof PDFDict && doc.context.lookup(kid, PDFDict).has(PDFName.of('S'))) walk(kid);
  };
  walk(root.get(PDFName.of('K')) as PDFRef);
  const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray).asArray();
  const parentTree = new Map<number, PDFObject>();
  for (let i = 0; i < nums.length; i += 2) parentTree.set((nums[i] as PDFNumber).asNumber(), nums[i + 1]!);
  return { root, elements, parentTree };
}

/**
 * The file as other readers judge it: qpdf finds no syntax or stream error, and poppler lists every font
 * embedded, with a ToUnicode map, and each subset named as one (its tag) but the base font, embedded whole.
 */
function expectSoundFile(bytes: Uint8Array, name: string) {
  expect(readPdfWith('qpdf', ['--check'], bytes), name).toContain('No syntax or stream encoding errors found');
  const fonts = readPdfWith('pdffonts', [], bytes).trim().split('\n').slice(2).map((line) => line.trim().split(/\s+/));
  expect(fonts.length, name).toBeGreaterThan(0);
  for (const font of fonts) {
    const [fontName, , , , embedded, subset, unicode] = font;
    expect([embedded, unicode], `${name}: ${fontName}`).toEqual(['yes', 'yes']);
    expect(subset === 'yes' ? /^[A-Z]{6}\+/.test(fontName!) : fontName === 'MentorkitSans', `${name}: ${fontName}`).toBe(true);
  }
}

const pdfinfo = (args: string[], bytes: Uint8Array) => readPdfWith('pdfinfo', args, bytes);

describe.each(shippedTemplates().map((doc) => [doc.id, doc] as const))('%s as a tagged PDF', (_id, template) => {
  it.each(['a4', 'letter'] as const)('on %s paper: every mark in the tree or an artifact, every field in the tree, headings and tables as the definition has them', async (paper) => {
    const bytes = await renderPdf(template, brand, { paper, fonts, date });
    const doc = await PDFDocument.load(bytes);
    expect(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');

    // Nothing drawn outside the tree: every mark is content of an element or an artifact.
    const pages = await markedContent(bytes);
    expect(pages.map((page) => [page.unmarked, page.mixed])).toEqual(pages.map(() => [0, 0]));

    const { elements, parentTree } = structure(doc);
    const refOf = (object: PDFObject | undefined) => (object instanceof PDFRef ? object.toString() : undefined);
    // Each page's marked content leads back, through the parent tree, to the element that holds it.
    doc.getPages().forEach((page, p) => {
      expect(page.node.get(PDFName.of('Tabs'))?.toString()).toBe('/S');
      const key = (page.node.get(PDFName.of('StructParents')) as PDFNumber).asNumber();
      const owners = doc.context.lookup(parentTree.get(key)!, PDFArray).asArray();
      expect(owners.length).toBe(pages[p]!.ids.length);
      for (const id of pages[p]!.ids) {
        const owner = elements.find((element) => element.ref.toString() === refOf(owners[id]))!;
        const held = owner.kids.some((kid) => kid instanceof PDFDict && kid.get(PDFName.of('MCID'))?.toString() === String(id) && refOf(kid.get(PDFName.of('Pg'))) === page.ref.toString());
        expect(held, `page ${p + 1}, marked content ${id}`).toBe(true);
      }
    });
    // Every widget is a Form element's object, and leads back to it.
    const widgets = doc.getForm().getFields().flatMap((field) => field.acroField.getWidgets());
    expect(widgets.length).toBeGreaterThan(0);
    for (const widget of widgets) {
      const form = elements.find((element) => element.ref.toString() === refOf(parentTree.get((widget.dict.get(PDFName.of('StructParent')) as PDFNumber).asNumber())));
      expect(form?.type).toBe('Form');
      expect(form!.kids.some((kid) => kid instanceof PDFDict && doc.context.lookup(kid.get(PDFName.of('Obj'))) === widget.dict)).toBe(true);
    }
    expect(elements.filter((element) => element.type === 'Form').length).toBe(widgets.length);

    // One first-level heading, the title; then one second-level heading for each section, in order.
    const headings = elements.filter((element) => /^H\d$/.test(element.type)).map((element) => element.type);
    expect(headings).toEqual(['H1', ...template.template.sections.map(() => 'H2')]);
    // A table's first row holds its column headers, for the columns; a checklist is a list of its options.
    const tables = elements.filter((element) => element.type === 'Table');
    const tableFields = template.template.sections.flatMap((section) => section.fields.flatMap((field) => (field.kind === 'table' ? [field] : [])));
    expect(tables.length).toBe(tableFields.length);
    tableFields.forEach((field, t) => {
      const table = tables[t]!;
      const headerRow = elements.find((element) => element.ref.toString() === refOf(table.kids[0]))!;
      const cells = headerRow.kids.map((kid) => elements.find((element) => element.ref.toString() === refOf(kid))!);
      expect(cells.map((cell) => cell.type)).toEqual(field.columns.map(() => 'TH'));
      for (const cell of cells) expect(cell.dict.lookup(PDFName.of('A'), PDFDict).get(PDFName.of('Scope'))?.toString()).toBe('/Column');
      expect(table.kids.length).toBe(field.rows + 1);
    });
    // A checklist or a choice is a list of its options; a rating scale, of its values; a consent, of its one statement.
    const lists = elements.filter((element) => element.type === 'L');
    const items = template.template.sections.flatMap((section) => section.fields.flatMap((field) => (choicesOf(field).length > 0 ? [choicesOf(field).length] : [])));
    expect(lists.map((list) => list.kids.length)).toEqual(items);
    // Each item a label, then its body, which holds the item's box or button where it has one.
    for (const item of elements.filter((element) => element.type === 'LI')) {
      expect(item.kids.map((kid) => elements.find((element) => element.ref.toString() === refOf(kid))?.type)).toEqual(['Lbl', 'LBody']);
    }

    // poppler reads the tree too: the title under the first heading, and the page's furniture left out.
    const tree = pdfinfo(['-struct-text'], bytes);
    expect(tree).toMatch(new RegExp(`H1 \\(block\\)\\n\\s+"${template.template.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    expect(tree).not.toContain(brand.siteUrl);
    expect(pdfinfo([], bytes)).toMatch(/Tagged:\s+yes/);
    expectSoundFile(bytes, template.id);
  });
});

describe('the PDFs of a 52-week kit whose people have Arabic and Chinese names', () => {
  it('are tagged: every mark in the tree or an artifact, every field a Form element, names in their elements', async () => {
    const program = programSchema.parse({
      ...JSON.parse(readFileSync('examples/program.json', 'utf8')),
      weeks: 52,
      cadence: 'weekly',
      program: 'برنامج الإرشاد 2026',
      organization: '李明导师协会',
      mentor: 'محمد عبد الله',
      mentee: '张伟',
    });
    const files = unzipSync(await buildKit({ program, templates: readKitTemplates('src/content/templates'), fonts, color: '#1d4ed8', siteUrl: 'https://mentoring.example.org' }));
    const pdfs = Object.entries(files).filter(([name]) => name.endsWith('.pdf'));
    expect(pdfs.length).toBe(55);
    for (const [name, bytes] of pdfs) {
      const pages = await markedContent(bytes);
      expect(pages.map((page) => [page.unmarked, page.mixed]), name).toEqual(pages.map(() => [0, 0]));
      const doc = await PDFDocument.load(bytes);
      for (const widget of doc.getForm().getFields().flatMap((field) => field.acroField.getWidgets())) expect(widget.dict.has(PDFName.of('StructParent')), name).toBe(true);
      expect(pdfinfo([], bytes), name).toMatch(/Tagged:\s+yes/);
      expectSoundFile(bytes, name);
    }
    // A name drawn in a fallback face is text of its element, as poppler reads the tree. Arabic needs no
    // Span: its glyphs, drawn right to left, map to their letters (poppler's tree gives them in drawing
    // order), and pdftotext reads them back in reading order.
    const agreementBytes = pdfs.find(([name]) => name.endsWith('mentoring-agreement.pdf'))![1];
    const agreement = pdfinfo(['-struct-text'], agreementBytes);
    expect(agreement).toMatch(/P \(block\)\n\s+"Mentee: 张伟"/);
    expect(agreement).toMatch(/P \(block\)\n(\s+"[^"]+"\n)*\s+"[^"]*, 李明导师协会\."/);
    expect(structure(await PDFDocument.load(agreementBytes)).elements.filter((element) => element.type === 'Span')).toEqual([]);
    const read = readPdfWith('pdftotext', ['-enc', 'UTF-8'], agreementBytes).replace(/[\u202a-\u202e]/g, '');
    expect(read).toContain('محمد عبد الله');
    expect(read).toContain('برنامج الإرشاد');
  }, 120_000);
});
