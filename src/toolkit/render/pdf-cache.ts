import fontkit from '@pdf-lib/fontkit';
// fontkit's Indic and Thai shaping was compiled for a global regeneratorRuntime that it does not bring.
import 'regenerator-runtime/runtime.js';
import { zlibSync } from 'fflate';
import {
  PDFContentStream,
  PDFName,
  PDFNumber,
  PDFRawStream,
  defaultTextFieldAppearanceProvider,
  typedArrayFor,
  type EmbedFontOptions,
  type PDFContext,
  type PDFDocument,
  type PDFFont,
  type PDFOperator,
  type PDFRef,
  type PDFTextField,
  type PDFWidgetAnnotation,
} from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type ParsedFont = ReturnType<Fontkit['create']>;

// The bytes as a string with one character per byte (windows-1252 maps each of the 256 bytes to its own
// character), to key a Map by content.
const bytesKey = new TextDecoder('windows-1252');
const FLATE = PDFName.of('FlateDecode');
const FILTER = PDFName.of('Filter');
const MK = PDFName.of('MK');
const BS = PDFName.of('BS');

/** What pdf-lib keeps of a text field's appearance: its private method draws each widget's. */
interface DrawsWidgetAppearance {
  updateWidgetAppearance(widget: PDFWidgetAnnotation, font: PDFFont, provider?: typeof defaultTextFieldAppearanceProvider): void;
}

/**
 * What PdfCache reaches of pdf-lib's embedder of a custom font, which pdf-lib keeps private: the widths
 * (/W) and the character map (/ToUnicode) it writes for the glyphs a document uses, and those glyphs, all
 * of the font's (an embedded whole font) or a subset's.
 */
interface FontEmbedder {
  font: ParsedFont;
  subset?: FontkitSubset;
  /** A subset's glyphs, by their number in it (pdf-lib's CustomFontSubsetEmbedder). */
  glyphs: { id: number }[];
  computeWidths(): (number | number[])[];
  embedUnicodeCmap(context: PDFContext): PDFRef;
}

const embedderOf = (font: PDFFont) => (font as unknown as { embedder: FontEmbedder }).embedder;

/** The entries of `byFont` for `font`, made empty the first time. */
function inFontOf<T>(byFont: WeakMap<ParsedFont, Map<string, T>>, font: ParsedFont): Map<string, T> {
  let entries = byFont.get(font);
  if (!entries) {
    entries = new Map();
    byFont.set(font, entries);
  }
  return entries;
}

/** A font's /W and /ToUnicode for one set of glyphs, as they are made: the widths as PDF numbers, the map compressed. */
interface GlyphTables {
  widths?: (PDFNumber | PDFNumber[])[];
  unicodeCmap?: Uint8Array;
}

/** A text field's appearance as pdf-lib draws it, and the /DA it leaves on the field and on the widget. */
interface TextFieldAppearance {
  operators: readonly PDFOperator[];
  fieldDa: string | undefined;
  widgetDa: string | undefined;
}

/** Alphabetic and Arabic presentation forms (U+FB00 to U+FDFF, U+FE70 to U+FEFF). */
const isPresentationForm = (codePoint: number) => (codePoint >= 0xfb00 && codePoint <= 0xfdff) || (codePoint >= 0xfe70 && codePoint <= 0xfeff);

/** What adaptSubsets reaches of fontkit's subsets (TrueType and CFF), which its types do not describe. */
interface FontkitSubset {
  glyphs: number[];
  encode(stream: EncodeStream): void;
  encodeStream(): unknown;
  // TrueType subsets only.
  _addGlyph?: (gid: number) => number;
  glyf: Uint8Array[];
  offset: number;
}

/** fontkit's writer (restructure's EncodeStream): it hands its bytes, chunk by chunk, to `push`. */
interface EncodeStream {
  push(chunk: Uint8Array | null): boolean;
  end(): void;
}

/** The stream that pdf-lib reads a subset's bytes from: the bytes, then the end. */
function bytesStream(bytes: Uint8Array) {
  const stream = {
    on(event: string, callback: (data?: Uint8Array) => void) {
      // After pdf-lib has set its listeners, as a stream's events come.
      if (event === 'data') queueMicrotask(() => callback(bytes));
      else if (event === 'end') queueMicrotask(() => queueMicrotask(() => callback()));
      return stream;
    },
  };
  return stream;
}

