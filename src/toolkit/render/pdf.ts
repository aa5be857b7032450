import {
  PDFAcroCheckBox,
  PDFAcroRadioButton,
  PDFAcroText,
  PDFCheckBox,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRadioGroup,
  PDFRef,
  PDFTextField,
  TextAlignment,
  beginMarkedContent,
  clip,
  endMarkedContent,
  endPath,
  fillAndStroke,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingColor,
  setFontAndSize,
  setLineWidth,
  setStrokingColor,
  type PDFAcroTerminal,
  type PDFField,
  type PDFFont,
  type PDFOperator,
  type PDFForm,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { parseHex } from '../color';
import { asSfnt, faceFor, type FallbackFace, type FallbackFonts } from '../fonts';
import { audienceOf, fieldLabel, sectionHeading, TemplateFieldError, controlName, type Branding, type Field, type Template, type TemplateDocument } from '../template';
import { wordsFor, type DocumentWords } from '../words';
import { PdfCache } from './pdf-cache';
import { StructureTree, type StructureElement, type StructureType } from './pdf-tags';
import { isRightToLeftParagraph, type Direction } from './bidi';
import { Typesetter, type ShapingFont, type SpanMarks, type TypesetFace, type Weight } from './pdf-text';
import { xmpPacket, type XmpFields } from './xmp';

/** Paper sizes in PDF points (1/72 inch). */
export const PAPER = {
  a4: { label: 'A4', width: 595.28, height: 841.89 },
  letter: { label: 'US Letter', width: 612, height: 792 },
} as const;
export type Paper = keyof typeof PAPER;

export interface PdfFonts {
  /**
   * TrueType bytes of the regular and the bold face, already cut down to the printable characters
   * (see toolkit/node.ts): each PDF embeds them whole, so what people type in Latin, Greek or Cyrillic
   * always has its glyphs.
   */
  regular: Uint8Array;
  bold: Uint8Array;
  /** The faces for every other script (see fonts.ts); without them, text must stay within the base font. */
  fallback?: FallbackFonts;
}

export interface PdfOptions {
  paper: Paper;
  fonts: PdfFonts;
  /** Creation date written into the file; fixed, so that the same input gives the same bytes. */
  date: Date;
  /**
   * Break a word too wide for its line instead of refusing it: for documents that carry what people
   * typed (a program's names, a long link). Template definitions leave it off, so that their text is
   * checked to fit.
   */
  breakLongWords?: boolean;
  /** Shared by PDFs made together with the same fonts (see PdfCache); by default, one for this file alone. */
  cache?: PdfCache;
  /**
   * Made with many files alike but for a few words, such as a kit's agendas, whose titles carry their
   * dates: the bold subset then starts with the ASCII letters and digits, in code order. A subset lists its
   * glyphs in the order a file first draws them, so each agenda made a subset of its own, encoded and
   * compressed anew; this way they share one through the cache (a 52-week kit built about a tenth sooner in
   * paired runs, for about 1 KB more a file). Files that differ throughout, such as the template set, gain
   * nothing from it.
   */
  alike?: boolean;
}

const MARGIN = 54;
/**
 * Heights in points of what the layout both reserves (to keep a label with its box) and draws: one place,
 * so that the two cannot drift apart.
 */
const HEIGHT = { textBox: 20, tableRow: 22, signatureBox: 22, writingLine: 14 } as const;
/** A long answer's box: its lines of writing and a little room. */
const longTextHeight = (lines: number) => lines * HEIGHT.writingLine + 6;
/** A table's row: one line of writing, or a cell that wraps several. */
const tableRowHeight = (f: { lines: number }) => (f.lines === 1 ? HEIGHT.tableRow : longTextHeight(f.lines) + 2);
/** A checklist option of `lines` lines. */
const optionHeight = (lines: number) => lines * 13 + 4;
const INK = rgb(0.1, 0.11, 0.13);
const MUTED = rgb(0.32, 0.35, 0.4);
const LINE = rgb(0.55, 0.58, 0.63);
const FIELD_BACKGROUND = rgb(0.96, 0.97, 0.98);
const SIZE = { title: 18, heading: 13, label: 10, body: 10, small: 8 } as const;
/** A signature: its boxes, then the small "Signature" and "Date" under them. */
const SIGNATURE_HEIGHT = HEIGHT.signatureBox + 2 + SIZE.small + 2;
/** A rating scale: the values over their buttons, then the meanings of its ends. */
const RATING_BUTTONS = 36;
const RATING_HEIGHT = RATING_BUTTONS + SIZE.small + 2;
/** A choice: a column for each option, its button over its words. */
const CHOICE_BUTTON = 12;
const CHOICE_COLUMN = 96;
const choiceLineHeight = SIZE.small * 1.25;
/** The space after each field. */
const FIELD_GAP = 10;

function brandRgb(hex: string): RGB {
  const [r, g, b] = parseHex(hex);
  return rgb(r / 255, g / 255, b / 255);
}

/** The direction `text` reads in on its own: that of its first letter with one, as `dir="auto"`. */
const ownDirection = (text: string): Direction => (isRightToLeftParagraph(text) ? 'rtl' : 'ltr');

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Lays the template out top to bottom, adding pages as it goes. */
class Layout {
  page!: PDFPage;
  y = 0;
  readonly width: number;
  private readonly fieldNames = new Set<string>();
  /** Fields whose value needs more than the base font: their appearance is drawn after pdf-lib's (see fieldAppearances). */
  private readonly richValues: { field: PDFTextField; value: string; multiline: boolean }[] = [];

  constructor(
    readonly doc: PDFDocument,
    readonly form: PDFForm,
    readonly type: Typesetter,
    readonly cache: PdfCache,
    readonly paper: (typeof PAPER)[Paper],
    readonly brand: RGB,
    readonly tags: StructureTree,
    readonly words: DocumentWords,
    readonly values: Record<string, string> = {},
    readonly breakLongWords = false,
  ) {
    this.width = paper.width - 2 * MARGIN;
    this.newPage();
  }

  /** Where a page's content starts, under the running header, and where it must end, above the footer. */
  private get top(): number {
    return this.paper.height - MARGIN - 16;
  }
  private readonly bottom = MARGIN + 24;

  newPage(): void {
    this.page = this.doc.addPage([this.paper.width, this.paper.height]);
    this.y = this.top;
  }

  /** Whether `height` points still fit above the footer of this page. */
  fits(height: number): boolean {
    return this.y - height >= this.bottom;
  }

  /** Starts a new page unless `height` points still fit above the footer. */
  need(height: number): void {
    if (!this.fits(height)) this.newPage();
  }

  /** Fails, naming the definition's field, when no font of the PDF draws a character of `text`. */
  checkGlyphs(text: string, path: string): void {
    for (const char of text) {
      if (!this.type.covers(char)) throw new TemplateFieldError(path, `the character "${char}" cannot be printed: none of the PDF's fonts has it`);
    }
  }

  /** Width of `text` at `size` points. */
  measure(weight: Weight, text: string, size: number): number {
    return this.type.width(text, weight, size);
  }

  /**
   * Where on the page a thing `width` points wide goes whose start is `x` points from the left edge as a
   * left-to-right page lays it out: there, or mirrored on a right-to-left page, whose lines, boxes, table
   * columns and scales start on the right.
   */
  left(x: number, width: number): number {
    return this.words.direction === 'rtl' ? this.paper.width - x - width : x;
  }

  /**
   * One line of `text` drawn on `page`, its start at `x` as left() places it; its characters ordered as a
   * line of the document's direction, or of its own (`auto`: a name, an address), as `dir="auto"` does.
   */
  drawLine(page: PDFPage, text: string, options: { x: number; y: number; size: number; weight: Weight; color: RGB; auto?: boolean }, spans?: SpanMarks): void {
    const { auto, ...line } = options;
    const direction = auto ? ownDirection(text) : this.words.direction;
    const x = this.left(line.x, this.words.direction === 'rtl' ? this.type.width(text, line.weight, line.size, direction) : 0);
    this.type.draw(page, text, { ...line, x, direction }, spans);
  }

  /** Draws one line of `text` on the current page, its start at `x` and its baseline at `y`, as content of `element`. */
  text(element: StructureElement, text: string, options: { x: number; y: number; size: number; weight?: Weight; color: RGB }): void {
    this.tags.content(this.page, element, (spans) => this.drawLine(this.page, text, { weight: 'regular', ...options }, spans));
  }

  /** Draws a rule of the layout (an artifact): a filled rectangle. */
  rule(options: { x: number; y: number; width: number; height: number; color: RGB }): void {
    this.tags.artifact(this.page, 'Layout', () => this.page.drawRectangle(options));
  }

  // Layout measures each text twice (to keep it with what follows, then to draw it): once is enough.
  private readonly wrapped = new Map<string, string[]>();

  /** `text` broken into lines of at most `width` points; a single word wider than that cannot fit. */
  wrap(text: string, weight: Weight, size: number, width: number, path: string): string[] {
    const key = `${weight}\u0000${size}\u0000${width}\u0000${text}`;
    let lines = this.wrapped.get(key);
    if (!lines) {
      lines = this.breakLines(text, weight, size, width, path);
      this.wrapped.set(key, lines);
    }
    return lines;
  }

  private breakLines(text: string, weight: Weight, size: number, width: number, path: string): string[] {
    this.checkGlyphs(text, path);
    const lines: string[] = [];
    let line = '';
    const words = text.split(/\s+/).filter(Boolean).flatMap((word) => {
      if (this.measure(weight, word, size) <= width) return [word];
      if (!this.breakLongWords) {
        throw new TemplateFieldError(path, `"${word}" is too long to fit its place on the page (${Math.round(width)} points wide); shorten it or break it with a space`);
      }
      // Cut the word into pieces that fit, between characters as people see them (a letter with its marks,
      // a Devanagari syllable), so that none is cut in two.
      const pieces = [''];
      for (const { segment } of graphemes.segment(word)) {
        if (pieces.at(-1) && this.measure(weight, pieces.at(-1)! + segment, size) > width) pieces.push('');
        pieces[pieces.length - 1] += segment;
      }
      return pieces;
    });
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (this.measure(weight, candidate, size) <= width) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
    return lines;
  }

  /** The height paragraph() takes for `text`, its gap included. */
  paragraphHeight(text: string, path: string, { weight = 'regular' as Weight, size = SIZE.body as number, gap = 4, indent = 0 } = {}): number {
    return this.wrap(text, weight, size, this.width - indent, path).length * size * 1.3 + gap;
  }

  /**
   * Draws wrapped text at the current position, as an element of `type` (a paragraph unless said) under
   * `parent`, and moves below it.
   */
  paragraph(
    text: string,
    path: string,
    { weight = 'regular' as Weight, size = SIZE.body as number, color = INK, gap = 4, indent = 0, type = 'P' as StructureType, parent = this.tags.root } = {},
  ): void {
    const element = this.tags.element(type, parent);
    const lineHeight = size * 1.3;
    for (const line of this.wrap(text, weight, size, this.width - indent, path)) {
      this.need(lineHeight);
      this.text(element, line, { x: MARGIN + indent, y: this.y - size, size, weight, color });
      this.y -= lineHeight;
    }
    this.y -= gap;
  }

  /**
   * Puts each widget of `field`, on the current page, in the tree: a Form element under `parent`, or under
   * the parent given for the widget's place among the field's widgets (a radio button's list item).
   */
  private formElements(field: PDFField, parent: StructureElement | ((index: number) => StructureElement)): void {
    const widgets = field.acroField.getWidgets();
    const refs = field.acroField.Kids()?.asArray() ?? [];
    widgets.forEach((widget, i) => {
      const ref = refs[i];
      if (ref instanceof PDFRef) this.tags.widget(this.tags.element('Form', typeof parent === 'function' ? parent(i) : parent), { dict: widget.dict, ref }, this.page);
    });
  }

  /**
   * The tooltip (TU) is a field's accessible name for screen readers and its hover text. Readers look
   * for it on the field and on its widgets (pdf.js reads only the widget), so both carry it; call this
   * after the widgets are on the page.
   */
  private tooltip(field: PDFField, text: string): void {
    const value = PDFHexString.fromText(text);
    field.acroField.dict.set(PDFName.of('TU'), value);
    for (const widget of field.acroField.getWidgets()) widget.dict.set(PDFName.of('TU'), value);
  }

  /**
   * Adds `acro` to the form as a field called `name`. pdf-lib's createTextField and the like compare the
   * name with every field so far, decoding each one's (time that grows with the square of the fields);
   * here a set of the names does.
   */
  private addField<A extends PDFAcroTerminal, F>(name: string, acro: A & { ref: PDFRef }, wrap: (acro: A, ref: PDFRef, doc: PDFDocument) => F): F {
    if (this.fieldNames.has(name)) throw new Error(`Two fields of the form are both called "${name}"`);
    this.fieldNames.add(name);
    acro.setPartialName(name);
    this.form.acroForm.addField(acro.ref);
    return wrap(acro, acro.ref, this.doc);
  }

  textBox(parent: StructureElement, name: string, tooltip: string, x: number, width: number, height: number, multiline = false): void {
    const field = this.addField(name, PDFAcroText.create(this.doc.context), PDFTextField.of);
    if (multiline) field.enableMultiline();
    // Font size and value are set before the field is placed, which draws its appearance: set afterwards,
    // pdf-lib would draw it a second time. Fixed size for paragraphs; 0 (auto) lets a single line shrink
    // to fit what was typed.
    const regular = this.type.baseFont('regular');
    field.acroField.setDefaultAppearance(setFontAndSize(regular.name, multiline ? SIZE.body : 0).toString());
    if (this.words.direction === 'rtl') field.setAlignment(TextAlignment.Right);
    this.cache.rememberTextFieldAppearance(field);
    const value = this.values[name];
    if (value !== undefined) {
      this.checkGlyphs(value, `values.${name}`);
      field.setText(value);
      if (!this.type.isPlain(value, 'regular')) this.richValues.push({ field, value, multiline });
    }
    field.addToPage(this.page, {
      x: this.left(x, width),
      y: this.y - height,
      width,
      height,
      font: regular,
      textColor: INK,
      backgroundColor: FIELD_BACKGROUND,
      borderColor: LINE,
      borderWidth: 0.75,
    });
    this.form.markFieldAsClean(field.ref);
    this.tooltip(field, tooltip);
    this.formElements(field, parent);
  }

  /**
   * Redraws the appearance of each field whose value needs a fallback face: pdf-lib draws a field's value
   * in one font, which would show boxes for every character the base font lacks.
   */
  richValueAppearances(): void {
    const { direction } = this.words;
    // What was typed reads in its own direction (as dir="auto"); in a right-to-left document, what was typed lines up on the right of its box, as the box's quadding says.
    const start = (inner: number, line: string, size: number) => (direction === 'rtl' ? inner - this.type.width(line, 'regular', size, ownDirection(line)) : 0);
    for (const { field, value, multiline } of this.richValues) {
      for (const widget of field.acroField.getWidgets()) {
        const { width, height } = widget.getRectangle();
        const fonts = new Map<PDFFont, PDFName>();
        const fontKey = (font: PDFFont) => fonts.get(font) ?? (fonts.set(font, PDFName.of(`F${fonts.size}`)), fonts.get(font)!);
        // Within the border and a point of padding, as pdf-lib lays out the fields it draws.
        const inset = 1.75;
        const inner = { width: width - 2 * inset, height: height - 2 * inset };
        const base = this.type.baseFont('regular');
        let text: PDFOperator[];
        if (multiline) {
          const lineHeight = base.heightAtSize(SIZE.body) * 1.2;
          const lines = this.wrap(value, 'regular', SIZE.body, inner.width, `values.${field.getName()}`);
          text = lines.flatMap((line, i) =>
            this.type.operators(line, { x: inset + start(inner.width, line, SIZE.body), y: height - inset - lineHeight * (i + 1) + base.heightAtSize(SIZE.body) * 0.25, size: SIZE.body, weight: 'regular', color: INK, direction: ownDirection(line) }, fontKey),
          );
        } else {
          // pdf-lib's automatic size: the largest whole size at which the line fits the box.
          let size = 4;
          while (size < 500 && this.type.width(value, 'regular', size + 1) < inner.width && base.heightAtSize(size + 1) * 1.2 <= inner.height) size++;
          const y = inset + inner.height / 2 - base.heightAtSize(size, { descender: false }) / 2;
          text = this.type.operators(value, { x: inset + start(inner.width, value, size), y, size, weight: 'regular', color: INK, direction: ownDirection(value) }, fontKey);
        }
        const operators = [
          pushGraphicsState(),
          setFillingColor(FIELD_BACKGROUND),
          setStrokingColor(LINE),
          setLineWidth(0.75),
          rectangle(0.375, 0.375, width - 0.75, height - 0.75),
          fillAndStroke(),
          popGraphicsState(),
          beginMarkedContent('Tx'),
          pushGraphicsState(),
          rectangle(1, 1, width - 2, height - 2),
          clip(),
          endPath(),
          ...text,
          popGraphicsState(),
          endMarkedContent(),
        ];
        const resources = { Font: Object.fromEntries([...fonts].map(([font, key]) => [key.asString().slice(1), font.ref])) };
        const stream = this.doc.context.formXObject(operators, { BBox: [0, 0, width, height], Resources: resources });
        // pdf-lib's appearance, drawn with the base font's missing glyphs, goes from the file.
        const drawn = widget.getNormalAppearance();
        if (drawn instanceof PDFRef) this.doc.context.delete(drawn);
        widget.setNormalAppearance(this.doc.context.register(stream));
      }
    }
  }

  checkBox(parent: StructureElement, name: string, tooltip: string, x: number, size: number): void {
    const box = this.addField(name, PDFAcroCheckBox.create(this.doc.context), PDFCheckBox.of);
    box.addToPage(this.page, { x: this.left(x, size), y: this.y - size, width: size, height: size, borderColor: LINE, borderWidth: 0.75, backgroundColor: FIELD_BACKGROUND, textColor: INK });
    this.tooltip(box, tooltip);
    this.formElements(box, parent);
  }

  /** A field's label and its help, as field() draws them. */
  private get labelStyle() {
    return { weight: 'bold' as const, size: SIZE.label, gap: 2 };
  }
  private readonly helpStyle = { size: SIZE.small, color: MUTED, gap: 3 };

  /**
   * The height of a field's label, its help and its first box (a whole box for text, the first option,
   * a table's first two rows): what must start on one page.
   */
  fieldStartHeight(f: Field, path: string): number {
    const help = f.help ? this.paragraphHeight(f.help, `${path}.help`, this.helpStyle) : 0;
    return this.paragraphHeight(f.label, `${path}.label`, this.labelStyle) + help + this.firstBoxHeight(f, path);
  }

  /** The height of a field's first box, which its label must not leave behind at the foot of a page. */
  private firstBoxHeight(f: Field, path: string): number {
    switch (f.kind) {
      case 'short-text':
      case 'date':
        return HEIGHT.textBox;
      case 'long-text':
        return longTextHeight(f.lines);
      case 'checklist':
        return optionHeight(this.wrap(f.options[0]!, 'regular', SIZE.body, this.width - 20, `${path}.options[0]`).length);
      case 'rating':
        return RATING_HEIGHT;
      case 'choice':
        return this.choiceLayout(f, path).height;
      case 'consent':
        return optionHeight(this.wrap(f.statement, 'regular', SIZE.body, this.width - 20, `${path}.statement`).length);
      case 'table':
        // The header and two rows, or all of them: a table never starts with a lone row at a page's foot.
        return this.tableHeader(f, path).headerHeight + Math.min(2, f.rows) * tableRowHeight(f);
      case 'signature':
        return SIGNATURE_HEIGHT;
    }
  }

  /** The whole height of a field, its label and the space after it included, as field() draws it on one page. */
  fieldHeight(f: Field, path: string): number {
    const start = this.fieldStartHeight(f, path);
    switch (f.kind) {
      case 'checklist':
        return start + f.options.slice(1).reduce((sum, option, i) => sum + optionHeight(this.wrap(option, 'regular', SIZE.body, this.width - 20, `${path}.options[${i + 1}]`).length), 0) + FIELD_GAP;
      case 'table':
        return start + Math.max(0, f.rows - 2) * tableRowHeight(f) + FIELD_GAP;
      default:
        return start + FIELD_GAP;
    }
  }

  /** The height of a page's content: what can be kept together at most. */
  get pageHeight(): number {
    return this.top - this.bottom;
  }

  /**
   * A field of the template, under `parent` in the tree: its label, its hint, then the place to write, in
   * that order for a screen reader as on the page.
   */
  field(f: Field, path: string, parent: StructureElement): void {
    // A label never parts from its field.
    this.need(this.fieldStartHeight(f, path));
    this.paragraph(f.label, `${path}.label`, { ...this.labelStyle, parent });
    if (f.help) this.paragraph(f.help, `${path}.help`, { ...this.helpStyle, parent });
    const tip = f.help ? `${f.label} (${f.help})` : f.label;
    switch (f.kind) {
      case 'short-text':
        this.textBox(parent, f.name, tip, MARGIN, this.width, HEIGHT.textBox);
        this.y -= HEIGHT.textBox;
        break;
      case 'long-text': {
        const height = longTextHeight(f.lines);
        this.textBox(parent, f.name, tip, MARGIN, this.width, height, true);
        this.y -= height;
        break;
      }
      case 'date':
        this.textBox(parent, f.name, this.words.dateBox(tip), MARGIN, 140, HEIGHT.textBox);
        this.y -= HEIGHT.textBox;
        break;
      case 'checklist': {
        // A list: each item's box as its label, its text as its body.
        const list = this.tags.element('L', parent);
        f.options.forEach((option, i) => this.tickBoxItem(list, controlName.option(f, i + 1), `${f.label}: ${option}`, option, `${path}.options[${i}]`));
        break;
      }
      case 'rating':
        this.rating(f, path, tip, parent);
        break;
      case 'choice':
        this.choice(f, path, tip, parent);
        break;
      case 'consent':
        // A list of one: the box as its label, the statement as its body, as a checklist's option.
        this.tickBoxItem(this.tags.element('L', parent), f.name, `${f.label}: ${f.statement}`, f.statement, `${path}.statement`);
        break;
      case 'table':
        this.table(f, path, tip, parent);
        break;
      case 'signature': {
        const signatureWidth = this.width - 150;
        this.textBox(parent, controlName.signature(f), this.words.signatureBox(f.label), MARGIN, signatureWidth, HEIGHT.signatureBox);
        this.textBox(parent, controlName.signedOn(f), this.words.signedOnBox(f.label), MARGIN + signatureWidth + 10, 140, HEIGHT.signatureBox);
        this.y -= HEIGHT.signatureBox + 2;
        // The words under the boxes say again what each box's name says: the page's furniture.
        this.tags.artifact(this.page, 'Layout', () => {
          this.drawLine(this.page, this.words.signature, { x: MARGIN, y: this.y - SIZE.small, size: SIZE.small, weight: 'regular', color: MUTED });
          this.drawLine(this.page, this.words.date, { x: MARGIN + signatureWidth + 10, y: this.y - SIZE.small, size: SIZE.small, weight: 'regular', color: MUTED });
        });
        this.y -= SIZE.small + 2;
        break;
      }
    }
    this.y -= FIELD_GAP;
  }

  /** An item of `list`: a tick box as its label, `text` beside it as its body, kept on one page. */
  private tickBoxItem(list: StructureElement, name: string, tooltip: string, text: string, path: string): void {
    const lines = this.wrap(text, 'regular', SIZE.body, this.width - 20, path);
    this.need(optionHeight(lines.length));
    const item = this.tags.element('LI', list);
    this.checkBox(this.tags.element('Lbl', item), name, tooltip, MARGIN, 11);
    const body = this.tags.element('LBody', item);
    lines.forEach((line, l) => this.text(body, line, { x: MARGIN + 18, y: this.y - 9.5 - l * 13, size: SIZE.body, color: INK }));
    this.y -= optionHeight(lines.length);
  }

  private rating(f: Extract<Field, { kind: 'rating' }>, path: string, tip: string, parent: StructureElement): void {
    const values = Array.from({ length: f.max - f.min + 1 }, (_, i) => f.min + i);
    const step = 28;
    const ends = this.measure('regular', f.lowLabel, SIZE.small) + this.measure('regular', f.highLabel, SIZE.small) + 12;
    const span = step * (values.length - 1) + 12;
    this.checkGlyphs(f.lowLabel, `${path}.lowLabel`);
    this.checkGlyphs(f.highLabel, `${path}.highLabel`);
    if (ends > Math.max(span, this.width) || span > this.width) {
      throw new TemplateFieldError(`${path}.highLabel`, 'the labels of the scale are too long to fit under it; shorten lowLabel or highLabel');
    }
    const group = this.addField(f.name, PDFAcroRadioButton.create(this.doc.context), PDFRadioGroup.of);
    // The scale's ends first, which say what its values mean; then a list of the values, each labelled with
    // its number, its button the body.
    const meaning = this.tags.element('P', parent);
    const list = this.tags.element('L', parent);
    const buttons = values.map((value, i) => {
      const x = MARGIN + i * step;
      const label = String(value);
      const item = this.tags.element('LI', list);
      this.text(this.tags.element('Lbl', item), label, { x: x + 6 - this.measure('regular', label, SIZE.small) / 2, y: this.y - SIZE.small, size: SIZE.small, color: INK });
      group.addOptionToPage(label, this.page, { x: this.left(x, 12), y: this.y - 24, width: 12, height: 12, borderColor: LINE, borderWidth: 0.75, backgroundColor: FIELD_BACKGROUND, textColor: INK });
      return this.tags.element('LBody', item);
    });
    this.tooltip(group, tip);
    this.formElements(group, (i) => buttons[i]!);
    this.y -= RATING_BUTTONS;
    this.text(meaning, f.lowLabel, { x: MARGIN, y: this.y, size: SIZE.small, color: MUTED });
    const right = Math.max(MARGIN + span, MARGIN + this.measure('regular', f.lowLabel, SIZE.small) + 12 + this.measure('regular', f.highLabel, SIZE.small));
    this.text(meaning, f.highLabel, { x: right - this.measure('regular', f.highLabel, SIZE.small), y: this.y, size: SIZE.small, color: MUTED });
    this.y -= SIZE.small + 2;
  }

  /** A choice's columns: each option's words wrapped to its column, and the height the whole takes. */
  private choiceLayout(f: Extract<Field, { kind: 'choice' }>, path: string): { column: number; labels: string[][]; height: number } {
    const column = Math.min(CHOICE_COLUMN, this.width / f.options.length);
    const labels = f.options.map((point, i) => this.wrap(point, 'regular', SIZE.small, column - 6, `${path}.options[${i}]`));
    return { column, labels, height: CHOICE_BUTTON + 4 + Math.max(...labels.map((lines) => lines.length)) * choiceLineHeight + 2 };
  }

  /**
   * One answer among a few: a radio button for each option, over its words, the first at the start of the
   * line (a scale's lowest point). Tagged as a list of the options, each labelled by its words, its button the body.
   */
  private choice(f: Extract<Field, { kind: 'choice' }>, path: string, tip: string, parent: StructureElement): void {
    const { column, labels, height } = this.choiceLayout(f, path);
    const group = this.addField(f.name, PDFAcroRadioButton.create(this.doc.context), PDFRadioGroup.of);
    const list = this.tags.element('L', parent);
    const buttons = labels.map((lines, i) => {
      const x = MARGIN + i * column;
      const item = this.tags.element('LI', list);
      const label = this.tags.element('Lbl', item);
      lines.forEach((line, l) =>
        this.text(label, line, { x: x + (column - this.measure('regular', line, SIZE.small)) / 2, y: this.y - CHOICE_BUTTON - 4 - SIZE.small - l * choiceLineHeight, size: SIZE.small, color: INK }),
      );
      group.addOptionToPage(String(i + 1), this.page, {
        x: this.left(x + (column - CHOICE_BUTTON) / 2, CHOICE_BUTTON),
        y: this.y - CHOICE_BUTTON,
        width: CHOICE_BUTTON,
        height: CHOICE_BUTTON,
        borderColor: LINE,
        borderWidth: 0.75,
        backgroundColor: FIELD_BACKGROUND,
        textColor: INK,
      });
      return this.tags.element('LBody', item);
    });
    this.tooltip(group, tip);
    this.formElements(group, (i) => buttons[i]!);
    this.y -= height;
  }

  /** A table's column labels, wrapped to their columns, and the height they take. */
  private tableHeader(f: Extract<Field, { kind: 'table' }>, path: string): { headers: string[][]; headerHeight: number } {
    const columnWidth = this.width / f.columns.length;
    const headers = f.columns.map((column, c) => this.wrap(column.label, 'bold', SIZE.small, columnWidth - 8, `${path}.columns[${c}].label`));
    return { headers, headerHeight: Math.max(...headers.map((lines) => lines.length)) * SIZE.small * 1.25 + 6 };
  }

  private table(f: Extract<Field, { kind: 'table' }>, path: string, tip: string, parent: StructureElement): void {
    const columnWidth = this.width / f.columns.length;
    const { headers, headerHeight } = this.tableHeader(f, path);
    const rowHeight = tableRowHeight(f);
    const table = this.tags.element('Table', parent);
    // The header row, its cells headers of their columns; drawn again on each page the table runs on to,
    // where it repeats what the tree has once (an artifact).
    const drawHeader = (cells?: StructureElement[]) => {
      this.need(headerHeight + rowHeight);
      headers.forEach((lines, c) =>
        lines.forEach((line, l) => {
          const options = { x: MARGIN + c * columnWidth + 2, y: this.y - SIZE.small - l * SIZE.small * 1.25, size: SIZE.small, weight: 'bold' as const, color: INK };
          if (cells) this.text(cells[c]!, line, options);
          else this.tags.artifact(this.page, 'Pagination', () => this.drawLine(this.page, line, options));
        }),
      );
      this.y -= headerHeight;
    };
    const headerRow = this.tags.element('TR', table);
    drawHeader(f.columns.map(() => this.tags.element('TH', headerRow, { O: 'Table', Scope: 'Column' })));
    for (let row = 1; row <= f.rows; row++) {
      // The last row never goes to a page alone: the one before it goes with it.
      const rowsTogether = row === f.rows - 1 ? 2 : 1;
      if (!this.fits(rowsTogether * rowHeight)) {
        this.newPage();
        drawHeader();
      }
      const cells = this.tags.element('TR', table);
      f.columns.forEach((column, c) =>
        this.textBox(this.tags.element('TD', cells), controlName.cell(f, row, column), this.words.tableCell(tip, row, column.label), MARGIN + c * columnWidth, columnWidth - 4, rowHeight - 2, f.lines > 1),
      );
      this.y -= rowHeight;
    }
  }
}

/** The rule over a section's heading, and the space under it. */
const SECTION_RULE = 8;

interface LaidOutSection {
  section: { fields: Field[] };
  headingHeight: number;
  fields: { f: Field; path: string }[];
}

/**
 * The runs of fields that start on one page, by the path of the field each starts with, and the height
 * that must fit for it: signatures with the term before them, so that no one signs a page of blank
 * lines; and the last two fields, so that the last page never holds a single one. A run taller than a
 * page is left to break.
 */
function keptTogether(sections: LaidOutSection[], layout: Layout): Map<string, number> {
  const entries = sections.flatMap(({ fields, headingHeight }) => fields.map((field, i) => ({ ...field, heading: i === 0 ? headingHeight : 0 })));
  const height = (from: number, to: number) =>
    entries.slice(from, to + 1).reduce((sum, entry, k) => sum + (k > 0 ? entry.heading : 0) + layout.fieldHeight(entry.f, entry.path), 0);
  const runs: [number, number][] = [];
  entries.forEach((entry, index) => {
    // A section of signatures keeps with the field before it, its own heading between them.
    const section = sections.find(({ fields }) => fields[0]?.path === entry.path);
    if (index > 0 && section?.section.fields.every((f) => f.kind === 'signature')) runs.push([index - 1, index + section.fields.length - 1]);
  });
  if (entries.length >= 2) runs.push([entries.length - 2, entries.length - 1]);
  const kept = new Map<string, number>();
  for (const [from, to] of runs) {
    const total = height(from, to);
    const path = entries[from]!.path;
    if (total <= layout.pageHeight && total > (kept.get(path) ?? 0)) kept.set(path, total);
  }
  return kept;
}

/**
 * The characters beyond ASCII that the document and its branding print, to choose the fallback faces it
 * needs (the base font has every printable ASCII character).
 */
const charactersOf = (document: TemplateDocument, brand: Branding) => new Set(JSON.stringify([document, brand.organization, brand.siteUrl]).match(/[^\x00-\x7F]/gu));

/** The ASCII digits and letters, in code order: what a bold subset starts with in files made alike (see PdfOptions). */
const LETTERS_AND_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A subset font's name as the PDF standard wants it (ISO 32000-1, 9.6.4): a tag of six capital letters and
 * a plus sign before the name, so that readers do not take it for the whole font. The tag comes from the
 * name, not from chance: the same input gives the same bytes, and no two fonts of a file share a name.
 */
function subsetName(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of name) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  const tag = Array.from({ length: 6 }, (_, i) => String.fromCharCode(65 + (Math.floor(hash / 26 ** i) % 26))).join('');
  return `${tag}+${name}`;
}

