import { getCollection, type CollectionEntry } from 'astro:content';
import site from '../../site.config';
import { collectionFolder } from './content-root';
import { lastModified } from './lastmod';
import { renderDocx } from '../toolkit/render/docx';
import { renderMarkdown } from '../toolkit/render/markdown';
import { PdfCache } from '../toolkit/render/pdf-cache';
import { PAPER, renderPdf, type Paper } from '../toolkit/render/pdf';
import { renderZip } from '../toolkit/render/zip';
import { readFonts } from '../toolkit/node';
import { PHASES, TemplateFieldError, type Branding, type Phase, type TemplateDocument } from '../toolkit/template';

export const branding: Branding = { organization: site.organization.name, color: site.brandColor, lang: site.lang, siteUrl: site.url };



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

export interface TemplateFile {
  /** File name under /downloads/. */
  name: string;
  /** What a reader sees on the link, e.g. "PDF, A4". */
  label: string;
  mediaType: string;
  data: Uint8Array;
}

const encoder = new TextEncoder();
const rendered = new Map<string, Promise<TemplateFile[]>>();

/** Adds the definition's file to a renderer's complaint about a field, so the build names both. */
async function naming<T>(entry: CollectionEntry<'templates'>, render: () => Promise<T>): Promise<T> {
  try {
    return await render();
  } catch (error) {
    if (error instanceof TemplateFieldError) throw new Error(`${entry.filePath ?? entry.id}: ${error.message}`, { cause: error });
    throw error;
  }
}

// One per build: the fonts parsed and the streams all the template PDFs share compressed once.
const pdfCache = new PdfCache();

/** Every format of one template, rendered once per build. */
export function templateFiles(entry: CollectionEntry<'templates'>): Promise<TemplateFile[]> {
  let files = rendered.get(entry.id);
  if (!files) {
    const doc = templateDocument(entry);
    const date = lastModified([entry.filePath ?? `${collectionFolder('templates')}/${entry.id}.yaml`]) ?? new Date();
    const pdf = (paper: Paper) => naming(entry, async () => renderPdf(doc, branding, { paper, fonts: await readFonts(), date, cache: pdfCache }));
    files = (async () => [
      { name: `${entry.id}.pdf`, label: `PDF, ${PAPER.a4.label}`, mediaType: 'application/pdf', data: await pdf('a4') },
      { name: `${entry.id}-letter.pdf`, label: `PDF, ${PAPER.letter.label}`, mediaType: 'application/pdf', data: await pdf('letter') },
      {
        name: `${entry.id}.docx`,
        label: 'Word',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        data: await naming(entry, () => renderDocx(doc, branding, { date })),
      },
      { name: `${entry.id}.md`, label: 'Markdown', mediaType: 'text/markdown; charset=utf-8', data: encoder.encode(renderMarkdown(doc, branding)) },
    ])();
    rendered.set(entry.id, files);
  }
  return files;
}

export const ARCHIVE_NAME = 'mentoring-templates.zip';

let archive: Promise<Uint8Array> | undefined;
/** The whole set in one ZIP, one folder per template. */
export function templateArchive(): Promise<Uint8Array> {
  archive ??= (async () => {
    const entries = await templateEntries();
    const files = (await Promise.all(entries.map(async (entry) => (await templateFiles(entry)).map((file) => ({ path: `${entry.id}/${file.name}`, data: file.data }))))).flat();
    const dates = entries.map((entry) => lastModified([entry.filePath ?? '']) ?? new Date()).sort((a, b) => b.getTime() - a.getTime());
    return renderZip(files, dates[0] ?? new Date());
  })();
  return archive;
}
