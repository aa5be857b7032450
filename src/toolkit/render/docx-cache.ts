import { strFromU8 } from 'fflate';
import type { Branding, TemplateDocument } from '../template';
import { directionRuns, hasRightToLeft, isRightToLeftParagraph } from './bidi';
import { COMPLEX_SCRIPT_FONT, docxParts, renderDocx } from './docx';
import { packFile, renderZip, type ArchiveFile, type PackedFile } from './zip';

// Stand-ins for a document's own texts in a packed Word document: private-use characters, which no text
// the kit prints contains (the PDF font has no glyph for them).
const marker = (index: number) => `\uE000${index}\uE001`;
const MARKERS = /\uE000(\d+)\uE001/g;

/** Text as the docx library writes it into XML (its escapeAll): markup characters escaped, control characters dropped. */
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const xmlText = (text: string) => text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => XML_ESCAPES[char] ?? '');
const XML_CHARACTERS = Object.fromEntries(Object.entries(XML_ESCAPES).map(([char, entity]) => [entity, char]));
const unescapeXml = (xml: string) => xml.replace(/&(?:amp|quot|apos|lt|gt);/g, (entity) => XML_CHARACTERS[entity]!);

/**
 * A run of text without properties that holds markers, as the docx library writes one: its opening tag of
 * the text, and the text. A run of a text with properties of its own (bold, colour) has none of a marker.
 */
const MARKED_RUN = /<w:r>(<w:t[^>]*>)([^<]*\uE000[^<]*)<\/w:t><\/w:r>/g;
/** The properties of a right-to-left run, as the docx library writes those of runs() (docx.ts). */
const RIGHT_TO_LEFT_RUN = `<w:rPr><w:rFonts w:cs="${COMPLEX_SCRIPT_FONT}"/><w:rtl/></w:rPr>`;

/** A paragraph that holds a marker and, beside it, a right-to-left run of the brand's own text. */
const MARKER_BESIDE_RIGHT_TO_LEFT = /<w:p>(?:(?!<\/w:p>).)*?(?:\uE000(?:(?!<\/w:p>).)*?<w:rtl\/>|<w:rtl\/>(?:(?!<\/w:p>).)*?\uE000)/s;

/**
 * A packed document: its files, compressed once or, for those that hold markers, as XML text; and whether
 * texts written in are cut into runs as runs() (docx.ts) would cut them. They are not where a marker of
 * the document's body is not alone in a plain run, or shares a paragraph with right-to-left text of the
 * brand: the docx library cut that paragraph around the marker, not around the text written in its place,
 * whose letters and digits can change where the right-to-left stretch ends.
 */
interface Blank {
  files: (PackedFile | { path: string; marked: string })[];
  cutAsRuns: boolean;
}

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
    const values = names.map((name) => doc.values![name]!);
    const own = [doc.id, doc.template.title, doc.template.purpose, ...values];
    // A document is rendered on its own where a marker could mislead (a text that holds a marker's first
    // character) and where an answer is a right-to-left paragraph, whose paragraph Word gets marked too.
    if (JSON.stringify(doc).includes('\uE000') || values.some(isRightToLeftParagraph)) {
      return renderDocx(doc, this.brand, { date: this.date });
    }
    const template = { ...doc.template, title: marker(1), purpose: marker(2) };
    // Everything that shapes the document apart from its texts (the brand and date are the cache's own).
    const kind = JSON.stringify([template, names, doc.terms ?? {}]);
    let blank = this.blanks.get(kind);
    if (!blank) {
      const markers = Object.fromEntries(names.map((name, i) => [name, marker(3 + i)]));
      blank = this.pack({ id: marker(0), template, values: markers, ...(doc.terms && { terms: doc.terms }) });
      this.blanks.set(kind, blank);
    }
    const packed = await blank;
    if (!packed.cutAsRuns) return renderDocx(doc, this.brand, { date: this.date });
    const texts = own.map(xmlText);
    // A run's text, with the document's own texts written in, is cut where its direction changes, as
    // runs() (docx.ts) cuts it; what is left of the markers (in the document's properties) is plain text.
    const writeIn = (xml: string) =>
      xml
        .replace(MARKED_RUN, (run, open: string, marked: string) => {
          const text = unescapeXml(marked).replace(MARKERS, (_, i: string) => own[Number(i)]!);
          if (!hasRightToLeft(text)) return run;
          return directionRuns(text)
            .map((part) => `<w:r>${part.rtl ? RIGHT_TO_LEFT_RUN : ''}${open}${xmlText(part.text)}</w:t></w:r>`)
            .join('');
        })
        .replace(MARKERS, (_, i: string) => texts[Number(i)]!);
    return renderZip(
      packed.files.map((file): ArchiveFile | PackedFile => ('marked' in file ? { path: file.path, data: writeIn(file.marked) } : file)),
      this.date,
    );
  }

  private async pack(doc: TemplateDocument): Promise<Blank> {
    const files = (await docxParts(doc, this.brand, { date: this.date })).map((file) => {
      const xml = /\.(xml|rels)$/.test(file.path) ? strFromU8(file.data) : '';
      return xml.includes('\uE000') ? { path: file.path, marked: xml } : packFile(file);
    });
    const body = files.flatMap((file) => ('marked' in file && file.path.startsWith('word/') ? [file.marked] : []));
    const cutAsRuns = body.every((xml) => !xml.replace(MARKED_RUN, '').includes('\uE000') && !MARKER_BESIDE_RIGHT_TO_LEFT.test(xml));
    return { files, cutAsRuns };
  }
}
