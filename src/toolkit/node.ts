// The toolkit's files as Node reads them: the template definitions from a folder the caller names, and
// the PDF fonts from their package. Node only (fs); the browser adapter fetches the same files by URL.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseOrExplain } from './validation';
import { PRINTABLE_RANGES } from './charset';
import type { PdfFonts } from './render/pdf';
import { KIT_TEMPLATES, type KitTemplateId } from './kit-templates';
import { templateSchema, type Template, type TemplateDocument } from './template';

const require = createRequire(import.meta.url);

let fonts: Promise<PdfFonts> | undefined;

/**
 * DejaVu Sans regular and bold (dejavu-fonts-ttf), cut down with HarfBuzz (subset-font) to the printable
 * characters: Latin, Greek, Cyrillic and punctuation, about 100 KB each instead of 750 KB. Every PDF
 * embeds these whole, which is far quicker than subsetting per file, and the browser downloads the same
 * bytes from the built site, so that both make identical PDFs.
 */
export function readFonts(): Promise<PdfFonts> {
  const characters = PRINTABLE_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');
  // Without shaping tables (kerning, ligatures: fontkit spent most of a PDF's time applying them to every
  // measured string) and without hinting (PDF viewers rasterize well without it).
  const dropTables = ['GPOS', 'GSUB', 'GDEF', 'kern', 'fpgm', 'prep', 'cvt ', 'hdmx', 'LTSH', 'VDMX'];
  const cut = async (file: string) =>
    new Uint8Array(await (await import('subset-font')).default(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)), characters, { targetFormat: 'truetype', dropTables }));
  fonts ??= Promise.all([cut('DejaVuSans.ttf'), cut('DejaVuSans-Bold.ttf')]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}

/** Every template definition (`*.yaml`) in `folder`, validated, in file-name order. */
export function readTemplates(folder: string): TemplateDocument[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      template: parseOrExplain(templateSchema, parse(readFileSync(join(folder, file), 'utf8')), join(folder, file)),
    }));
}

/** The templates a program kit is made of, by id, from the template definitions in `folder`. */
export function readKitTemplates(folder: string): Record<KitTemplateId, Template> {
  const all = readTemplates(folder);
  return Object.fromEntries(
    KIT_TEMPLATES.map((id) => {
      const found = all.find((t) => t.id === id);
      if (!found) throw new Error(`The kit needs the template ${join(folder, `${id}.yaml`)}, which is missing`);
      return [id, found.template];
    }),
  ) as Record<KitTemplateId, Template>;
}
