import {
  AlignmentType,
  BorderStyle,
  CheckBox,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { audienceOf, fieldLabel, sectionHeading, type Branding, type Field, type TemplateDocument, type Terms } from '../template';
import { wordsFor, type DocumentWords } from '../words';
import { directionRuns, isRightToLeftParagraph } from './bidi';
import { renderZip } from './zip';

export interface DocxPart {
  path: string;
  data: Uint8Array;
}

/** Latin text in Calibri; Word picks its own font for Arabic, Chinese, Devanagari and other scripts. */
const FONT = { ascii: 'Calibri', hAnsi: 'Calibri' };

/** The font of right-to-left runs: Arial has Arabic and Hebrew on Windows and macOS. */
export const COMPLEX_SCRIPT_FONT = 'Arial';

/**
 * `text` as Word runs, one per direction: a right-to-left stretch (an Arabic or Hebrew name) is marked as
 * such, in a complex-script font, so that Word orders its spaces, digits and punctuation as the reader expects.
 */
const runs = (text: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun[] =>
  directionRuns(text).map((run) => new TextRun({ ...options, text: run.text, ...(run.rtl && { rightToLeft: true, font: { cs: COMPLEX_SCRIPT_FONT } }) }));
/** A paragraph in the document's direction: a right-to-left document's start on the right of the page. */
const paragraph = (words: DocumentWords, options: IParagraphOptions = {}): Paragraph =>
  new Paragraph(words.direction === 'rtl' ? { bidirectional: true, ...options } : options);

const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '8C939F' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/** A bordered box to write in: a one-cell table, `lines` lines high, holding `value` if it is known. */
function box(words: DocumentWords, lines: number, value: string | undefined, widthPercent = 100): Table {
  // What people typed reads in its own direction, as the form's fields do (dir="auto").
  const paragraphs =
    value === undefined ? Array.from({ length: lines }, () => paragraph(words)) : [new Paragraph({ children: runs(value), ...(isRightToLeftParagraph(value) && { bidirectional: true }) })];
  return new Table({
    ...(words.direction === 'rtl' && { visuallyRightToLeft: true }),
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ children: [new TableCell({ borders: BORDERS, children: paragraphs })] })],
  });
}

/** A table with a header row and `rows` empty rows, each cell `lines` lines high. */
function grid(words: DocumentWords, headers: string[], rows: number, lines = 1): Table {
  const header = new TableRow({
    tableHeader: true,
    children: headers.map((text) => new TableCell({ borders: BORDERS, children: [paragraph(words, { style: 'FieldLabel', children: runs(text) })] })),
  });
  const empty = () =>
    new TableRow({ children: headers.map(() => new TableCell({ borders: BORDERS, children: Array.from({ length: lines }, () => paragraph(words)) })) });
  return new Table({ ...(words.direction === 'rtl' && { visuallyRightToLeft: true }), width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...Array.from({ length: rows }, empty)] });
}

function field(f: Field, value: string | undefined, words: DocumentWords, terms: Terms | undefined): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [paragraph(words, { style: 'FieldLabel', keepNext: true, children: runs(fieldLabel(f, words, terms)) })];
  if (f.help) out.push(paragraph(words, { style: 'Guidance', keepNext: true, children: runs(f.help) }));
  switch (f.kind) {
    case 'short-text':
      out.push(box(words, 1, value));
      break;
    case 'long-text':
      out.push(box(words, f.lines, value));
      break;
    case 'date':
      out.push(box(words, 1, value, 35));
      break;
    case 'checklist':
      for (const option of f.options) out.push(paragraph(words, { children: [new CheckBox({ checked: false }), ...runs(` ${option}`)] }));
      break;
    case 'rating': {
      const values = Array.from({ length: f.max - f.min + 1 }, (_, i) => f.min + i);
      out.push(
        paragraph(words, {
          children: [
            ...runs(`${f.lowLabel}  `),
            ...values.flatMap((value) => [new CheckBox({ checked: false }), new TextRun(` ${value}   `)]),
            ...runs(` ${f.highLabel}`),
          ],
        }),
      );
      break;
    }
    case 'choice':
      out.push(paragraph(words, { children: f.options.flatMap((point, i) => [new CheckBox({ checked: false }), ...runs(` ${point}${i < f.options.length - 1 ? '    ' : ''}`)]) }));
      break;
    case 'consent':
      out.push(paragraph(words, { children: [new CheckBox({ checked: false }), ...runs(` ${f.statement}`)] }));
      break;
    case 'table':
      out.push(grid(words, f.columns.map((column) => column.label), f.rows, f.lines));
      break;
    case 'signature':
      out.push(grid(words, [words.signature, words.date], 1));
      break;
  }
  out.push(paragraph(words));
  return out;
}

