import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packFile, renderZip } from '../../../src/toolkit/render/zip';

const date = new Date('2026-03-01T23:30:00Z');
const files = [
  { path: 'README.md', data: '# Kit\n'.repeat(50) },
  { path: 'agendas/01-réunion.md', data: 'Ελλάδα, Україна' },
  { path: 'empty.csv', data: new Uint8Array(0) },
  { path: 'bytes.bin', data: Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256) },
];

/** The fields of each central-directory record, read from the archive's bytes. */
function centralDirectory(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  let at = view.getUint32(end + 16, true);
  return Array.from({ length: view.getUint16(end + 10, true) }, () => {
    const record = { flags: view.getUint16(at + 8, true), time: view.getUint16(at + 12, true), date: view.getUint16(at + 14, true) };
    at += 46 + view.getUint16(at + 28, true);
    return record;
  });
}

describe('the ZIP writer', () => {
  it('writes archives that fflate reads back, names and contents intact, in order', () => {
    const entries = unzipSync(renderZip(files, date));
    expect(Object.keys(entries)).toEqual(files.map((f) => f.path));
    files.forEach(({ path, data }) => expect(typeof data === 'string' ? strFromU8(entries[path]!) : entries[path]).toEqual(data));
  });

  it('gives the same bytes for files compressed ahead as for the same files given plain', () => {
    expect(renderZip(files.map((f, i) => (i % 2 ? packFile(f) : f)), date)).toEqual(renderZip(files, date));
  });

  it('dates every entry with the given time in UTC, whatever the local time zone, and flags UTF-8 names', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Kolkata'; // 23:30 UTC is 05:00 the next day there
    let records;
    try {
      records = centralDirectory(renderZip(files, date));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    for (const record of records) {
      expect(record.date).toBe(((2026 - 1980) << 9) | (3 << 5) | 1);
      expect(record.time).toBe((23 << 11) | (30 << 5));
    }
    expect(records.map((r) => r.flags & 0x800)).toEqual([0, 0x800, 0, 0]);
  });

  it('refuses two files with the same name', () => {
    expect(() => renderZip([files[0]!, files[0]!], date)).toThrow('Two files in the archive are both called README.md');
  });
});
