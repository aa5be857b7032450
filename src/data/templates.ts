import { getCollection, type CollectionEntry } from 'astro:content';
import site from '../../site.config';
import { collectionFolder } from '../collections/content-root';
import { lastModified } from '../collections/last-modified';
import { firstPageImage } from './page-image';
import { PHASES, TemplateFieldError, createPdfCache, readFonts, renderTemplate, renderTemplateArchive, type Branding, type Phase, type TemplateDocument, type TemplateFile } from '../toolkit';

export const branding: Branding = { organization: site.organization.name, color: site.brandColor, lang: site.defaultLocale, siteUrl: site.url };

/** The toolkit's view of a template entry: links back to plain ids. */
export function templateDocument(entry: CollectionEntry<'templates'>): TemplateDocument {
  const { related, references, ...rest } = entry.data;
  return { id: entry.id, template: { ...rest, related: related.map((link) => link.id), references: references.map((link) => link.id) } };
}

const phaseOrder = Object.keys(PHASES) as Phase[];

/** Templates in the order of the program: by phase, then by their order within it. */
export async function templateEntries(): Promise<CollectionEntry<'templates'>[]> {
  return (await getCollection('templates')).sort(
    (a, b) => phaseOrder.indexOf(a.data.phase) - phaseOrder.indexOf(b.data.phase) || a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
}

const rendered = new Map<string, Promise<TemplateFile[]>>();
// One per build: the fonts parsed and the streams all the template PDFs share compressed once.
const pdfCache = createPdfCache();

const dateOf = (entry: CollectionEntry<'templates'>) => lastModified([entry.filePath ?? `${collectionFolder('templates')}/${entry.id}.yaml`]) ?? new Date();

/** Every format of one template, rendered once per build; a field that does not fit names the definition's file. */
export function templateFiles(entry: CollectionEntry<'templates'>): Promise<TemplateFile[]> {
  let files = rendered.get(entry.id);
  if (!files) {
    files = (async () => {
      try {
        return await renderTemplate(templateDocument(entry), branding, { fonts: await readFonts(), date: dateOf(entry), cache: await pdfCache });
      } catch (error) {
        if (error instanceof TemplateFieldError) throw new Error(`${entry.filePath ?? entry.id}: ${error.message}`, { cause: error });
        throw error;
      }
    })();
    rendered.set(entry.id, files);
  }
  return files;
}

export const ARCHIVE_NAME = 'mentoring-templates.zip';

let archive: Promise<Uint8Array> | undefined;
/** The whole set in one ZIP, with a README and a folder per phase of the program, dated by the newest definition. */
export function templateArchive(): Promise<Uint8Array> {
  archive ??= (async () => {
    const entries = await templateEntries();
    const set = await Promise.all(entries.map(async (entry) => ({ doc: templateDocument(entry), files: await templateFiles(entry) })));
    const newest = entries.map(dateOf).sort((a, b) => b.getTime() - a.getTime());
    return await renderTemplateArchive(set, branding, newest[0] ?? new Date());
  })();
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
/** The first page of a template's PDF as an image, drawn once per build and size. */
export function templatePreview(entry: CollectionEntry<'templates'>, size: PreviewSize): Promise<Uint8Array> {
  const key = `${entry.id} ${size}`;
  let preview = previews.get(key);
  if (!preview) {
    preview = (async () => {
      const pdf = (await templateFiles(entry)).find((file) => file.name === `${entry.id}.pdf`);
      if (!pdf) throw new Error(`${entry.filePath ?? entry.id}: no PDF to preview`);
      return firstPageImage(pdf.data, PREVIEW_PIXELS[size]);
    })();
    previews.set(key, preview);
  }
  return preview;
}
