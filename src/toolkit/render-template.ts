import type { Branding, TemplateDocument } from './template';
import { renderDocx } from './render/docx';
import { renderMarkdown } from './render/markdown';
import { PAPER, renderPdf, type Paper, type PdfFonts } from './render/pdf';
import { PdfCache } from './render/pdf-cache';
import { renderZip } from './render/zip';

/** One file of a template, in one format. */
export interface TemplateFile {
  /** File name, e.g. "smart-goals-letter.pdf". */
  name: string;
  /** What a reader sees on the link, e.g. "PDF, A4". */
  label: string;
  mediaType: string;
  data: Uint8Array;
}

export interface TemplateRenderOptions {
  fonts: PdfFonts;
  /** The documents' date (their metadata and the Word file's properties). */
  date: Date;
  /** Shared by the templates of one set, so that fonts are parsed and common streams compressed once. */
  cache?: PdfCache;
}

const encoder = new TextEncoder();

/** A template in every format: fillable PDF on A4 and on US Letter, Word, and Markdown. */
export async function renderTemplate(doc: TemplateDocument, brand: Branding, options: TemplateRenderOptions): Promise<TemplateFile[]> {
  const pdf = (paper: Paper) => renderPdf(doc, brand, { paper, fonts: options.fonts, date: options.date, ...(options.cache && { cache: options.cache }) });
  return [
    { name: `${doc.id}.pdf`, label: `PDF, ${PAPER.a4.label}`, mediaType: 'application/pdf', data: await pdf('a4') },
    { name: `${doc.id}-letter.pdf`, label: `PDF, ${PAPER.letter.label}`, mediaType: 'application/pdf', data: await pdf('letter') },
    {
      name: `${doc.id}.docx`,
      label: 'Word',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      data: await renderDocx(doc, brand, { date: options.date }),
    },
    { name: `${doc.id}.md`, label: 'Markdown', mediaType: 'text/markdown; charset=utf-8', data: encoder.encode(renderMarkdown(doc, brand)) },
  ];
}

/** A set of rendered templates as one ZIP, a folder per template, in the order given. */
export function renderTemplateArchive(set: readonly { id: string; files: readonly TemplateFile[] }[], date: Date): Uint8Array {
  return renderZip(
    set.flatMap(({ id, files }) => files.map((file) => ({ path: `${id}/${file.name}`, data: file.data }))),
    date,
  );
}
