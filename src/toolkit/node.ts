// The toolkit's files as Node reads them: the template definitions from a folder the caller names, and
// the PDF fonts from their package. Node only (fs); the browser adapter fetches the same files by URL.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseOrExplain } from './validation';
import { ARABIC_RANGES, EXTENSION_RANGES, PRINTABLE_RANGES, charactersIn } from './charset';
import { asSfnt, parseUnicodeRange, type FallbackFace, type FallbackFonts } from './fonts';
import type { PdfFonts } from './render/pdf';
import { KIT_TEMPLATES, type KitTemplateId } from './kit-templates';
import { templateSchema, type Template, type TemplateDocument } from './template';

const require = createRequire(import.meta.url);

let fonts: Promise<PdfFonts & { fallback: FallbackFonts }> | undefined;

/** The DejaVu Sans file of each weight. */
const DEJAVU = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
const dejavuPath = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);

/**
 * DejaVu Sans cut down with HarfBuzz (subset-font) to `characters`, without shaping tables (kerning,
 * ligatures: fontkit spent most of a PDF's time applying them to every measured string) and without
 * hinting, its tables and each glyph's instructions (PDF viewers rasterize well without it, and the
 * instructions were a third of the font that every PDF embeds).
 */
async function cutDejaVu(file: string, characters: string, { shaping = false } = {}): Promise<Uint8Array> {
  const dropTables = [...(shaping ? [] : ['GPOS', 'GSUB', 'GDEF', 'kern']), 'fpgm', 'prep', 'cvt ', 'hdmx', 'LTSH', 'VDMX'];
  return new Uint8Array(await (await import('subset-font')).default(readFileSync(dejavuPath(file)), characters, { targetFormat: 'truetype', dropTables, noHinting: true }));
}

/**
 * DejaVu Sans regular and bold (dejavu-fonts-ttf), cut down to the printable characters: Latin, Greek,
 * Cyrillic and punctuation, about 100 KB each instead of 750 KB. Every PDF embeds these whole, which is
 * far quicker than subsetting per file, and the browser downloads the same bytes from the built site, so
 * that both make identical PDFs. With them, the fallback faces for every other script (readFallbackFonts).
 */
export function readFonts(): Promise<PdfFonts & { fallback: FallbackFonts }> {
  const characters = charactersIn(PRINTABLE_RANGES);
  fonts ??= Promise.all([cutDejaVu(DEJAVU.regular, characters), cutDejaVu(DEJAVU.bold, characters)]).then(([regular, bold]) => ({ regular, bold, fallback: readFallbackFonts() }));
  return fonts;
}

/**
 * The @fontsource packages of the fallback faces, in order of preference, and which of each package's
 * @font-face rules to take: a script's own file, or for Chinese and Korean their numbered files by range.
 * Han characters are drawn in the Simplified Chinese design; Korean fills in Hangul.
 */
const FALLBACK_PACKAGES = [
  { family: 'noto-sans-arabic', rule: /-arabic-400-normal$/ },
  { family: 'noto-sans-hebrew', rule: /-hebrew-400-normal$/ },
  { family: 'noto-sans-devanagari', rule: /-devanagari-400-normal$/ },
  { family: 'noto-sans-thai', rule: /-thai-400-normal$/ },
  { family: 'noto-sans-sc', rule: /-\[\d+\]-400-normal$/, regularOnly: true },
  { family: 'noto-sans-kr', rule: /-\[\d+\]-400-normal$/, regularOnly: true },
] as const;

let fallback: FallbackFonts | undefined;

/** The characters a font file draws. fontkit reads a WOFF file's tables only as needed, which is quick; where its inflater fails (see asSfnt), the file is unwrapped whole. */
function charactersOf(font: Uint8Array): number[] {
  try {
    return fontkit.create(font).characterSet;
  } catch {
    return fontkit.create(asSfnt(font)).characterSet;
  }
}

/** Ascending code points as ranges of consecutive ones. */
function rangesOf(codePoints: number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const code of codePoints) {
    const last = ranges.at(-1);
    if (last && code === last[1] + 1) last[1] = code;
    else ranges.push([code, code]);
  }
  return ranges;
}

/**
 * The fallback faces from their packages' stylesheets (400.css: one @font-face per file, with its
 * unicode-range). Each face's ranges are the characters its file really has: Google's ranges are shared by
 * the Chinese, Japanese and Korean families, so a Chinese file may claim Hangul it does not draw. Bold
 * files are the same ranges at weight 700; the Chinese and Korean families, about a hundred files of 40 KB
 * per weight, print bold text in their regular face to keep the site's download small.
 */
