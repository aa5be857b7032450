import { loadImage } from '@napi-rs/canvas';
import { DOMParser } from '@xmldom/xmldom';
import { load } from 'cheerio';
import { strFromU8, unzipSync } from 'fflate';
import { marked, type Tokens } from 'marked';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, assertBuilt, indexedPages, page, squash } from '../helpers/dist';
import { ROOT, copyProject, npmRun } from '../helpers/project-copy';
import { greys } from '../helpers/images';
import { readPdfWith } from '../helpers/pdf-tools';
import { UNICODE_ORGANIZATION, choicesOf, headingOf, printedLabel, shippedTemplates } from '../helpers/templates';

beforeAll(assertBuilt);

const templates = shippedTemplates();
const FORMATS = [
  { suffix: '.pdf', label: 'PDF, A4' },
  { suffix: '-letter.pdf', label: 'PDF, US Letter' },
  { suffix: '.docx', label: 'Word' },
  { suffix: '.md', label: 'Markdown' },
];
const sizeLabel = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : bytes < 1048576 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(1)} MB`);

const meanDifference = (a: number[], b: number[]) => a.reduce((sum, level, i) => sum + Math.abs(level - b[i]!), 0) / a.length;

describe('template previews', () => {
  it('show each template\'s own first page, as poppler draws it from the PDF offered for download', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'previews-'));
    // Each size as its file name ends and its pixels: twice the size it is shown at, in A4's proportions.
    const sizes = [
      ['', [480, 679]],
      ['-small', [240, 339]],
      ['-icon', [128, 181]],
    ] as const;
    // Compared on a coarse grid, at most a quarter of the picture's width: the layout of the page, not how
    // each renderer smooths the edges of letters. The home page's icon differs more from poppler's page (each
    // cell is 4 of its pixels, where WebP's compression shows) but still far less than any other page does.
    const gridFor = (width: number) => (width >= 240 ? { cells: [60, 85] as const, within: 3 } : { cells: [32, 45] as const, within: 5 });
    try {
      // Each picture of a page, with the template it shows and its grid.
      const previews: { id: string; file: string; grid: ReturnType<typeof gridFor>; levels: number[] }[] = [];
      // Poppler's drawing of each template's first page, at the largest size.
      const drawn = new Map<string, Buffer>();
      for (const { id } of templates) {
        const $ = page(`/templates/${id}/`);
        const img = $('main .worksheet__downloads img.template-preview');
        expect(img.attr('src')).toBe(`/previews/${id}.webp`);
        // Decorative: the page itself is the same form, in text.
        expect(img.attr('alt')).toBe('');
        expect(page('/templates/')(`main img.template-preview[src="/previews/${id}-small.webp"]`).attr('alt')).toBe('');
        expect(Number(img.attr('width')) / Number(img.attr('height'))).toBeCloseTo(480 / 679, 2);
        for (const [suffix, size] of sizes) {
          const file = `${id}${suffix}.webp`;
          const preview = readFileSync(join(DIST, 'previews', file));
          const image = await loadImage(preview);
          expect([image.width, image.height], file).toEqual(size);
          const full = await greys(preview, size[0], size[1]);
          // Not a blank page: some of it is ink.
          expect(full.filter((level) => level < 200).length / full.length, file).toBeGreaterThan(0.02);
          const grid = gridFor(size[0]);
          previews.push({ id, file, grid, levels: await greys(preview, grid.cells[0], grid.cells[1]) });
        }
        const out = join(folder, id);
        execFileSync('pdftoppm', ['-png', '-singlefile', '-f', '1', '-l', '1', '-scale-to-x', '480', '-scale-to-y', '679', join(DIST, `downloads/${id}.pdf`), out]);
        drawn.set(id, readFileSync(`${out}.png`));
      }
      for (const { id, file, grid, levels } of previews) {
        const distances = await Promise.all([...drawn].map(async ([other, png]) => ({ other, distance: meanDifference(levels, await greys(png, grid.cells[0], grid.cells[1])) })));
        distances.sort((a, b) => a.distance - b.distance);
        expect(distances[0]!.other, file).toBe(id);
        expect(distances[0]!.distance, file).toBeLessThan(grid.within);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the templates page', () => {
  it('lists every template under its phase, with purpose, audience, time and every format labelled with its size', () => {
    const $ = page('/templates/');
    expect($('main section > h2').map((_, h) => $(h).text()).get()).toEqual(['Getting started', 'Every meeting', 'Mid-point', 'Closing']);
    for (const { id, template } of templates) {
      const item = $(`main .template-list a[href="/templates/${id}/"]`).closest('li');
      expect(item.closest('section').find('h2').text()).toBe({ start: 'Getting started', ongoing: 'Every meeting', midpoint: 'Mid-point', closing: 'Closing' }[template.phase]);
      expect(squash(item.text())).toContain(template.purpose);
      expect(squash(item.text())).toContain(`Time needed: ${template.minutes} minutes`);
      for (const format of FORMATS) {
        const href = `/downloads/${id}${format.suffix}`;
        const bytes = readFileSync(join(DIST, href)).length;
        const link = item.find(`a[href="${href}"]`);
        expect(squash(link.text()), href).toBe(format.label);
        expect(squash(link.parent().text())).toBe(`${format.label} (${sizeLabel(bytes)})`);
      }
    }
  });

  it('offers every PDF tagged, with its title shown, its language, and a sound file (poppler, qpdf)', () => {
    for (const { id } of templates) {
      for (const suffix of ['.pdf', '-letter.pdf']) {
        const bytes = readFileSync(join(DIST, 'downloads', `${id}${suffix}`));
        const info = readPdfWith('pdfinfo', [], bytes);
        expect(info, `${id}${suffix}`).toMatch(/Tagged:\s+yes/);
        expect(readPdfWith('pdfinfo', ['-struct-text'], bytes), `${id}${suffix}`).toMatch(/^Document\n\s+H1 \(block\)/);
        expect(readPdfWith('qpdf', ['--check'], bytes), `${id}${suffix}`).toContain('No syntax or stream encoding errors found');
      }
    }
  });

  it('offers the whole set as one ZIP holding exactly the files offered one by one', () => {
    const zip = unzipSync(readFileSync(join(DIST, 'downloads/mentoring-templates.zip')));
    // A folder per phase, numbered in the order a program uses them, so that they sort that way too.
    const folders = { start: '1-getting-started', ongoing: '2-every-meeting', midpoint: '3-mid-point', closing: '4-closing' };
    const expected = templates.flatMap(({ id, template }) => FORMATS.map((format) => `${folders[template.phase]}/${id}${format.suffix}`));
    expect(Object.keys(zip).sort()).toEqual(['README.md', ...expected].sort());
    for (const path of expected) {
      const [, file] = path.split('/');
      expect(Buffer.from(zip[path]!).equals(readFileSync(join(DIST, 'downloads', file!))), path).toBe(true);
    }
    // The README, read by a Markdown parser: each folder once, in order, with each of its templates by title.
    const readme = marked.lexer(strFromU8(zip['README.md']!));
    const headings = readme.filter((token): token is Tokens.Heading => token.type === 'heading' && token.depth === 2).map((heading) => heading.text);
    const used = Object.entries(folders).filter(([phase]) => templates.some(({ template }) => template.phase === phase));
    expect(headings.slice(0, -1).map((text) => text.split('/')[0]!.replace(/^`/, ''))).toEqual(used.map(([, folder]) => folder));
    for (const { template } of templates) expect(strFromU8(zip['README.md']!)).toContain(`**${template.title}**`);
    const zipBytes = readFileSync(join(DIST, 'downloads/mentoring-templates.zip')).length;
    expect(page('/templates/')('a[href="/downloads/mentoring-templates.zip"]').text()).toBe(`Download the whole set (ZIP, ${sizeLabel(zipBytes)})`);
  });
});

