import { strFromU8 } from 'fflate';
import type { Branding, TemplateDocument } from '../template';
import { hasRightToLeft } from './bidi';
import { docxParts, renderDocx } from './docx';
import { packFile, renderZip, type ArchiveFile, type PackedFile } from './zip';

// Stand-ins for a document's own texts in a packed Word document: private-use characters, which no text
// the kit prints contains (the PDF font has no glyph for them).
const marker = (index: number) => `\uE000${index}\uE001`;
const MARKERS = /\uE000(\d+)\uE001/g;

/** Text as the docx library writes it into XML (its escapeAll): markup characters escaped, control characters dropped. */
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const xmlText = (text: string) => text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => XML_ESCAPES[char] ?? '');

/** A packed document's files: compressed once, or, for those that hold markers, as XML text. */
type Blank = (PackedFile | { path: string; marked: string })[];

/**
 * Word documents that differ only in their own texts (identifier, title, purpose and known answers), as a
 * kit's agendas do from session to session. Packing with the docx library is what takes the time, so each
 * kind of document is packed once, with markers in place of those texts, and each document is that
 * package with its texts written in: the same bytes as renderDocx. For one brand and date; give one to
 * the documents of a kit and drop it afterwards.
 */
export class DocxCache {
  private readonly blanks = new Map<string, Promise<Blank>>();

  constructor(
    private readonly brand: Branding,
    private readonly date: Date,
  ) {}

  async render(doc: TemplateDocument): Promise<Uint8Array> {
    const names = Object.keys(doc.values ?? {}).sort();
    const own = [doc.id, doc.template.title, doc.template.purpose, ...names.map((name) => doc.values![name]!)];
    // A document is rendered on its own where a marker could mislead: a text that holds a marker's first
    // character, or one that runs right to left in places, which Word gets as runs of its own (docx.ts).
    if (JSON.stringify(doc).includes('\uE000') || own.some(hasRightToLeft)) {
      return renderDocx(doc, this.brand, { date: this.date });
    }
    const texts = own.map(xmlText);
    const template = { ...doc.template, title: marker(1), purpose: marker(2) };
    // Everything that shapes the document apart from its texts (the brand and date are the cache's own).
    const kind = JSON.stringify([template, names, doc.terms ?? {}]);
    let blank = this.blanks.get(kind);
    if (!blank) {
      const values = Object.fromEntries(names.map((name, i) => [name, marker(3 + i)]));
      blank = this.pack({ id: marker(0), template, values, ...(doc.terms && { terms: doc.terms }) });
      this.blanks.set(kind, blank);
    }
    const files = (await blank).map((file): ArchiveFile | PackedFile =>
      'marked' in file ? { path: file.path, data: file.marked.replace(MARKERS, (_, i: string) => texts[Number(i)]!) } : file,
    );
    return renderZip(files, this.date);
  }

  private async pack(doc: TemplateDocument): Promise<Blank> {
    const files = await docxParts(doc, this.brand, { date: this.date });
    return files.map((file) => {
      const xml = /\.(xml|rels)$/.test(file.path) ? strFromU8(file.data) : '';
      return xml.includes('\uE000') ? { path: file.path, marked: xml } : packFile(file);
    });
  }
}
