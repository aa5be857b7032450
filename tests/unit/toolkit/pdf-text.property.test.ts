import fc from 'fast-check';
import { PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { PAPER, renderPdf } from '../../../src/toolkit/render/pdf';
import { PdfCache } from '../../../src/toolkit/render/pdf-cache';
import { templateSchema, type TemplateDocument } from '../../../src/toolkit/template';
import { readPdfWith } from '../../helpers/pdf-tools';
import { brand, fonts } from '../../helpers/templates';

/**
 * Letters of each script a name may be written in, whether the script runs right to left, and whether
 * pdf.js can read it back. pdf.js reads text from the glyphs alone and ignores a span's ActualText: it
 * gives Devanagari in drawing order (a vowel sign before its consonant), whose reading order is in the
 * ActualText, which poppler reads. Arabic is drawn in DejaVu Sans, one glyph per form of a letter, which
 * both read back.
 */
const SCRIPTS = {
  latin: { rtl: false, pdfjs: true, letters: 'abcdeéèñöøåłşžĳœABÇĐŽ' },
  // Romanian, Azerbaijani, Vietnamese, Pinyin: letters beyond the base font, in its extension.
  latinExtended: { rtl: false, pdfjs: true, letters: 'aeinostuȘșȚțəƏễướơđǎǐ' },
  greek: { rtl: false, pdfjs: true, letters: 'αβγδεζηθλμνξπρσςτφχψωΆΈ' },
  cyrillic: { rtl: false, pdfjs: true, letters: 'абвгдежзийклмнопрстуфхцчшщыэюяЁЇ' },
  arabic: { rtl: true, pdfjs: true, letters: 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءةى' },
  hebrew: { rtl: true, pdfjs: true, letters: 'אבגדהוזחטיכלמנסעפצקרשתךםןףץ' },
  devanagari: { rtl: false, pdfjs: false, letters: 'अआइईउएओकखगघचछजझटठडढणतथदधनपफबभमयरलवशषसहािीुूेैोौंः्' },
  thai: { rtl: false, pdfjs: true, letters: 'กขคงจฉชซญดตถทธนบปผพฟมยรลวศษสหอฮะาำิีึืุูเแโใไ่้๊๋' },
  chinese: { rtl: false, pdfjs: true, letters: '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤明华伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超' },
  japanese: { rtl: false, pdfjs: true, letters: 'あいうえおかきくけこさしすせそたちつてとなにぬねのアイウエオカキクケコサシスセソ' },
  korean: { rtl: false, pdfjs: true, letters: '김이박최정강조윤장임한오서신권황안송류홍민서준지현우예은하도' },
} as const;
type Script = keyof typeof SCRIPTS;

/** A name of one to four words in one script; a letter of a script may combine with the one before it. */
const nameIn = (script: Script) =>
  fc
    .array(fc.string({ unit: fc.constantFrom(...SCRIPTS[script].letters), minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 4 })
    .map((words) => words.join(' '));

const date = new Date('2026-03-01T12:00:00Z');
const cache = new PdfCache();

/** A document that prints `name` as its organization (page header, bold), in a paragraph, and as a field's value. */
function documentFor(name: string): TemplateDocument {
  return {
    id: 'names',
    template: templateSchema.parse({
      title: 'Mentoring agreement',
      purpose: 'Between the mentor and the mentee.',
      audience: 'both',
      phase: 'start',
      minutes: 10,
      order: 1,
      sections: [{ title: 'People', guidance: 'Who takes part.', fields: [{ kind: 'short-text', name: 'mentee', label: 'Mentee' }] }],
    }),
    values: { mentee: name },
  };
}

/** pdftotext (poppler), another reader than the one the tests use elsewhere, with runs of white space as one. */
const pdftotext = (bytes: Uint8Array): string =>
  readPdfWith('pdftotext', ['-enc', 'UTF-8'], bytes)
    // poppler marks where it reordered a right-to-left stretch with embedding controls.
    .replace(/[\u202a-\u202e]/g, '')
    .replace(/\s+/g, ' ');

describe('names in any script', () => {
  it('print in the header, the text and a filled field, extractable and within the margins', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(SCRIPTS) as Script[])).chain((script) => nameIn(script).map((name) => ({ script, name }))),
        fc.constantFrom('a4', 'letter' as const),
        async ({ script, name }, paper) => {
          const bytes = await renderPdf(documentFor(name), { ...brand, organization: name }, { paper, fonts, date, cache, breakLongWords: true });
          const text = pdftotext(bytes);
          // A right-to-left name is drawn right to left, each glyph mapped to its letters: poppler reads
          // it from its right end, in reading order.
          const expected = name;
          // The header and the field print the name whole, on one line. White space aside: poppler guesses
          // spaces from the gaps between glyphs, and may see one after a Thai mark placed glyph by glyph.
          const letters = (value: string) => value.replace(/\s+/g, '');
          expect(letters(text).split(letters(expected)).length - 1, text).toBeGreaterThanOrEqual(2);

          // pdf.js, independently: the name in reading order (compared in compatibility form, where Thai's
          // sara am is the two marks it is drawn with), and no glyph of it past the margins (54 points).
          const task = getDocument({ data: bytes.slice(), useSystemFonts: false, verbosity: 0 });
          const pdf = await task.promise;
          let read = '';
          for (let p = 1; p <= pdf.numPages; p++) {
            const items = (await (await pdf.getPage(p)).getTextContent()).items.filter((item) => 'str' in item && item.str.trim());
            for (const item of items as { transform: number[]; width: number; str: string }[]) {
              expect(item.transform[4]!, item.str).toBeGreaterThanOrEqual(54 - 0.5);
              expect(item.transform[4]! + item.width, item.str).toBeLessThanOrEqual(PAPER[paper].width - 54 + 0.5);
            }
            read += (items as { str: string }[]).map((item) => item.str).join('');
          }
          await task.destroy();
          if (SCRIPTS[script].pdfjs) expect(letters(read.normalize('NFKC')), read).toContain(letters(name.normalize('NFKC')));

          // No glyph drawn is a font's missing glyph (glyph 0, .notdef): every text shown, on the pages and
          // in the fields' appearances, as the content streams hold it.
          const loaded = await PDFDocument.load(bytes);
          for (const [, object] of loaded.context.enumerateIndirectObjects()) {
            if (!(object instanceof PDFRawStream)) continue;
            const content = new TextDecoder('latin1').decode(decodePDFRawStream(object).decode());
            for (const [, codes] of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) expect(codes!.match(/.{4}/g) ?? [], name).not.toContain('0000');
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