/**
 * The template as a Word document: real headings, tables and clickable checkboxes, and named styles
 * (Heading 1 and 2, Field label, Guidance) that a person can change in Word to restyle the whole file.
 */
export async function renderDocx(doc: TemplateDocument, brand: Branding, options: { date: Date }): Promise<Uint8Array> {
  return renderZip(await docxParts(doc, brand, options), options.date);
}

/** The files inside renderDocx's package, in their order. */
export async function docxParts(document: TemplateDocument, brand: Branding, options: { date: Date }): Promise<DocxPart[]> {
  const { id, template, values = {} } = document;
  const words = wordsFor(brand.lang);
  const color = brand.color.replace('#', '');
  const doc = new Document({
    title: template.title,
    subject: template.purpose,
    creator: brand.organization,
    lastModifiedBy: brand.organization,
    description: template.purpose,
    keywords: [words.mentoring, words.phases[template.phase], id].join(', '),
    revision: 1,
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: words.direction === 'rtl' ? { value: brand.lang, bidirectional: brand.lang } : { value: brand.lang } } },
        heading1: { run: { font: FONT, size: 36, bold: true, color }, paragraph: { spacing: { after: 120 } } },
        heading2: { run: { font: FONT, size: 28, bold: true, color: '1B1E23' }, paragraph: { spacing: { before: 320, after: 80 }, keepNext: true } },
      },
      paragraphStyles: [
        { id: 'FieldLabel', name: 'Field label', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true }, paragraph: { spacing: { before: 120, after: 60 } } },
        { id: 'Guidance', name: 'Guidance', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, color: '4A5260' }, paragraph: { spacing: { after: 120 } } },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [paragraph(words, { children: runs(brand.organization, { bold: true, color }) })] }) },
        footers: {
          default: new Footer({
            children: [
              paragraph(words, {
                alignment: AlignmentType.END,
                children: [...runs(`${brand.siteUrl} · ${template.title} · ${words.page} `), new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: [
          paragraph(words, { heading: HeadingLevel.HEADING_1, children: runs(template.title) }),
          paragraph(words, { children: runs(template.purpose) }),
          paragraph(words, {
            style: 'Guidance',
            children: runs(`${words.whoFillsItIn}: ${audienceOf(document, words)} · ${words.when}: ${words.phases[template.phase]} · ${words.timeNeeded}: ${words.minutes(template.minutes)}`),
          }),
          ...template.sections.flatMap((section) => [
            paragraph(words, { heading: HeadingLevel.HEADING_2, children: runs(sectionHeading(section, words)) }),
            paragraph(words, { style: 'Guidance', children: runs(section.guidance) }),
            ...section.fields.flatMap((f) => field(f, values[f.name], words, document.terms)),
          ]),
        ],
      },
    ],
  });
  return settle(new Uint8Array(await Packer.toArrayBuffer(doc)), options.date);
}

/**
 * The docx library stamps the current time into docProps/core.xml and into the ZIP entries; set the first
 * to `date` (renderZip dates the entries) so that the same input gives the same bytes.
 */
function settle(docx: Uint8Array, date: Date): DocxPart[] {
  const parts = unzipSync(docx);
  const core = parts['docProps/core.xml'];
  if (core) {
    const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    parts['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`));
  }
  return Object.entries(parts).map(([path, data]) => ({ path, data }));
}
