import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { PAPER, renderPdf } from '../../../src/toolkit/render/pdf';
import { PdfCache } from '../../../src/toolkit/render/pdf-cache';
import { templateSchema, type TemplateDocument } from '../../../src/toolkit/template';
import { brand, fonts } from '../../helpers/templates';

/** Letters of each script a name may be written in, and whether the script runs right to left. */
const SCRIPTS = {
  latin: { rtl: false, letters: 'abcdeéèñöøåłşžĳœABÇĐŽ' },
  // Romanian, Azerbaijani, Vietnamese, Pinyin: letters beyond the base font, in its extension.
  latinExtended: { rtl: false, letters: 'aeinostuȘșȚțəƏễướơđǎǐ' },
  greek: { rtl: false, letters: 'αβγδεζηθλμνξπρσςτφχψωΆΈ' },
  cyrillic: { rtl: false, letters: 'абвгдежзийклмнопрстуфхцчшщыэюяЁЇ' },
  arabic: { rtl: true, letters: 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءةى' },
  hebrew: { rtl: true, letters: 'אבגדהוזחטיכלמנסעפצקרשתךםןףץ' },
  devanagari: { rtl: false, letters: 'अआइईउएओकखगघचछजझटठडढणतथदधनपफबभमयरलवशषसहािीुूेैोौंः्' },
  thai: { rtl: false, letters: 'กขคงจฉชซญดตถทธนบปผพฟมยรลวศษสหอฮะาำิีึืุูเแโใไ่้๊๋' },
  chinese: { rtl: false, letters: '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤明华伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超' },
  japanese: { rtl: false, letters: 'あいうえおかきくけこさしすせそたちつてとなにぬねのアイウエオカキクケコサシスセソ' },
  korean: { rtl: false, letters: '김이박최정강조윤장임한오서신권황안송류홍민서준지현우예은하도' },
} as const;
type Script = keyof typeof SCRIPTS;

/** A name of one to four words in one script; a letter of a script may combine with the one before it. */
const nameIn = (script: Script) =>
  fc
    .array(fc.string({ unit: fc.constantFrom(...SCRIPTS[script].letters), minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 4 })
    .map((words) => words.join(' '));

const folder = mkdtempSync(join(tmpdir(), 'mentorkit-names-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
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
function pdftotext(bytes: Uint8Array, run: number): string {
  const file = join(folder, `${run}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('names in any script', () => {
  it('print in the header, the text and a filled field, extractable and within the margins', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(SCRIPTS) as Script[])).chain((script) => nameIn(script).map((name) => ({ script, name }))),
        fc.constantFrom('a4', 'letter' as const),
        async ({ script, name }, paper) => {
          const bytes = await renderPdf(documentFor(name), { ...brand, organization: name }, { paper, fonts, date, cache, breakLongWords: true });
          const text = pdftotext(bytes, run++);
          // Each stretch of a name carries its text in reading order (ActualText). poppler lays those
          // characters out left to right, then reads a right-to-left line from its right end, so that a
          // right-to-left name comes out reversed there, whatever its glyphs.
          const expected = SCRIPTS[script].rtl ? [...name].reverse().join('') : name;
          // The header and the field print the name whole, on one line. White space aside: poppler guesses
          // spaces from the gaps between glyphs, and may see one after a Thai mark placed glyph by glyph.
          const letters = (value: string) => value.replace(/\s+/g, '');
          expect(letters(text).split(letters(expected)).length - 1, text).toBeGreaterThanOrEqual(2);

          // pdf.js, independently: no glyph of it runs past the margins (54 points on each side).
          const task = getDocument({ data: bytes.slice(), useSystemFonts: false, verbosity: 0 });
          const pdf = await task.promise;
          for (let p = 1; p <= pdf.numPages; p++) {
            const items = (await (await pdf.getPage(p)).getTextContent()).items.filter((item) => 'str' in item && item.str.trim());
            for (const item of items as { transform: number[]; width: number; str: string }[]) {
              expect(item.transform[4]!, item.str).toBeGreaterThanOrEqual(54 - 0.5);
              expect(item.transform[4]! + item.width, item.str).toBeLessThanOrEqual(PAPER[paper].width - 54 + 0.5);
            }
          }
          await task.destroy();
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