/**
 * The document's fonts for each weight: the base font, then the fallback faces that draw characters it
 * lacks, each embedded as a subset of the glyphs this file uses.
 */
async function typesetFaces(doc: PDFDocument, cache: PdfCache, fonts: PdfFonts, characters: Set<string>, alike = false): Promise<Record<Weight, TypesetFace[]>> {
  // Fixed names instead of pdf-lib's random suffix: the same input must give the same bytes.
  const regular = await cache.embedFont(doc, fonts.regular, { subset: false, customName: 'MentorkitSans' });
  // The bold face prints headings only, never what people type: a per-file subset of it is enough.
  const bold = await cache.embedFont(doc, fonts.bold, { subset: true, customName: subsetName('MentorkitSans-Bold') });
  if (alike) bold.encodeText(LETTERS_AND_DIGITS);
  const base = (font: PDFFont, bytes: Uint8Array): TypesetFace => {
    const codes = cache.characterSet(bytes, font);
    return { font, covers: (code) => codes.has(code), width: (text, size) => cache.widthOfTextAtSize(bytes, font, text, size) };
  };
  const faces: Record<Weight, TypesetFace[]> = { regular: [base(regular, fonts.regular)], bold: [base(bold, fonts.bold)] };
  const catalogue = fonts.fallback?.faces ?? [];
  const needed = new Set<FallbackFace>();
  for (const char of characters) {
    const code = char.codePointAt(0)!;
    if (faces.regular[0]!.covers(code) || /\s/.test(char)) continue;
    const face = faceFor(catalogue, code);
    if (face) needed.add(face);
  }
  for (const [index, face] of catalogue.entries()) {
    if (!needed.has(face)) continue;
    const embed = async (file: string, name: string): Promise<TypesetFace> => {
      const bytes = asSfnt(await fonts.fallback!.load(file));
      const font = await cache.embedFont(doc, bytes, { subset: true, customName: subsetName(name) });
      const shaping = cache.fontkit.create(bytes) as unknown as ShapingFont;
      return { font, shaping, covers: (code) => shaping.hasGlyphForCodePoint(code) };
    };
    const regularFace = await embed(face.regular, `MentorkitFallback${index}`);
    faces.regular.push(regularFace);
    faces.bold.push(face.bold ? await embed(face.bold, `MentorkitFallback${index}-Bold`) : regularFace);
  }
  return faces;
}

