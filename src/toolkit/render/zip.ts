import { deflateSync, strToU8 } from 'fflate';

/** A file to put in an archive: its path inside the archive and its contents. */
export interface ArchiveFile {
  path: string;
  data: Uint8Array | string;
}

/** A file compressed ahead of time, for one that goes into many archives alike (see packFile). */
export interface PackedFile {
  path: string;
  /** CRC-32 and length of the contents before compression. */
  crc: number;
  size: number;
  /** The contents, raw DEFLATE. */
  deflated: Uint8Array;
}

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? -306674912 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(data: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 255]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** `file` compressed as an archive entry, at the highest level. */
export function packFile({ path, data }: ArchiveFile): PackedFile {
  const bytes = typeof data === 'string' ? strToU8(data) : data;
  return { path, crc: crc32(bytes), size: bytes.length, deflated: deflateSync(bytes, { level: 9 }) };
}

/**
 * A ZIP of `files` in the given order, each compressed with DEFLATE. Every entry carries the same fixed
 * time, `date` read in UTC, so that the same files always give the same bytes wherever they are zipped.
 */
export function renderZip(files: (ArchiveFile | PackedFile)[], date: Date): Uint8Array {
  const seen = new Set<string>();
  for (const { path } of files) {
    if (seen.has(path)) throw new Error(`Two files in the archive are both called ${path}`);
    seen.add(path);
  }
  const entries = files.map((file) => ({ ...('deflated' in file ? file : packFile(file)), name: strToU8(file.path) }));
  // MS-DOS date and time, as ZIP records them: seconds in two-second steps.
  const dosTime =
    ((date.getUTCFullYear() - 1980) << 25) |
    ((date.getUTCMonth() + 1) << 21) |
    (date.getUTCDate() << 16) |
    (date.getUTCHours() << 11) |
    (date.getUTCMinutes() << 5) |
    (date.getUTCSeconds() >> 1);

  const localSize = entries.reduce((sum, e) => sum + 30 + e.name.length + e.deflated.length, 0);
  const centralSize = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  // The fields that the local header and the central directory record share, from "version needed" on.
  const common = (at: number, e: (typeof entries)[number]) => {
    view.setUint16(at, 20, true); // version needed to extract: 2.0, DEFLATE
    view.setUint16(at + 2, e.name.length === e.path.length ? 0 : 0x800, true); // flag: UTF-8 name
    view.setUint16(at + 4, 8, true); // method: DEFLATE
    view.setUint32(at + 6, dosTime, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.deflated.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, e.name.length, true);
  };

  let at = 0;
  const offsets = entries.map((e) => {
    const offset = at;
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, e);
    out.set(e.name, at + 30);
    out.set(e.deflated, at + 30 + e.name.length);
    at += 30 + e.name.length + e.deflated.length;
    return offset;
  });
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: version 2.0
    common(at + 6, e);
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, localSize, true);
  return out;
}
