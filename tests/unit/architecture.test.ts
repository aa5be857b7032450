// The house rules, as Starlight's no-internal-barrel-imports test holds its own: the toolkit core is
// framework-free and is entered by one front door; product code never depends on the benchmark; the
// pure utilities and the route table know nothing of Astro's content. Each rule is checked on every
// source file, and on a small bad example that proves the rule can fail.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

interface Source {
  /** Path from the project root, with forward slashes. */
  file: string;
  text: string;
}

function walk(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = `${folder}/${name}`;
    return statSync(join(ROOT, path)).isDirectory() ? walk(path) : [path];
  });
}

/** The code of a file: a TypeScript or JavaScript module whole, an Astro component's frontmatter and scripts. */
function code({ file, text }: Source): string {
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** The code of a file that runs in the reader's browser: a module of src/browser/, an Astro component's scripts. */
function browserCode({ file, text }: Source): string {
  if (file.startsWith('src/browser/')) return text;
  if (!file.endsWith('.astro')) return '';
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n');
}

/** Modules that browser code imports for their values (not only their types), as written. */
function valueImportsInBrowser(source: Source): string[] {
  const code = browserCode(source);
  const statics = [...code.matchAll(/\bimport\s+(type\s+)?[^'";]*?\bfrom\s+['"]([^'"]+)['"]/g)].filter((match) => !match[1]).map((match) => match[2]!);
  const bare = [...code.matchAll(/\bimport\s+['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  const dynamic = [...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1]!);
  return [...statics, ...bare, ...dynamic];
}

/** Every module a file imports or re-exports, statically or dynamically, as written. */
function importsOf(source: Source): string[] {
  return ts.preProcessFile(code(source), true, true).importedFiles.map((imported) => imported.fileName);
}

/** A relative specifier as a path from the project root, without extension; a package name as it is. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return relative(ROOT, resolve(ROOT, dirname(file), specifier)).replace(/\\/g, '/').replace(/\.(ts|mjs|js|astro)$/, '');
}

const inCore = (path: string) => path === 'src/toolkit' || path.startsWith('src/toolkit/');
const isFrontDoor = (path: string) => path === 'src/toolkit' || path === 'src/toolkit/index';
const isRelative = (specifier: string) => specifier.startsWith('.');

/** What breaks the house rules in `sources`, one line per import: the file, what it imports, and the rule. */
function violations(sources: Source[]): string[] {
  const found: string[] = [];
  for (const source of sources) {
    const { file } = source;
    const product = !file.startsWith('tests/') && !file.startsWith('bench/');
    for (const specifier of importsOf(source)) {
      const to = target(file, specifier);
      const says = (rule: string) => found.push(`${file} imports "${specifier}": ${rule}`);
      if (inCore(file)) {
        if (isRelative(specifier) && !inCore(to)) says('the toolkit core imports nothing outside src/toolkit but libraries');
        if (/^astro($|[:/])/.test(specifier)) says('the toolkit core is framework-free: no Astro');
      } else if (!file.startsWith('tests/') && inCore(to) && !isFrontDoor(to)) {
        says('outside the core, import the toolkit only from src/toolkit/index.ts');
      }
      if (product && (to === 'bench' || to.startsWith('bench/'))) says('product code never imports the benchmark');
      if ((file.startsWith('src/utils/') || file === 'src/routes.ts') && (specifier.startsWith('astro:') || /^src\/(data|collections)\//.test(to))) {
        says('pure utilities and the route table know nothing of the content collections');
      }
    }
    for (const specifier of valueImportsInBrowser(source)) {
      if (!inCore(file) && inCore(target(file, specifier))) {
        found.push(`${file} imports "${specifier}": browser code takes only types from the core, whose front door loads Node's file system (the generator runs in worker.ts)`);
      }
    }
  }
  return found;
}

const SOURCE = /\.(ts|mjs|js|astro)$/;
const sources: Source[] = [...walk('src'), ...walk('scripts'), ...walk('bench'), 'astro.config.mjs', 'site.config.ts']
  .filter((file) => SOURCE.test(file) && !file.startsWith('src/content/'))
  .map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));

describe('the house rules', () => {
  it('hold in every source file of the product, its scripts and its benchmark', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.filter((source) => inCore(source.file)).length).toBeGreaterThan(15);
    expect(violations(sources)).toEqual([]);
  });

  it('catch each kind of breach', () => {
    const bad: Source[] = [
      { file: 'src/toolkit/render/pdf.ts', text: "import { x } from '../../utils/pagination';" },
      { file: 'src/toolkit/kit.ts', text: "import { getCollection } from 'astro:content';" },
      { file: 'src/pages/[...lang]/toolkit/index.astro', text: "---\nimport { buildKit } from '../../../toolkit/kit';\n---\n<p></p>" },
      { file: 'scripts/toolkit.ts', text: "export { programSchema } from '../src/toolkit/program';" },
      { file: 'src/components/Header.astro', text: "<p></p>\n<script>\n  const m = await import('../toolkit/render/zip');\n</script>" },
      { file: 'src/data/listings.ts', text: "import { median } from '../../bench/measure.mjs';" },
      { file: 'src/utils/citations.ts', text: "import { getEntry } from 'astro:content';" },
      { file: 'src/routes.ts', text: "import { faqPages } from './data/listings';" },
      { file: 'src/browser/site.ts', text: "import { prose } from '../toolkit';" },
    ];
    expect([...new Set(violations(bad).map((line) => line.slice(0, line.indexOf(' imports'))))]).toEqual(bad.map((source) => source.file));
    const good: Source[] = [
      { file: 'src/pages/[...lang]/toolkit/index.astro', text: "---\nimport { buildKit } from '../../../toolkit';\n---\n<script>\n  import type { KitMessage } from '../../../toolkit/index';\n</script>" },
      { file: 'src/toolkit/render/pdf.ts', text: "import { PDFDocument } from 'pdf-lib';\nimport { parseHex } from '../color';" },
      { file: 'tests/unit/toolkit/pdf.test.ts', text: "import { renderPdf } from '../../../src/toolkit/render/pdf';" },
    ];
    expect(violations(good)).toEqual([]);
  });
});
