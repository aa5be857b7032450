import { getCollection, type CollectionEntry } from 'astro:content';
import site from '../../site.config';
import { collectionFolder } from '../collections/content-root';
import { lastModified } from '../collections/last-modified';
import { firstPageImage } from './page-image';
import { allShownIn, shownIn, type Shown } from './translations';
import { defaultLocale, prefixOf } from '../i18n/pages';
import type { Locale } from '../schemas/site';
import { PHASES, TemplateFieldError, createPdfCache, readFonts, renderTemplate, renderTemplateArchive, type Branding, type Phase, type TemplateDocument, type TemplateFile } from '../toolkit';

/** The organization and site every document is made for, in `language`: the documents' words are in it. */
export const brandingIn = (language: Locale): Branding => ({ organization: site.organization.name, color: site.brandColor, lang: language.code, siteUrl: site.url });

/** A template as the readers of one language are shown it: its translation into their language, or the original. */
export type ShownTemplate = Shown<'templates'>;

/** The toolkit's view of a template as shown: links back to plain ids, and nothing of the translation's own (its review). */
export function templateDocument(shown: ShownTemplate): TemplateDocument {
  const { related, references, reviewed, ...rest } = shown.entry.data as CollectionEntry<'templates'>['data'] & { reviewed?: unknown };
  return { id: shown.id, template: { ...rest, related: related.map((link) => link.id), references: references.map((link) => link.id) } };
}

/** Where a shown template's files are: under the language it is written in ("/es/downloads/…"), the default language's at the root. */
export const filesPrefixOf = (shown: Pick<ShownTemplate, 'language'>): string => prefixOf(shown.language);

const phaseOrder = Object.keys(PHASES) as Phase[];

/** Templates in the order of the program: by phase, then by their order within it. */
export async function templateEntries(): Promise<CollectionEntry<'templates'>[]> {
  return (await getCollection('templates')).sort(
    (a, b) => phaseOrder.indexOf(a.data.phase) - phaseOrder.indexOf(b.data.phase) || a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
}

/** Every template, in program order, as the readers of `language` are shown it. */
export const shownTemplates = async (language: Locale): Promise<ShownTemplate[]> => allShownIn('templates', await templateEntries(), language);

/** One template as the readers of `language` are shown it. */
export const shownTemplate = (entry: CollectionEntry<'templates'>, language: Locale): Promise<ShownTemplate> => shownIn('templates', entry, language);

/** The languages templates are written in: the default one, and each that has a translation of one. */
export async function templateLanguages(): Promise<Locale[]> {
  const entries = await templateEntries();
  const shown = await Promise.all(entries.map((entry) => shownTemplate(entry, defaultLocale)));
  return site.locales.filter((locale) => shown.some((template) => template.languages.includes(locale)));
}

const rendered = new Map<string, Promise<TemplateFile[]>>();
// One per build: the fonts parsed and the streams all the template PDFs share compressed once.
const pdfCache = createPdfCache();

const dateOf = ({ entry }: ShownTemplate) => lastModified([entry.filePath ?? `${collectionFolder('templates')}/${entry.id}.yaml`]) ?? new Date();

/**
 * Every format of one template in the language it is shown in, rendered once per build; a field that does
 * not fit names the definition's file (the translation's, for a translation).
 */
export function templateFiles(shown: ShownTemplate): Promise<TemplateFile[]> {
  const key = `${shown.language.code}/${shown.id}`;
  let files = rendered.get(key);
  if (!files) {
    files = (async () => {
      try {
        return await renderTemplate(templateDocument(shown), brandingIn(shown.language), { fonts: await readFonts(), date: dateOf(shown), cache: await pdfCache });
      } catch (error) {
        if (error instanceof TemplateFieldError) throw new Error(`${shown.entry.filePath ?? shown.id}: ${error.message}`, { cause: error });
        throw error;
      }
    })();
    rendered.set(key, files);
  }
  return files;
}

export const ARCHIVE_NAME = 'mentoring-templates.zip';

const archives = new Map<Locale, Promise<Uint8Array>>();
/**
 * The whole set in one ZIP for the readers of `language` (each template in their language where it is
 * translated), with a README and a folder per phase of the program, dated by the newest definition.
 */
export function templateArchive(language: Locale): Promise<Uint8Array> {
  let archive = archives.get(language);
  if (!archive) {
    archive = (async () => {
      const shown = await shownTemplates(language);
      const set = await Promise.all(shown.map(async (template) => ({ doc: templateDocument(template), files: await templateFiles(template) })));
      const newest = shown.map(dateOf).sort((a, b) => b.getTime() - a.getTime());
      return await renderTemplateArchive(set, brandingIn(language), newest[0] ?? new Date());
    })();
    archives.set(language, archive);
  }
  return archive;
}

/**
 * A template's preview is its A4 PDF's first page, this many pixels wide: for its own page (240 CSS
 * pixels at 2x), for lists (at most 120 CSS pixels at 2x) and for the home page (64 CSS pixels at 2x),
 * so that a page fetches no more than it shows: on the home page, bigger pictures delayed the first paint.
 */
export const PREVIEW_PIXELS = { page: 480, thumbnail: 240, icon: 128 } as const;
export type PreviewSize = keyof typeof PREVIEW_PIXELS;

/** The width and height to show a preview at, in whole CSS pixels, in A4's proportions. */
export const previewBox = (width: number) => ({ width, height: Math.round((width * 297) / 210) });

const previews = new Map<string, Promise<Uint8Array>>();
/** The first page of a template's PDF, in the language it is shown in, as an image, drawn once per build and size. */
export function templatePreview(shown: ShownTemplate, size: PreviewSize): Promise<Uint8Array> {
  const key = `${shown.language.code}/${shown.id} ${size}`;
  let preview = previews.get(key);
  if (!preview) {
    preview = (async () => {
      const pdf = (await templateFiles(shown)).find((file) => file.name === `${shown.id}.pdf`);
      if (!pdf) throw new Error(`${shown.entry.filePath ?? shown.id}: no PDF to preview`);
      return firstPageImage(pdf.data, PREVIEW_PIXELS[size]);
    })();
    previews.set(key, preview);
  }
  return preview;
}
