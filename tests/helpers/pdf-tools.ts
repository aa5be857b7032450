import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What a command-line reader prints about a PDF, other readers than pdf.js: poppler's `pdfinfo`,
 * `pdffonts` and `pdftotext`, and `qpdf --check`. The file is written to a folder of its own, removed after.
 */
export function readPdfWith(tool: 'pdfinfo' | 'pdffonts' | 'pdftotext' | 'qpdf', args: string[], bytes: Uint8Array): string {
  const folder = mkdtempSync(join(tmpdir(), 'mentorkit-pdf-'));
  try {
    const file = join(folder, 'document.pdf');
    writeFileSync(file, bytes);
    // pdftotext writes to a file unless told "-" after the input.
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
