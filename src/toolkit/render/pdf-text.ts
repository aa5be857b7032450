import {
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames as Ops,
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFFont,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { bidi, embeddingLevels, hasRightToLeft, type Direction } from './bidi';

export type Weight = 'regular' | 'bold';

/** What fontkit gives for a laid-out string: glyphs in drawing order and where each goes, in font units. */
interface GlyphRun {
  glyphs: { id: number; codePoints: number[] }[];
  positions: { xAdvance: number; xOffset: number; yOffset: number }[];
}
/** The part of a fontkit font the typesetter uses: shaping (ligatures, joining, reordering) and its units. */
export interface ShapingFont {
  layout(text: string): GlyphRun;
  hasGlyphForCodePoint(codePoint: number): boolean;
  unitsPerEm: number;
}

/** A font of the document: pdf-lib's embedded font, and for fallback faces the fontkit font that shapes its text. */
export interface TypesetFace {
  font: PDFFont;
  /** Absent for the base font, whose text pdf-lib draws as it is (Latin, Greek and Cyrillic need no shaping). */
  shaping?: ShapingFont;
  covers(codePoint: number): boolean;
  /** The width of `text` at `size` points, for the base font (shaped faces measure their glyph run). */
  width?: (text: string, size: number) => number;
}

/**
 * How a stretch whose glyphs do not spell its text is marked: the operators that open it, given the text
 * it spells, and those that close it. In a tagged page, a Span element of its own (see pdf-tags.ts).
 */
export type SpanMarks = (actualText: string) => { open: PDFOperator[]; close: PDFOperator[] };

/** Outside the structure (a field's appearance): a marked-content span with the text as ActualText. */
const nestedSpan: SpanMarks = (actualText) => ({
  // A property list written as it goes into the stream: pdf-lib's operators take no dictionary.
  open: [PDFOperator.of(Ops.BeginMarkedContentSequence, [PDFName.of('Span'), `<</ActualText ${PDFHexString.fromText(actualText).toString()}>>`])],
  close: [PDFOperator.of(Ops.EndMarkedContent)],
});

export interface LineOptions {
  /** The line's left end. */
  x: number;
  y: number;
  size: number;
  weight: Weight;
  color: RGB;
  /** The direction of the paragraph the line belongs to: where its neutral characters (spaces, full stops, brackets) go. */
  direction?: Direction;
}

/** A stretch of a line in one font and one direction. */
interface Item {
  text: string;
  face: TypesetFace;
  level: number;
}

/** The fontkit font pdf-lib embeds `font` from, whose glyphs' code points its ToUnicode map is written from. */
const embeddedFont = (font: PDFFont) => (font as unknown as { embedder: { font: { getGlyph(id: number): { codePoints: number[] } } } }).embedder.font;

/**
 * A right-to-left ligature's letters (Arabic lam and alef, drawn as one glyph) given to the ToUnicode map
 * right to left, as drawn: readers (pdftotext, pdf.js) read a right-to-left line's glyphs from its right
 * end and reverse each glyph's letters with the rest, so that only then do they come out in reading order.
 */
function visualLigatures(font: PDFFont, run: GlyphRun): void {
  const embedded = embeddedFont(font);
  for (const { id } of run.glyphs) {
    const glyph = embedded.getGlyph(id);
    if (reversedLigatures.has(glyph) || glyph.codePoints.length < 2 || !glyph.codePoints.every((code) => hasRightToLeft(String.fromCodePoint(code)))) continue;
    glyph.codePoints = [...glyph.codePoints].reverse();
    reversedLigatures.add(glyph);
  }
}
/** The glyphs visualLigatures reversed: fontkit shares a glyph between the runs, and fonts between files, that use it. */
const reversedLigatures = new WeakSet<object>();

/** Letters and marks belong to a script; everything else (spaces, digits, punctuation) goes with its neighbours. */
const SCRIPT_CHARACTER = /[\p{L}\p{M}]/u;

/**
 * Sets lines of text in the document's fonts: each character in the first font that draws it, right-to-left
 * runs in their visual order (the Unicode bidirectional algorithm, bidi-js), and text in the fallback faces
 * shaped by fontkit (Arabic joining, Devanagari conjuncts, Thai marks) and placed glyph by glyph. A line the
 * base font draws alone, left to right, is drawn exactly as before, in one piece.
 */
export class Typesetter {
  private readonly shaped = new Map<string, GlyphRun>();
  private readonly fontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

  constructor(
    /** Each weight's faces, the base font first, then the fallbacks in order of preference. */
    private readonly faces: Record<Weight, TypesetFace[]>,
  ) {}

  /** Whether some font of the document draws `char` (white space needs no glyph). */
  covers(char: string): boolean {
    const code = char.codePointAt(0)!;
    return /\s/.test(char) || this.faces.regular.some((face) => face.covers(code));
  }

  /** The base font of a weight: the one form fields and plain text use. */
  baseFont(weight: Weight): PDFFont {
    return this.faces[weight][0]!.font;
  }

  /**
   * Whether `text` needs more than the base font drawing it left to right: in a right-to-left paragraph,
   * any line but one of left-to-right text alone (its full stop goes to its left).
   */
  isPlain(text: string, weight: Weight, direction: Direction = 'ltr'): boolean {
    const base = this.faces[weight][0]!;
    for (const char of text) if (!base.covers(char.codePointAt(0)!) && !/\s/.test(char)) return false;
    return direction === 'ltr' || embeddingLevels(text, direction).every((level) => level === 2);
  }

  /** The line's items in logical order: runs of one face and one embedding level. */
  private items(text: string, weight: Weight, direction: Direction): Item[] {
    const faces = this.faces[weight];
    const levels = embeddingLevels(text, direction);
    const items: Item[] = [];
    let index = 0;
    // Words split at white space, not by Intl.Segmenter, whose dictionaries differ between runtimes: the
    // browser and Node must choose the same faces.
    for (const word of text.split(/(?<=\s)(?=\S)/u)) {
      // A word's letters take the first face that has them all, so that the word joins and shapes as one
      // (an Urdu name with a letter DejaVu lacks is all Noto); failing that, each letter the first that has it.
      const letters = [...word].filter((char) => SCRIPT_CHARACTER.test(char)).map((char) => char.codePointAt(0)!);
      const wordFace = faces.find((f) => letters.every((code) => f.covers(code)));
      for (const char of word) {
        const code = char.codePointAt(0)!;
        const level = levels[index]!;
        index += char.length;
        const last = items.at(-1);
        // Spaces, digits and punctuation stay in the current face where it has them, so that a name shapes
        // as one run.
        const face =
          last && !SCRIPT_CHARACTER.test(char) && last.face.covers(code)
            ? last.face
            : wordFace?.covers(code)
              ? wordFace
              : (faces.find((f) => f.covers(code)) ?? faces[0]!);
        if (last && last.face === face && last.level === level) last.text += char;
        else items.push({ text: char, face, level });
      }
    }
    return items;
  }

  /**
   * A line's items as drawn: a right-to-left run of the base font (spaces, punctuation) cut into its
   * characters, which are drawn in reverse and mirrored, so that each one's text is found where its glyph
   * is (a mirrored bracket's in a span of its own).
   */
  private drawnItems(text: string, weight: Weight, direction: Direction): Item[] {
    return this.items(text, weight, direction).flatMap((item) => (item.level % 2 === 1 && !item.face.shaping && item.text.length > 1 ? [...item.text].map((text) => ({ ...item, text })) : [item]));
  }

  /** The items in the order they are placed, left to right (rule L2 of the bidirectional algorithm). */
  private visualOrder(logical: Item[]): Item[] {
    const order = [...logical];
    const highest = Math.max(...order.map((item) => item.level));
    const lowestOdd = Math.min(...order.map((item) => item.level).filter((level) => level % 2 === 1));
    for (let level = highest; level >= lowestOdd; level--) {
      for (let start = 0; start < order.length; start++) {
        if (order[start]!.level < level) continue;
        let end = start;
        while (end + 1 < order.length && order[end + 1]!.level >= level) end++;
        order.splice(start, end - start + 1, ...order.slice(start, end + 1).reverse());
        start = end;
      }
    }
    return order;
  }

  /**
   * An item's text as the font lays it out left to right. fontkit itself reverses a run of a right-to-left
   * script; a right-to-left run of spaces and punctuation alone is reversed here, mirrored ("(" becomes ")").
   */
  private drawnText(item: Item): string {
    if (item.level % 2 === 0 || hasRightToLeft(item.text)) return item.text;
    return [...item.text].reverse().map((char) => bidi.getMirroredCharacter(char) ?? char).join('');
  }

  private shape(face: TypesetFace, text: string): GlyphRun {
    const key = `${face.font.name}\u0000${text}`;
    let run = this.shaped.get(key);
    if (!run) {
      run = face.shaping!.layout(text);
      this.shaped.set(key, run);
    }
    return run;
  }

  private itemWidth(item: Item, size: number): number {
    const text = this.drawnText(item);
    if (!item.face.shaping) return item.face.width!(text, size);
    const run = this.shape(item.face, text);
    return (run.positions.reduce((sum, p) => sum + p.xAdvance, 0) * size) / item.face.shaping.unitsPerEm;
  }

  /** The width of `text` on one line, in points. */
  width(text: string, weight: Weight, size: number, direction: Direction = 'ltr'): number {
    if (this.isPlain(text, weight)) return this.faces[weight][0]!.width!(text, size);
    return this.items(text, weight, direction).reduce((sum, item) => sum + this.itemWidth(item, size), 0);
  }

  private fontKey(page: PDFPage, font: PDFFont): PDFName {
    let keys = this.fontKeys.get(page);
    if (!keys) {
      keys = new Map();
      this.fontKeys.set(page, keys);
    }
    let key = keys.get(font);
    if (!key) {
      key = page.node.newFontDictionary(font.name, font.ref);
      keys.set(font, key);
    }
    return key;
  }

  /** Draws one line of `text` with its left end at `x` and its baseline at `y`. */
  draw(page: PDFPage, text: string, options: LineOptions, spans: SpanMarks = nestedSpan): void {
    if (this.isPlain(text, options.weight, options.direction)) page.drawText(text, { ...options, font: this.baseFont(options.weight) });
    else page.pushOperators(...this.operators(text, options, (font) => this.fontKey(page, font), spans));
  }

  /**
   * The operators that draw one line of `text`, item by item in visual order; an item whose glyphs do not
   * spell its text is a marked-content span that does, so that copying and text extraction give the text
   * as it was typed. No other marked content: the line is drawn within its structure element's (see
   * pdf-tags.ts). `fontKey` names a font in the resources of the page or appearance drawn on.
   */
  operators(text: string, { x, y, size, weight, color, direction = 'ltr' }: LineOptions, fontKey: (font: PDFFont) => PDFName, spans: SpanMarks = nestedSpan): PDFOperator[] {
    const operators: PDFOperator[] = [];
    // Each item placed where the visual order puts it, but written in reading order: readers that take a
    // line's pieces as the file gives them (pdf.js, a screen reader following the tags) read it in order.
    const items = this.drawnItems(text, weight, direction);
    const lefts = new Map<Item, number>();
    let right = x;
    for (const item of this.visualOrder(items)) {
      lefts.set(item, right);
      right += this.itemWidth(item, size);
    }
    for (const item of items) {
      const left = lefts.get(item)!;
      const drawn = this.drawnText(item);
      const { font, shaping } = item.face;
      // pdf-lib's encodeText lays the text out as fontkit does below and records its glyphs for the font's
      // subset and ToUnicode map: its glyph codes, four hexadecimal digits each, come in the same order.
      const codes = font.encodeText(drawn).asString();
      const run = shaping ? this.shape(item.face, drawn) : undefined;
      if (run && item.level % 2 === 1) visualLigatures(font, run);
      // Where the glyphs do not spell the text in reading order (a Devanagari vowel drawn before its
      // consonant, a conjunct, Arabic drawn as a base and its dots), a span's ActualText gives it; elsewhere
      // the glyphs' Unicode values in the font's ToUnicode map do, read right to left in a right-to-left
      // run, as readers read it (pdftotext and pdf.js put the run back in order; poppler reverses a span's
      // ActualText there, and misorders adjacent spans that have one).
      const mapped = run ? run.glyphs.flatMap((glyph) => embeddedFont(font).getGlyph(glyph.id).codePoints) : [];
      const spelled = run ? String.fromCodePoint(...(item.level % 2 === 1 ? mapped.reverse() : mapped)) : drawn;
      const marks = spelled !== item.text ? spans(item.text) : undefined;
      if (marks) operators.push(...marks.open);
      operators.push(pushGraphicsState(), setFillingColor(color), beginText(), setFontAndSize(fontKey(font), size));
      if (run && shaping) {
        const scale = size / shaping.unitsPerEm;
        let glyphLeft = left;
        run.positions.forEach((position, i) => {
          operators.push(setTextMatrix(1, 0, 0, 1, glyphLeft + position.xOffset * scale, y + position.yOffset * scale), showText(PDFHexString.of(codes.slice(i * 4, i * 4 + 4))));
          glyphLeft += position.xAdvance * scale;
        });
      } else {
        operators.push(setTextMatrix(1, 0, 0, 1, left, y), showText(PDFHexString.of(codes)));
      }
      operators.push(endText(), popGraphicsState());
      if (marks) operators.push(...marks.close);
    }
    return operators;
  }
}
