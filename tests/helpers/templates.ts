import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { PdfFonts } from '../../src/toolkit/render/pdf';
import { templateSchema, type Branding, type TemplateDocument } from '../../src/toolkit/template';

const FOLDER = join(import.meta.dirname, '../../src/content/templates');

/** The shipped template definitions, parsed by the toolkit's own schema. */
export function shippedTemplates(): TemplateDocument[] {
  return readdirSync(FOLDER)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({ id: file.replace(/\.yaml$/, ''), template: templateSchema.parse(parse(readFileSync(join(FOLDER, file), 'utf8'))) }));
}

export const shipped = (id: string) => {
  const doc = shippedTemplates().find((t) => t.id === id);
  if (!doc) throw new Error(`No template ${id}`);
  return doc;
};

const require = createRequire(import.meta.url);
export const fonts: PdfFonts = {
  regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
  bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
};

/** The name the issue asks every format to carry intact: accents, a dash, Greek and Cyrillic. */
export const UNICODE_ORGANIZATION = 'Programa de Mentoría – Zürich (Ελλάδα, Україна)';

export const brand: Branding = { organization: UNICODE_ORGANIZATION, color: '#1d4ed8', lang: 'es', siteUrl: 'https://mentoria.example.org' };
