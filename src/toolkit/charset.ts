/**
 * The characters of the PDFs' base font: Latin (with Latin-1 and Extended-A), Greek, Cyrillic, and common
 * punctuation. DejaVu Sans is cut down to them (node.ts) and embedded whole in every PDF; every other
 * script comes from a fallback face (fonts.ts).
 */
export const PRINTABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x370, 0x3ff],
  [0x400, 0x4ff],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
];

/** Whether the base font draws `codePoint`. */
export const inBaseFont = (codePoint: number): boolean => PRINTABLE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);

/**
 * The rest of the Latin, Greek and Cyrillic that names are written in (Romanian ș and ț, Azerbaijani ə,
 * Vietnamese ư and ễ, polytonic Greek, combining accents): DejaVu Sans has them too, and it draws them as
 * a fallback face of its own, embedded only in the PDFs that use it, so that a name keeps one design.
 */
export const EXTENSION_RANGES: readonly (readonly [number, number])[] = [
  [0x180, 0x36f],
  [0x500, 0x52f],
  [0x1e00, 0x1fff],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
];

/** Every code point of `ranges`, as a string. */
export const charactersIn = (ranges: readonly (readonly [number, number])[]): string =>
  ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');

/**
 * Arabic as DejaVu Sans draws it, one glyph for each form of a letter: the form a reader's text extraction
 * (pdftotext, pdf.js, a screen reader) maps back to its letter, so that copied Arabic reads in its order.
 * Noto Sans Arabic, the face after it, draws many letters as a shared base and separate dots, which no map
 * from glyphs to letters can tell apart; it draws only what DejaVu lacks (Urdu's ے and ہ, Quranic marks).
 * The face keeps its shaping tables: Arabic letters join.
 */
export const ARABIC_RANGES: readonly (readonly [number, number])[] = [
  // The spaces between words and the joiners, which shape with the letters around them.
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x200c, 0x200f],
  [0x600, 0x6ff],
  [0x750, 0x77f],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];
