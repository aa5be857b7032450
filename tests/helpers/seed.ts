import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The organization's source page (tests/fixtures/seed/mentoring.txt, a copy of shared/seed), read
 * section by section, so that the build tests check the site against the source and not against
 * a second copy of its facts.
 */
const lines = readFileSync(join(import.meta.dirname, '../fixtures/seed/mentoring.txt'), 'utf8')
  .split(/\r?\n/)
  .map((line) => line.replace(/Â/g, ' ').replace(/\u00a0/g, ' ').trimEnd())
  .filter(Boolean);

/** The lines under a heading, up to the next heading of the list. */
export function section(heading: string, next: string | undefined): string[] {
  const start = lines.indexOf(heading);
  const end = next ? lines.indexOf(next, start + 1) : lines.length;
  if (start < 0 || end < 0) throw new Error(`The seed has no section "${heading}" followed by "${next}"`);
  return lines.slice(start + 1, end);
}

/** "- Term: text" items of a section, as terms. */
export function terms(sectionLines: string[]): string[] {
  return sectionLines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2).split(':')[0]!.trim());
}

/** "- ..." items of a section, without the dash. */
export function items(sectionLines: string[]): string[] {
  return sectionLines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2).trim());
}
