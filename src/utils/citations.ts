import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';

/** The fields of a reference entry, as the `references` collection stores them. */
export interface ReferenceData {
  type: 'article' | 'book';
  authors?: { family: string; given: string }[] | undefined;
  editors?: { family: string; given: string }[] | undefined;
  year: number;
  title: string;
  journal?: string | undefined;
  volume?: string | undefined;
  issue?: string | undefined;
  pages?: string | undefined;
  publisher?: string | undefined;
  edition?: number | undefined;
  doi?: string | undefined;
}

/** CSL-JSON, the interchange format every citation processor reads. */
export function toCsl(id: string, ref: ReferenceData): Record<string, unknown> {
  return {
    id,
    type: ref.type === 'article' ? 'article-journal' : 'book',
    ...(ref.authors && { author: ref.authors }),
    ...(ref.editors && { editor: ref.editors }),
    issued: { 'date-parts': [[ref.year]] },
    title: ref.title,
    ...(ref.journal && { 'container-title': ref.journal }),
    ...(ref.volume && { volume: ref.volume }),
    ...(ref.issue && { issue: ref.issue }),
    ...(ref.pages && { page: ref.pages }),
    ...(ref.publisher && { publisher: ref.publisher }),
    ...(ref.edition && { edition: String(ref.edition) }),
    ...(ref.doi && { DOI: ref.doi }),
  };
}

/** The download formats of the reference list, by file extension. */
export const EXPORT_FORMATS = {
  bib: { label: 'BibTeX', mediaType: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', mediaType: 'application/x-research-info-systems; charset=utf-8' },
  json: { label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

type Entries = readonly { id: string; data: ReferenceData }[];

const APA = { template: 'apa', lang: 'en-US', asEntryArray: true } as const;

/**
 * The entries in APA 7 as citeproc formats them, in APA order. `html` is citeproc's own output,
 * which escapes the entry's text; only its wrapper element is removed.
 */
export function apaBibliography(entries: Entries): { id: string; html: string; text: string; inText: string }[] {
  const cite = new Cite(entries.map((entry) => toCsl(entry.id, entry.data)));
  const text = new Map(cite.format('bibliography', { ...APA, format: 'text' }));
  return cite.format('bibliography', { ...APA, format: 'html' }).map(([id, html]) => ({
    id,
    html: html.trim().replace(/^<div[^>]*>/, '').replace(/<\/div>$/, ''),
    text: (text.get(id) ?? '').trim(),
    // Formatted by the same processor as the list, so "(Allen et al., 2006a)" matches its entry.
    inText: cite.format('citation', { ...APA, format: 'text', entry: id }).trim(),
  }));
}

/**
 * citation-js wraps RIS lines at 70 characters, splitting words and breaking the one-line fields
 * that RIS readers expect; every real RIS line starts with a two-character tag, so rejoin the rest.
 */
function unwrapRis(ris: string): string {
  return ris.replace(/\r?\n(?![A-Z][A-Z0-9] {2}- |$)/g, '');
}

/** The whole list as a file in one of the export formats. */
export function exportReferences(entries: Entries, format: ExportFormat): string {
  const csl = entries.map((entry) => toCsl(entry.id, entry.data));
  switch (format) {
    case 'json':
      return `${JSON.stringify(csl, null, 2)}\n`;
    case 'bib':
      return new Cite(csl).format('bibtex');
    case 'ris':
      return unwrapRis(new Cite(csl).format('ris'));
  }
}
