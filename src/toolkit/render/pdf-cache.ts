import fontkit from '@pdf-lib/fontkit';
// fontkit's Indic and Thai shaping was compiled for a global regeneratorRuntime that it does not bring.
import 'regenerator-runtime/runtime.js';
import { zlibSync } from 'fflate';
import { PDFContentStream, PDFName, PDFRawStream, typedArrayFor, type PDFContext, type PDFDocument, type PDFFont } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type ParsedFont = ReturnType<Fontkit['create']>;

// The bytes as a string with one character per byte (windows-1252 maps each of the 256 bytes to its own
// character), to key a Map by content.
const bytesKey = new TextDecoder('windows-1252');
const FLATE = PDFName.of('FlateDecode');
const FILTER = PDFName.of('Filter');

/** Alphabetic and Arabic presentation forms (U+FB00 to U+FDFF, U+FE70 to U+FEFF). */
const isPresentationForm = (codePoint: number) => (codePoint >= 0xfb00 && codePoint <= 0xfdff) || (codePoint >= 0xfe70 && codePoint <= 0xfeff);

/** What padSubsetGlyphs reaches of fontkit's TrueType subset, which its types do not describe. */
interface TrueTypeSubset {
  _addGlyph?: (gid: number) => number;
  glyf: Uint8Array[];
  offset: number;
}

/**
 * Makes fontkit's TrueType subsets pad each glyph to an even length. The subset writes the short form of the
 * glyph index (loca), which stores offsets halved: after a glyph of odd length every later glyph is read
 * from the wrong place, and Noto Sans Arabic has hundreds of them (a name came out as two stray marks).
 */
function padSubsetGlyphs(font: ParsedFont): void {
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset() as unknown as TrueTypeSubset;
    const addGlyph = subset._addGlyph?.bind(subset);
    if (addGlyph) {
      subset._addGlyph = (gid) => {
        const index = addGlyph(gid);
        const data = subset.glyf[index]!;
        if (data.length % 2 === 1) {
          // The same Buffer class as fontkit's own, which its encoder insists on.
          const padded = (data.constructor as unknown as { alloc(size: number): Uint8Array }).alloc(data.length + 1);
          padded.set(data);
          subset.glyf[index] = padded;
          subset.offset += 1;
        }
        return index;
      };
    }
    return subset as unknown as ReturnType<ParsedFont['createSubset']>;
  };
}

/**
 * Work that PDFs made with the same fonts share, done once instead of once per file. pdf-lib parses each
 * font anew for every document and compresses every stream on its own: the whole regular font (80 KB) in
 * each file, and one stream per form-field appearance, most of them alike. Give one cache to the PDFs of
 * one batch (a kit) and drop it afterwards: it keeps every stream it compressed. Fonts are known by their
 * byte arrays, which must not change while the cache is in use; streams by their contents.
 */
export class PdfCache {
  private readonly fonts = new Map<Uint8Array, ParsedFont>();
  private readonly compressed = new Map<string, Uint8Array>();
  private readonly widths = new Map<Uint8Array, Map<string, number>>();

  /** fontkit, parsing each font's bytes once, for pdf-lib. */
  readonly fontkit: Fontkit = {
    create: (data) => {
      let font = this.fonts.get(data);
      if (!font) {
        font = fontkit.create(data);
        // A glyph keeps the code point it was first looked up by, which becomes its text in the PDF's
        // ToUnicode map: look every glyph up now, in code-point order, so that what an earlier file drew
        // cannot change a later one. Not by the presentation forms (Arabic letters in their joined shapes,
        // ligatures): the glyphs they reach come from shaping the letters themselves, whose text they carry.
        for (const codePoint of font.characterSet) if (!isPresentationForm(codePoint)) font.glyphForCodePoint(codePoint);
        padSubsetGlyphs(font);
        this.fonts.set(data, font);
      }
      return font;
    },
  };

  /**
   * `font.widthOfTextAtSize`, remembered for the font's bytes (`data`): wrapping text measures line after
   * line as it grows, and a kit's agendas wrap the same template text in every file.
   */
  widthOfTextAtSize(data: Uint8Array, font: PDFFont, text: string, size: number): number {
    let known = this.widths.get(data);
    if (!known) {
      known = new Map();
      this.widths.set(data, known);
    }
    const key = `${size} ${text}`;
    let width = known.get(key);
    if (width === undefined) {
      width = font.widthOfTextAtSize(text, size);
      known.set(key, width);
    }
    return width;
  }

  /** zlib-compressed `data` (FlateDecode), compressed once per distinct content. */
  deflate(data: Uint8Array): Uint8Array {
    const key = bytesKey.decode(data);
    let out = this.compressed.get(key);
    if (!out) {
      out = zlibSync(data);
      this.compressed.set(key, out);
    }
    return out;
  }

  /** Makes the streams pdf-lib compresses as it creates them (fonts and their character maps) go through this cache. */
  adopt(context: PDFContext): void {
    context.flateStream = (contents, dict = {}) => context.stream(this.deflate(typedArrayFor(contents)), { ...dict, Filter: 'FlateDecode' });
  }

  /**
   * Replaces the document's content streams (pages, field appearances), which pdf-lib would compress one by
   * one when saving, with their compressed bytes. Call when nothing more will be drawn.
   */
  compressContentStreams(context: PDFContext): void {
    for (const [ref, object] of context.enumerateIndirectObjects()) {
      if (object instanceof PDFContentStream && object.dict.get(FILTER) === FLATE) {
        context.assign(ref, PDFRawStream.of(object.dict, this.deflate(object.getUnencodedContents())));
      }
    }
  }
}
