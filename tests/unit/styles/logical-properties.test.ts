// The site's CSS says start and end, never left and right, so that a right-to-left page mirrors by itself.
// A physical value that is meant (a printed page's margin, say) carries a comment with "physical:" and
// the reason, on its line or the line before.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PHYSICAL = [
  /\b(margin|padding|border|scroll-margin|scroll-padding)-(left|right)\b/,
  /\bborder-(top|bottom)-(left|right)-radius\b/,
  /\b(float|clear|text-align|caption-side)\s*:\s*(left|right)\b/,
  // A positioned box's side: inset-inline-start and -end follow the direction.
  /(^|[\s;{])(left|right)\s*:/,
];
const DELIBERATE = /physical:/;

/** The lines of `css` that use a physical direction without saying why, as "line: text". */
function physicalLines(css: string): string[] {
  const lines = css.split('\n');
  return lines.flatMap((line, i) => {
    const code = line.replace(/\/\*.*?\*\//g, '');
    if (!PHYSICAL.some((pattern) => pattern.test(code))) return [];
    if (DELIBERATE.test(line) || DELIBERATE.test(lines[i - 1] ?? '')) return [];
    return [`${i + 1}: ${line.trim()}`];
  });
}

/** Every stylesheet of the site: src/styles and the <style> blocks of its components, layouts and pages. */
function siteStyles(): { file: string; css: string }[] {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).map((file) => join('src', file));
  return files.flatMap((file) => {
    if (file.endsWith('.css')) return [{ file, css: readFileSync(file, 'utf8') }];
    if (!file.endsWith('.astro')) return [];
    return [...readFileSync(file, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => ({ file, css: match[1]! }));
  });
}

describe('logical properties', () => {
  it('finds a physical margin, padding, border, float or text-align, and lets one through that says why', () => {
    const css = ['.a { margin-left: 1rem; }', '.b { text-align: right; }', '.c { border-right-width: 2px; }', '.d { float: left }', '/* physical: a printed page has a binding edge */', '.e { margin-left: 2cm; }', '.f { margin-inline-start: 1rem; text-align: start; inset-inline-end: 0; }', '  right: 0;'].join('\n');
    expect(physicalLines(css)).toEqual(['1: .a { margin-left: 1rem; }', '2: .b { text-align: right; }', '3: .c { border-right-width: 2px; }', '4: .d { float: left }', '8: right: 0;']);
  });

  it('holds for every stylesheet of the site', () => {
    const styles = siteStyles();
    expect(styles.length).toBeGreaterThan(5);
    for (const { file, css } of styles) expect(physicalLines(css), file).toEqual([]);
  });
});
