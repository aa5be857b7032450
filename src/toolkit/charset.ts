/**
 * The characters every document of the toolkit can show: Latin (with Latin-1 and Extended-A), Greek,
 * Cyrillic, and common punctuation. The PDF font's subset always carries them, and text that people
 * give the generator must stay within them, so that nothing goes missing from a PDF.
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

export function isPrintable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return PRINTABLE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** The first character of `text` outside the printable set, if any. */
export function firstUnprintable(text: string): string | undefined {
  for (const char of text) if (!isPrintable(char)) return char;
  return undefined;
}

/** A character as an error message names it: itself and its code point, e.g. `"李" (U+674E)`. */
export function describeCharacter(char: string): string {
  return `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}