/**
 * Adapts fontkit's subsets of `font` in two ways.
 * - Each glyph of a TrueType subset is padded to an even length. The subset writes the short form of the
 *   glyph index (loca), which stores offsets halved: after a glyph of odd length every later glyph is read
 *   from the wrong place, and Noto Sans Arabic has hundreds of them (a name came out as two stray marks).
 * - A subset is encoded at once, and once for all the subsets of the same glyphs in the same order (a
 *   kit's agendas print the same names and headings): fontkit would encode it after a timer (its
 *   `process.nextTick` stand-in), through a stream whose every chunk waits on another timer, and those
 *   timers wait at least 4 ms each in a browser's worker.
 */
function adaptSubsets(font: ParsedFont): void {
  const createSubset = font.createSubset.bind(font);
  const encoded = new Map<string, Uint8Array>();
  // The class of fontkit's writer, from the stream of a subset of its own, left empty: fontkit encodes it
  // after a timer, which is cheap, and which then touches no subset that a document uses.
  let Writer: (new () => EncodeStream) | undefined;
  font.createSubset = () => {
    Writer ??= ((createSubset() as unknown as FontkitSubset).encodeStream() as { constructor: new () => EncodeStream }).constructor;
    const subset = createSubset() as unknown as FontkitSubset;
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
    subset.encodeStream = () => {
      const key = subset.glyphs.join(',');
      let bytes = encoded.get(key);
      if (!bytes) {
        const writer = new Writer!();
        const chunks: Uint8Array[] = [];
        writer.push = (chunk) => (chunk && chunks.push(chunk), true);
        subset.encode(writer);
        writer.end();
        bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
        let at = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, at);
          at += chunk.length;
        }
        encoded.set(key, bytes);
      }
      return bytesStream(bytes);
    };
    return subset as unknown as ReturnType<ParsedFont['createSubset']>;
  };
}

/**
 * Makes `font.layout` remember the glyph runs it made, by text and features: the PDFs of a kit lay out the
 * same texts again and again, and pdf-lib lays out each text once more to encode what the typesetter drew.
 * Both only read the runs.
 */