/**
 * The document's description, written twice from one source: in the information dictionary, which most
 * readers show, and as XMP metadata, which assistive technology and PDF/UA read. Its title is what a
 * reader's window shows, rather than the file's name.
 */
function describe(doc: PDFDocument, fields: XmpFields): void {
  doc.setTitle(fields.title, { showInWindowTitleBar: true });
  doc.setAuthor(fields.author);
  doc.setSubject(fields.subject);
  doc.setLanguage(fields.lang);
  doc.setKeywords(fields.keywords);
  doc.setCreator(fields.creatorTool);
  doc.setProducer(fields.producer);
  doc.setCreationDate(fields.date);
  doc.setModificationDate(fields.date);
  const xmp = doc.context.stream(new TextEncoder().encode(xmpPacket(fields)), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
}

/** The template with each field's label as printed (see fieldLabel): the layout measures and draws the same text. */
const withFieldLabels = (template: Template, words: DocumentWords, { terms }: TemplateDocument): Template => ({
  ...template,
  sections: template.sections.map((section) => ({ ...section, fields: section.fields.map((f) => ({ ...f, label: fieldLabel(f, words, terms) })) })),
});

/** The template as a fillable PDF form (AcroForm) on A4 or US Letter paper. */
export async function renderPdf(document: TemplateDocument, brand: Branding, options: PdfOptions): Promise<Uint8Array> {
  const { id, values } = document;
  const words = wordsFor(brand.lang);
  const template = withFieldLabels(document.template, words, document);
  const cache = options.cache ?? new PdfCache();
  const doc = await PDFDocument.create();
  doc.registerFontkit(cache.fontkit);
  cache.adopt(doc.context);
  const type = new Typesetter(await typesetFaces(doc, cache, options.fonts, charactersOf(document, brand), options.alike));

  describe(doc, {
    title: template.title,
    author: brand.organization,
    subject: template.purpose,
    keywords: [words.mentoring, words.phases[template.phase], id],
    lang: brand.lang,
    date: options.date,
    creatorTool: 'Mentorkit',
    producer: 'Mentorkit with pdf-lib',
  });

  const form = doc.getForm();
  const paper = PAPER[options.paper];
  const color = brandRgb(brand.color);
  const tags = new StructureTree(doc);
  const layout = new Layout(doc, form, type, cache, paper, color, tags, words, values, options.breakLongWords);
  layout.checkGlyphs(brand.organization, 'organization');

  layout.paragraph(template.title, 'title', { weight: 'bold', size: SIZE.title, color, gap: 6, type: 'H1' });
  layout.paragraph(template.purpose, 'purpose', { gap: 6 });
  layout.paragraph(
    `${words.whoFillsItIn}: ${audienceOf(document, words)}   ·   ${words.when}: ${words.phases[template.phase]}   ·   ${words.timeNeeded}: ${words.minutes(template.minutes)}`,
    'audience',
    { size: SIZE.small, color: MUTED, gap: 14 },
  );
  const sections = template.sections.map((section, s) => {
    const title = { text: sectionHeading(section, words), path: `sections[${s}].title`, style: { weight: 'bold' as const, size: SIZE.heading, gap: 3, type: 'H2' as const } };
    const guidance = { text: section.guidance, path: `sections[${s}].guidance`, style: { size: SIZE.body, color: MUTED, gap: 10 } };
    const headingHeight = SECTION_RULE + layout.paragraphHeight(title.text, title.path, title.style) + layout.paragraphHeight(guidance.text, guidance.path, guidance.style);
    return { section, title, guidance, headingHeight, fields: section.fields.map((f, i) => ({ f, path: `sections[${s}].fields[${i}]` })) };
  });
  const kept = keptTogether(sections, layout);
  for (const { section, title, guidance, headingHeight, fields } of sections) {
    // A section's heading and guidance start on the same page as its first field's label and box, or as
    // all that is kept with that field.
    const first = fields[0]!;
    layout.need(headingHeight + (kept.get(first.path) ?? layout.fieldStartHeight(first.f, first.path)));
    layout.rule({ x: MARGIN, y: layout.y - 1, width: layout.width, height: 1, color });
    layout.y -= SECTION_RULE;
    const part = tags.element('Sect');
    layout.paragraph(title.text, title.path, { ...title.style, parent: part });
    layout.paragraph(guidance.text, guidance.path, { ...guidance.style, parent: part });
    section.fields.forEach((f, i) => {
      const path = fields[i]!.path;
      const together = kept.get(path);
      if (together !== undefined && i > 0) layout.need(together);
      layout.field(f, path, part);
    });
  }

  const pages = doc.getPages();
  // The running header and footer: the page's furniture, outside the tree.
  pages.forEach((page, i) =>
    tags.artifact(page, 'Pagination', () => {
      const { width, height } = page.getSize();
      page.drawRectangle({ x: 0, y: height - 8, width, height: 8, color });
      // A long name shrinks to fit the header rather than running off the page.
      const nameSize = Math.min(SIZE.small, (SIZE.small * (width - 2 * MARGIN)) / type.width(brand.organization, 'bold', SIZE.small));
      layout.drawLine(page, brand.organization, { x: MARGIN, y: height - MARGIN + 14, size: nameSize, weight: 'bold', color, auto: true });
      const folio = words.folio(template.title, i + 1, pages.length);
      layout.drawLine(page, folio, { x: width - MARGIN - type.width(folio, 'regular', SIZE.small, words.direction), y: MARGIN - 20, size: SIZE.small, weight: 'regular', color: MUTED });
      layout.drawLine(page, brand.siteUrl, { x: MARGIN, y: MARGIN - 20, size: SIZE.small, weight: 'regular', color: MUTED, auto: true });
    }),
  );
  tags.finish();
  const regular = type.baseFont('regular');
  form.updateFieldAppearances(regular);
  layout.richValueAppearances();
  // The form's default resources: each text field's /DA names the base font, which pdf-lib does not list
  // here, and a viewer looks it up here to draw what people type. The /DA of a check box or a radio button,
  // where pdf-lib keeps the colour of its mark (drawn above) beside a font of no name, goes: neither draws text.
  form.acroForm.dict.set(PDFName.of('DR'), doc.context.obj({ Font: { [regular.name]: regular.ref } }));
  for (const field of form.getFields()) {
    if (!(field instanceof PDFCheckBox || field instanceof PDFRadioGroup)) continue;
    for (const dict of [field.acroField.dict, ...field.acroField.getWidgets().map((widget) => widget.dict)]) dict.delete(PDFName.of('DA'));
  }
  cache.compressContentStreams(doc.context);
  // objectsPerTick: pdf-lib otherwise yields to the event loop every 50 objects, which costs timer delays.
  // updateFieldAppearances: done above in the embedded font; pdf-lib would otherwise embed Helvetica for nothing.
  return doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY, updateFieldAppearances: false });
}
