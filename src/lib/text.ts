/**
 * Mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 somewhere on its way
 * (a copy from a web page, a CSV export). A no-break space turns into "Â ", a curly quote
 * into "â€™", an "é" into "Ã©". A legitimate "Â" (as in "Ângela") is followed by a letter.
 */
const MOJIBAKE = /Â[\s\u00a0\u0080-\u00bf]|Ã[\u0080-\u00bf]|â€[\u0080-\u00bf\u2018-\u201e\u2020-\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc]?/u;

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
  'looks like encoding damage (UTF-8 read as Windows-1252): replace "Â " with a space, "â€™" with ’, "Ã©" with é, and save the file as UTF-8';
