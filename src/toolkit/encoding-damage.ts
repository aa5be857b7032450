/**
 * Mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 somewhere on its way
 * (a copy from a web page, a CSV export). A no-break space turns into "Â ", a curly quote
 * into "â€™", an "é" into "Ã©". A legitimate "Â" (as in "Ângela") is followed by a letter.
 */
// Written with escapes (\u00c2 is Â, \u00c3 Ã, \u00e2\u20ac â€) so that the built scripts carry no mojibake themselves.
const MOJIBAKE = /\u00c2[\s\u00a0\u0080-\u00bf]|\u00c3[\u0080-\u00bf]|\u00e2\u20ac[\u0080-\u00bf\u2018-\u201e\u2020-\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc]?/u;

/** The first sign of encoding damage in `text`, with a little context, or undefined. */
export function findEncodingDamage(text: string): string | undefined {
  const match = MOJIBAKE.exec(text);
  if (!match) return undefined;
  const line = text.slice(0, match.index).split('\n').length;
  const start = Math.max(0, match.index - 15);
  const context = text.slice(start, match.index + match[0].length + 15).replace(/\s+/g, ' ');
  return `line ${line}, "…${context}…"`;
}

export const ENCODING_DAMAGE_FIX =
  'looks like encoding damage (UTF-8 read as Windows-1252): replace "\u00c2 " with a space, "\u00e2\u20ac\u2122" with \u2019, "\u00c3\u00a9" with \u00e9, and save the file as UTF-8';
