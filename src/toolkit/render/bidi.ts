import bidiFactory from 'bidi-js';

/** The Unicode bidirectional algorithm (bidi-js), for every format that lays out mixed-direction text. */
export const bidi = bidiFactory();

/** The direction of a paragraph, and so of the lines it is set in. */
export type Direction = 'ltr' | 'rtl';

/** The embedding level of each UTF-16 unit of `text`, as one line of a paragraph in `direction`. */
export const embeddingLevels = (text: string, direction: Direction = 'ltr'): Uint8Array => bidi.getEmbeddingLevels(text, direction).levels;

/** Characters that open right-to-left text: letters of right-to-left scripts and the controls that embed it. */
const RIGHT_TO_LEFT_TYPES = new Set(['R', 'AL', 'RLE', 'RLO', 'RLI']);

/** Whether any of `text` can run right to left; most text cannot, and needs no more of the algorithm. */
export function hasRightToLeft(text: string): boolean {
  for (const char of text) if (RIGHT_TO_LEFT_TYPES.has(bidi.getBidiCharTypeName(char))) return true;
  return false;
}

/**
 * `text` cut where its direction changes: right to left wherever the algorithm embeds it in a
 * right-to-left stretch (above the left-to-right paragraph's level), digits within an Arabic name included.
 */
export function directionRuns(text: string): { text: string; rtl: boolean }[] {
  if (!hasRightToLeft(text)) return [{ text, rtl: false }];
  const levels = embeddingLevels(text);
  const runs: { text: string; rtl: boolean }[] = [];
  let index = 0;
  for (const char of text) {
    const rtl = levels[index]! > 0;
    index += char.length;
    const last = runs.at(-1);
    if (last && last.rtl === rtl) last.text += char;
    else runs.push({ text: char, rtl });
  }
  return runs;
}

/** Whether `text`, standing alone as a paragraph, runs right to left: its first letter is of a right-to-left script. */
export const isRightToLeftParagraph = (text: string): boolean => hasRightToLeft(text) && bidi.getEmbeddingLevels(text).paragraphs[0]?.level === 1;
