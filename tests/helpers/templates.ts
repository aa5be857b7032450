import { readFonts, readTemplates } from '../../src/toolkit/node';
import { fieldLabel, type Branding, type Field, type TemplateDocument } from '../../src/toolkit/template';
import { wordsFor } from '../../src/toolkit/words';

/** The shipped template definitions, parsed by the toolkit's own schema. */
export const shippedTemplates = (): TemplateDocument[] => readTemplates('src/content/templates');

export const shipped = (id: string) => {
  const doc = shippedTemplates().find((t) => t.id === id);
  if (!doc) throw new Error(`No template ${id}`);
  return doc;
};

export const fonts = await readFonts();

/** The name the issue asks every format to carry intact: accents, a dash, Greek and Cyrillic. */
export const UNICODE_ORGANIZATION = 'Programa de Mentoría – Zürich (Ελλάδα, Україна)';

export const brand: Branding = { organization: UNICODE_ORGANIZATION, color: '#1d4ed8', lang: 'en', siteUrl: 'https://mentoria.example.org' };

/** A section's heading as a reader sees it in every format: an agenda item says how many minutes it takes. */
export const headingOf = (section: { title: string; minutes?: number | undefined }): string =>
  section.minutes === undefined ? section.title : `${section.title} (${section.minutes} minutes)`;

/** The words beside each box or button a field offers, as a reader sees them: a checklist's options, a rating's values, a choice's options, a consent's statement. */
export const choicesOf = (f: Field): string[] => {
  switch (f.kind) {
    case 'checklist':
    case 'choice':
      return f.options;
    case 'rating':
      return Array.from({ length: f.max - f.min + 1 }, (_, i) => String(f.min + i));
    case 'consent':
      return [f.statement];
    default:
      return [];
  }
};

/** A field's label as every format prints it in English, marked when it is for mentors or mentees only. */
export const printedLabel = (f: Field): string => fieldLabel(f, wordsFor('en'));
