import { unzlibSync } from 'fflate';

/**
 * The fonts that draw what the base font (DejaVu Sans, cut to Latin, Greek and Cyrillic) cannot, so that a
 * name in any script prints: first the rest of DejaVu Sans (more Latin, polytonic Greek; see charset.ts),
 * then Arabic, Hebrew, Devanagari, Thai, Chinese, Japanese kana and Korean, each face one file of a Noto
 * family from @fontsource. The Chinese and Korean families come in about a hundred files each, by range of
 * characters, so that a kit loads only the few its names need. Node reads the files, the browser fetches
 * the same files from the site: the PDFs are the same.
 */
export interface FallbackFace {
  /** The regular face's file name, unique across the catalogue. */
  regular: string;
  /** The bold face's file, where the family has one for the same ranges; otherwise bold text uses the regular face. */
  bold?: string;
  /** The characters it draws, as ranges of code points (inclusive), from its @font-face unicode-range. */
  ranges: [number, number][];
}

/** The fallback faces, in order of preference, and how to read a face's file. */
export interface FallbackFonts {
  faces: FallbackFace[];
  /** The bytes of a face's file; the same array for the same file, as PdfCache knows fonts by their arrays. */
  load(file: string): Promise<Uint8Array>;
}

// The face found for each code point, by catalogue: the Chinese and Korean faces list hundreds of ranges
// each, and every document of a kit looks up the same characters.
const found = new WeakMap<readonly FallbackFace[], Map<number, FallbackFace | undefined>>();

/** The first face that draws `codePoint`, if any. */
export function faceFor(faces: readonly FallbackFace[], codePoint: number): FallbackFace | undefined {
  let known = found.get(faces);
  if (!known) {
    known = new Map();
    found.set(faces, known);
  }
  if (!known.has(codePoint)) known.set(codePoint, faces.find((face) => face.ranges.some(([from, to]) => codePoint >= from && codePoint <= to)));
  return known.get(codePoint);
}

/** Ranges parsed from a CSS unicode-range value: "U+0600-06FF,U+200C-200E,U+25CC". */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
  });
}

const sfnts = new WeakMap<Uint8Array, Uint8Array>();

/**
 * A WOFF font as the plain TrueType (sfnt) file it wraps: its tables inflated with fflate. fontkit can read
 * WOFF itself, but its inflater fails on some files (one of Noto Sans SC's, whose character map it then
 * cannot read). Other fonts come back as they are; the same array gives the same array, which PdfCache
 * needs to know a font again.
 */
export function asSfnt(font: Uint8Array): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (view.getUint32(0) !== 0x774f4646) return font; // "wOFF"
  let sfnt = sfnts.get(font);
  if (sfnt) return sfnt;
  const count = view.getUint16(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, stored, length] = [view.getUint32(at + 4), view.getUint32(at + 8), view.getUint32(at + 12)];
    const data = font.subarray(offset, offset + stored);
    return { tag: view.getUint32(at), checksum: view.getUint32(at + 16), data: stored < length ? unzlibSync(data) : data };
  });
  const header = 12 + 16 * count;
  const padded = (length: number) => (length + 3) & ~3;
  sfnt = new Uint8Array(header + tables.reduce((sum, table) => sum + padded(table.data.length), 0));
  const out = new DataView(sfnt.buffer);
  const entrySelector = Math.floor(Math.log2(count));
  out.setUint32(0, view.getUint32(4)); // the flavor: TrueType or CFF outlines
  out.setUint16(4, count);
  out.setUint16(6, 16 * 2 ** entrySelector);
  out.setUint16(8, entrySelector);
  out.setUint16(10, 16 * count - 16 * 2 ** entrySelector);
  let offset = header;
  tables.forEach((table, i) => {
    out.setUint32(12 + i * 16, table.tag);
    out.setUint32(16 + i * 16, table.checksum);
    out.setUint32(20 + i * 16, offset);
    out.setUint32(24 + i * 16, table.data.length);
    sfnt!.set(table.data, offset);
    offset += padded(table.data.length);
  });
  sfnts.set(font, sfnt);
  return sfnt;
}
