import { zipSync, type Zippable } from 'fflate';

/** A file to put in an archive: its path inside the archive and its contents. */
export interface ArchiveFile {
  path: string;
  data: Uint8Array | string;
}

/**
 * A ZIP of `files` in the given order. Every entry carries the same fixed time, so that the same
 * files always give the same bytes.
 */
export function renderZip(files: ArchiveFile[], date: Date): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  for (const file of files) {
    if (file.path in entries) throw new Error(`Two files in the archive are both called ${file.path}`);
    entries[file.path] = [typeof file.data === 'string' ? encoder.encode(file.data) : file.data, { mtime: date }];
  }
  return zipSync(entries, { level: 9 });
}
