// The toolkit's files as Node reads them from this project: the template definitions and the PDF fonts.
// Node only (fs); the browser fetches the same files from the built site.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { parseOrExplain } from '../lib/validation';
import type { PdfFonts } from './render/pdf';
import { KIT_TEMPLATES, type KitTemplateId } from './kit';
import { templateSchema, type Template, type TemplateDocument } from './template';

const require = createRequire(import.meta.url);

/** DejaVu Sans regular and bold, which cover Latin, Greek and Cyrillic, from the dejavu-fonts-ttf package. */
export function readFonts(): PdfFonts {
  return {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
}

// From the project root, where npm runs every script.
export const TEMPLATE_FOLDER = resolve('src/content/templates');

/** Every template definition in src/content/templates, validated, in file-name order. */
export function readTemplates(folder = TEMPLATE_FOLDER): TemplateDocument[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      template: parseOrExplain(templateSchema, parse(readFileSync(join(folder, file), 'utf8')), join('src/content/templates', file)),
    }));
}

/** The templates a program kit is made of, by id. */
export function readKitTemplates(): Record<KitTemplateId, Template> {
  const all = readTemplates();
  return Object.fromEntries(
    KIT_TEMPLATES.map((id) => {
      const found = all.find((t) => t.id === id);
      if (!found) throw new Error(`The kit needs the template src/content/templates/${id}.yaml, which is missing`);
      return [id, found.template];
    }),
  ) as Record<KitTemplateId, Template>;
}