describe('a page per template', () => {
  it.each(templates.map((t) => [t.id, t] as const))('%s: the accessible form itself, every field labelled, every format offered', (id, { template }) => {
    const $ = page(`/templates/${id}/`);
    expect($('h1').text()).toBe(template.title);
    expect($('main .worksheet__form h2').map((_, h) => $(h).text()).get()).toEqual(template.sections.map(headingOf));
    const labels = $('main .worksheet__form')
      .find('label, legend, caption')
      .map((_, el) => squash($(el).text()))
      .get();
    for (const field of template.sections.flatMap((s) => s.fields)) {
      expect(labels).toContain(printedLabel(field));
      // Each box or button labelled by its own words; a question for one side marked as theirs.
      for (const words of choicesOf(field)) expect(labels).toContain(words);
      expect($(`main .worksheet__form .form-field:has([name="${field.name}"], [name^="${field.name}-"])`).attr('data-only')).toBe(field.only);
    }
    expect($('main .worksheet__downloads a[download]').map((_, a) => $(a).attr('href')).get()).toEqual(FORMATS.map((f) => `/downloads/${id}${f.suffix}`));
  });

  it('is found by search as a Template', () => {
    const indexed = indexedPages().filter((p) => p.url.startsWith('/templates/') || p.url === '/toolkit/');
    expect(indexed.map((p) => p.url).sort()).toEqual(['/templates/', '/toolkit/', ...templates.map((t) => `/templates/${t.id}/`)].sort());
    for (const p of indexed) expect(p.filters.kind).toEqual(['Template']);
  });
});

describe('an organization name in Spanish, German, Greek and Ukrainian', () => {
  let dir: string;
  let dist: string;
  beforeAll(async () => {
    dir = copyProject();
    const config = readFileSync(join(ROOT, 'site.config.ts'), 'utf8').replace(/name: '[^']*'/, `name: '${UNICODE_ORGANIZATION}'`);
    expect(config).toContain(UNICODE_ORGANIZATION);
    writeFileSync(join(dir, 'site.config.ts'), config);
    const { code, output } = await npmRun(dir, 'build');
    expect(code, output).toBe(0);
    dist = join(dir, 'dist');
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('survives intact into the HTML page, the PDF, the Word file and the Markdown', async () => {
    expect(existsSync(join(dist, 'templates/smart-goals/index.html'))).toBe(true);
    expect(load(readFileSync(join(dist, 'templates/smart-goals/index.html'), 'utf8'))('main .worksheet__org').text()).toBe(UNICODE_ORGANIZATION);

    for (const name of ['smart-goals.pdf', 'smart-goals-letter.pdf']) {
      const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(dist, 'downloads', name))) }).promise;
      const first = await pdf.getPage(1);
      const text = (await first.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
      expect(squash(text)).toContain(UNICODE_ORGANIZATION);
      expect(((await pdf.getMetadata()).info as { Author: string }).Author).toBe(UNICODE_ORGANIZATION);
    }

    const docx = unzipSync(readFileSync(join(dist, 'downloads/smart-goals.docx')));
    const core = new DOMParser().parseFromString(strFromU8(docx['docProps/core.xml']!), 'text/xml');
    expect(core.getElementsByTagName('dc:creator')[0]?.textContent).toBe(UNICODE_ORGANIZATION);
    const header = Object.keys(docx).find((name) => /^word\/header\d*\.xml$/.test(name));
    expect(strFromU8(docx[header!]!)).toContain(UNICODE_ORGANIZATION);

    expect(readFileSync(join(dist, 'downloads/smart-goals.md'), 'utf8')).toContain(UNICODE_ORGANIZATION);
  });
});
