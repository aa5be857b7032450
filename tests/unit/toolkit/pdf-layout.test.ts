import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { kitDocuments } from '../../../src/toolkit/kit';
import { paperOf } from '../../../src/toolkit/locale';
import { readKitTemplates } from '../../../src/toolkit/node';
import { planSessions } from '../../../src/toolkit/plan';
import { programSchema } from '../../../src/toolkit/program';
import { renderPdf, type Paper } from '../../../src/toolkit/render/pdf';
import { PdfCache } from '../../../src/toolkit/render/pdf-cache';
import { controlName, fieldLabel, sectionHeading, type Field, type TemplateDocument } from '../../../src/toolkit/template';
import { wordsFor } from '../../../src/toolkit/words';
import { brand, fonts, shippedTemplates } from '../../helpers/templates';

const date = new Date('2026-03-01T12:00:00Z');
/** One writing line, and the room around the lines of a box (render/pdf.ts draws the same). */
const LINE = 14;

/** The form controls of a field, by name, in the order they are drawn. */
function controlsOf(f: Field): string[] {
  switch (f.kind) {
    case 'checklist':
      return f.options.map((_, i) => controlName.option(f, i + 1));
    case 'table':
      return Array.from({ length: f.rows }, (_, r) => f.columns.map((column) => controlName.cell(f, r + 1, column))).flat();
    case 'signature':
      return [controlName.signature(f), controlName.signedOn(f)];
    default:
      return [f.name];
  }
}

interface Widget {
  fieldName: string;
  rect: number[];
  multiLine?: boolean;
}

/** Each page as pdf.js (independent of pdf-lib) reads it: its form widgets and its text, with heights. */
async function pagesOf(bytes: Uint8Array) {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  const pages = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const widgets = ((await page.getAnnotations()) as Widget[]).filter((a) => a.fieldName);
    const text = (await page.getTextContent()).items.flatMap((item) => ('str' in item && item.str.trim() ? [{ str: item.str.trim(), y: item.transform[5] as number }] : []));
    pages.push({ widgets, text });
  }
  await task.destroy();
  return pages;
}

/**
 * What the issue asks of every printed document, read back from its pages: a label on the page of its
 * box, a heading on the page of its first field, no page of a single field, signatures on the page of a
 * term they sign, and room to write (four lines for an answer, a table's own lines per cell).
 */
async function expectGoodLayout({ id, template }: TemplateDocument, bytes: Uint8Array) {
  const pages = await pagesOf(bytes);
  const pageOf = (control: string) => pages.findIndex((page) => page.widgets.some((w) => w.fieldName === control));
  const fields = template.sections.flatMap((section) => section.fields);

  for (const f of fields) {
    const first = controlsOf(f)[0]!;
    const page = pageOf(first);
    expect(page, `${id}: ${first}`).toBeGreaterThanOrEqual(0);
    // The label's last line sits just above the field's first box, on its page.
    const top = Math.max(...pages[page]!.widgets.filter((w) => w.fieldName === first).map((w) => w.rect[3]!));
    const above = pages[page]!.text.filter((t) => t.y > top && t.y < top + 40).map((t) => t.str);
    expect(above.some((str) => str.length >= 3 && `${fieldLabel(f, wordsFor('en'))} ${f.help ?? ''}`.includes(str)), `${id}: the label of ${f.name} above its box on page ${page + 1}: ${above.join(' | ')}`).toBe(true);

    // Room to write.
    const boxes = pages.flatMap((p) => p.widgets).filter((w) => controlsOf(f).includes(w.fieldName));
    const heights = boxes.map((w) => w.rect[3]! - w.rect[1]!);
    if (f.kind === 'long-text') expect(Math.min(...heights), `${id}: ${f.name}`).toBeGreaterThanOrEqual(4 * LINE);
    if (f.kind === 'table' && f.lines > 1) expect(Math.min(...heights), `${id}: ${f.name}`).toBeGreaterThanOrEqual(f.lines * LINE);
  }

  template.sections.forEach((section) => {
    const heading = sectionHeading(section, wordsFor('en'));
    const page = pages.findIndex((p) => p.text.some((t) => heading.startsWith(t.str) && t.str.length >= Math.min(heading.length, 6)));
    expect(page, `${id}: ${heading}`).toBe(pageOf(controlsOf(section.fields[0]!)[0]!));
  });

  pages.forEach((page, p) => {
    const on = fields.filter((f) => controlsOf(f).some((control) => page.widgets.some((w) => w.fieldName === control)));
    if (pages.length > 1) expect(on.length, `${id}: page ${p + 1} of ${pages.length} holds ${on.map((f) => f.name).join(', ')}`).toBeGreaterThanOrEqual(2);
    if (on.some((f) => f.kind === 'signature')) expect(on.some((f) => f.kind !== 'signature'), `${id}: signatures alone on page ${p + 1}`).toBe(true);
  });
}

describe.each(['a4', 'letter'] as const)('laid-out pages on %s paper', (paper: Paper) => {
  it.each(shippedTemplates().map((doc) => [doc.id, doc] as const))('%s', async (_id, doc) => {
    await expectGoodLayout(doc, await renderPdf(doc, brand, { paper, fonts, date }));
  });

  it('every printed document of a 52-week kit', async () => {
    const program = programSchema.parse({
      program: 'Spring mentoring circle',
      organization: 'Mentorkit Mentoring Network',
      mentor: 'Amina Haddad',
      mentee: 'Luca Bianchi',
      start: '2027-01-04',
      weeks: 52,
      cadence: 'weekly',
      time: '17:30',
      timeZone: paper === 'letter' ? 'America/Chicago' : 'Europe/Rome',
      locale: paper === 'letter' ? 'en-US' : 'en-GB',
      minutes: 45,
      format: 'in-person',
      location: 'Room 4',
      focus: ['career-guidance', 'personal-growth'],
      goals: 'grow',
    });
    expect(paperOf(program.locale, program.timeZone)).toBe(paper);
    const inputs = { program, templates: readKitTemplates('src/content/templates'), fonts, color: '#1d4ed8', siteUrl: 'https://mentoring.example.org' };
    const { documents, log } = kitDocuments(inputs, planSessions(program));
    const cache = new PdfCache();
    const printed = [...documents, log];
    expect(printed.length).toBe(52 + 3);
    for (const { doc } of printed) {
      const bytes = await renderPdf(doc, { ...brand, organization: program.organization }, { paper, fonts, date, cache, breakLongWords: true });
      await expectGoodLayout(doc, bytes);
    }
  }, 240_000);
});