export function readFallbackFonts(): FallbackFonts {
  if (fallback) return fallback;
  const paths = new Map<string, string>();
  const loaded = new Map<string, Uint8Array>();
  const read = (file: string) => {
    let bytes = loaded.get(file);
    if (!bytes) {
      bytes = new Uint8Array(readFileSync(paths.get(file)!));
      loaded.set(file, bytes);
    }
    return bytes;
  };
  // First, DejaVu Sans beyond the base font's ranges, cut at first use to the characters both weights have:
  // more Latin and Greek, and Arabic with its shaping tables (see charset.ts).
  const dejavuCharacters = [DEJAVU.regular, DEJAVU.bold].map((file) => new Set(fontkit.create(readFileSync(dejavuPath(file))).characterSet));
  const cuts = new Map<string, () => Promise<Uint8Array>>();
  const dejavuFace = (name: string, ranges: readonly (readonly [number, number])[], shaping: boolean): FallbackFace => {
    const inRanges = (code: number) => ranges.some(([from, to]) => code >= from && code <= to);
    const characters = [...dejavuCharacters[0]!].filter((code) => inRanges(code) && dejavuCharacters[1]!.has(code)).sort((a, b) => a - b);
    const face = { regular: `${name}.ttf`, bold: `${name}-bold.ttf` };
    for (const [file, weight] of [[face.regular, DEJAVU.regular], [face.bold, DEJAVU.bold]] as const) {
      let cut: Promise<Uint8Array> | undefined;
      cuts.set(file, () => (cut ??= cutDejaVu(weight, String.fromCodePoint(...characters), { shaping })));
    }
    return { ...face, ranges: rangesOf(characters) };
  };
  const faces: FallbackFace[] = [dejavuFace('dejavu-extension', EXTENSION_RANGES, false), dejavuFace('dejavu-arabic', ARABIC_RANGES, true)];
  faces.push(...FALLBACK_PACKAGES.flatMap((pkg) => {
    const folder = join(require.resolve(`@fontsource/${pkg.family}/400.css`), '..');
    const css = readFileSync(join(folder, '400.css'), 'utf8');
    return [...css.matchAll(/\/\* (\S+) \*\/\s*@font-face\s*\{([^}]*)\}/g)]
      .filter(([, name]) => pkg.rule.test(name!))
      .map(([, , rule]) => {
        const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(rule!)![1]!;
        paths.set(file, join(folder, 'files', file));
        const claimed = parseUnicodeRange(/unicode-range:([^;]+);/.exec(rule!)![1]!);
        const drawn = charactersOf(read(file));
        const codePoints = [...new Set(drawn)].filter((code) => claimed.some(([from, to]) => code >= from && code <= to)).sort((a, b) => a - b);
        const boldFile = file.replace('-400-normal', '-700-normal');
        const hasBold = !('regularOnly' in pkg) && boldFile !== file;
        if (hasBold) paths.set(boldFile, join(folder, 'files', boldFile));
        return { regular: file, ...(hasBold && { bold: boldFile }), ranges: rangesOf(codePoints) };
      });
  }));
  fallback = {
    faces,
    load: async (file) => {
      const cut = cuts.get(file);
      if (cut) return cut();
      if (!paths.has(file)) throw new Error(`${file} is not one of the fallback fonts`);
      return read(file);
    },
  };
  return fallback;
}

/** Every template definition (`*.yaml`) in `folder`, validated, in file-name order. */
export function readTemplates(folder: string): TemplateDocument[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      template: parseOrExplain(templateSchema, parse(readFileSync(join(folder, file), 'utf8')), join(folder, file)),
    }));
}

/** A translated template (`folder/es/smart-goals.yaml`): the definition, and whether a native speaker reviewed it, which the kit does not print. */
function readTranslation(file: string): Template {
  const { reviewed, ...definition } = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return parseOrExplain(templateSchema, definition, file);
}

/**
 * The templates a program kit is made of, by id, from the template definitions in `folder`: in `language`,
 * from its folder of translations (`folder/es/`), where the originals are in another language; each
 * template not translated yet as it is.
 */
export function readKitTemplates(folder: string, { language = 'en', original = 'en' }: { language?: string; original?: string } = {}): Record<KitTemplateId, Template> {
  const all = readTemplates(folder);
  return Object.fromEntries(
    KIT_TEMPLATES.map((id) => {
      const translation = join(folder, language.toLowerCase(), `${id}.yaml`);
      if (language.toLowerCase() !== original.toLowerCase() && existsSync(translation)) return [id, readTranslation(translation)];
      const found = all.find((t) => t.id === id);
      if (!found) throw new Error(`The kit needs the template ${join(folder, `${id}.yaml`)}, which is missing`);
      return [id, found.template];
    }),
  ) as Record<KitTemplateId, Template>;
}