function rememberLayouts(font: ParsedFont): void {
  const layout = font.layout.bind(font);
  const known = new Map<string, ReturnType<ParsedFont['layout']>>();
  font.layout = (text, features) => {
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let run = known.get(key);
    if (!run) {
      run = layout(text, features);
      known.set(key, run);
    }
    return run;
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
  private readonly characterSets = new Map<Uint8Array, ReadonlySet<number>>();
  private readonly appearances = new WeakMap<ParsedFont, Map<string, TextFieldAppearance>>();
  private readonly glyphTables = new WeakMap<ParsedFont, Map<string, GlyphTables>>();
  /** The compressed bytes of the appearances above, which are drawn once and never change (they are frozen). */
  private readonly compressedAppearances = new WeakMap<readonly PDFOperator[], Uint8Array>();

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
        adaptSubsets(font);
        rememberLayouts(font);
        this.fonts.set(data, font);
      }
      return font;
    },
  };

  /**
   * `doc.embedFont`, with the font writing its widths and character map once for all the documents of the
   * batch that use the same glyphs in the same order: pdf-lib computes both for every document, and an
   * embedded whole font (the base font, see pdf.ts) lists each of its glyphs in both.
   */
  async embedFont(doc: PDFDocument, bytes: Uint8Array, options: EmbedFontOptions): Promise<PDFFont> {
    const font = await doc.embedFont(bytes, options);
    this.rememberGlyphTables(font);
    return font;
  }

  private rememberGlyphTables(font: PDFFont): void {
    const embedder = embedderOf(font);
    const computeWidths = embedder.computeWidths.bind(embedder);
    const embedUnicodeCmap = embedder.embedUnicodeCmap.bind(embedder);
    const known = inFontOf(this.glyphTables, embedder.font);
    // The glyphs a subset's document drew, in the order it drew them (pdf-lib's tables list those): not the
    // subset's own list, to which encoding it adds the parts of composite glyphs. A whole font lists all of its own.
    const glyphs = () => (embedder.subset ? embedder.glyphs.map((glyph) => glyph.id).join(',') : '');
    embedder.computeWidths = () => {
      const key = glyphs();
      let widths = known.get(key)?.widths;
      if (!widths) {
        widths = computeWidths().map((entry) => (Array.isArray(entry) ? entry.map((width) => PDFNumber.of(width)) : PDFNumber.of(entry)));
        known.set(key, { ...known.get(key), widths });
      }
      // PDF numbers where pdf-lib has plain ones: its context takes either, and these are made once.
      return widths as unknown as number[];
    };
    embedder.embedUnicodeCmap = (context) => {
      const key = glyphs();
      const unicodeCmap = known.get(key)?.unicodeCmap;
      // As pdf-lib's own map comes through flateStream (see adopt): the same stream, compressed once.
      if (unicodeCmap) return context.register(context.stream(unicodeCmap, { Filter: 'FlateDecode' }));
      const ref = embedUnicodeCmap(context);
      const made = context.lookup(ref);
      if (made instanceof PDFRawStream) known.set(key, { ...known.get(key), unicodeCmap: made.getContents() });
      return ref;
    };
  }

  /** The code points that `font` draws, for the font's bytes (`data`). */
  characterSet(data: Uint8Array, font: PDFFont): ReadonlySet<number> {
    let codes = this.characterSets.get(data);
    if (!codes) {
      codes = new Set(font.getCharacterSet());
      this.characterSets.set(data, codes);
    }
    return codes;
  }

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

  /**
   * Makes `field` draw its widgets' appearances once for all the text fields of the batch that look alike:
   * a kit's agendas place the same empty boxes again and again, and pdf-lib lays out and draws each one.
   * Alike means all that pdf-lib's provider reads: the /DA of field and widget, the text, the flags, the
   * quadding, the size, the border and the colours (the widget's /MK and /BS), and the font. The provider
   * also rewrites the /DA (its font size and colour), which a field that takes a remembered appearance is
   * given too.
   */
  rememberTextFieldAppearance(field: PDFTextField): void {
    const draws = field as unknown as DrawsWidgetAppearance;
    const update = draws.updateWidgetAppearance.bind(field);
    draws.updateWidgetAppearance = (widget, font, provider) => {
      if (provider) return update(widget, font, provider);
      const { acroField } = field;
      const { width, height } = widget.getRectangle();
      const key = [
        acroField.getDefaultAppearance(),
        widget.getDefaultAppearance(),
        field.getText(),
        acroField.getFlags(),
        acroField.getQuadding(),
        field.getMaxLength(),
        width,
        height,
        widget.dict.get(MK)?.toString(),
        widget.dict.get(BS)?.toString(),
        font.name,
      ].join('\u0000');
      const inFont = inFontOf(this.appearances, embedderOf(font).font);
      let known = inFont.get(key);
      if (known) {
        if (known.fieldDa !== undefined) acroField.setDefaultAppearance(known.fieldDa);
        if (known.widgetDa !== undefined) widget.setDefaultAppearance(known.widgetDa);
      } else {
        // pdf-lib's text fields have one appearance, the normal one: its provider gives it as a list.
        const operators = defaultTextFieldAppearanceProvider(field, widget, font) as PDFOperator[];
        known = { operators: Object.freeze(operators), fieldDa: acroField.getDefaultAppearance(), widgetDa: widget.getDefaultAppearance() };
        inFont.set(key, known);
      }
      const { operators } = known;
      update(widget, font, () => operators as PDFOperator[]);
    };
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
        const { operators } = object as unknown as { operators: PDFOperator[] };
        let bytes = Object.isFrozen(operators) ? this.compressedAppearances.get(operators) : undefined;
        if (!bytes) {
          bytes = this.deflate(object.getUnencodedContents());
          if (Object.isFrozen(operators)) this.compressedAppearances.set(operators, bytes);
        }
        context.assign(ref, PDFRawStream.of(object.dict, bytes));
      }
    }
  }
}
