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
