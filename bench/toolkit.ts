// Part of `npm run bench`: the toolkit alone, timed in Node. Rendering the whole template set as the build
// does (every template in every format with one shared PdfCache, then the ZIP), and building a 52-week
// weekly program kit, with Latin names and with Arabic and Chinese ones. Reports; asserts nothing.
import { readFileSync } from 'node:fs';
import { KIT_NAMES } from './kit-names.mjs';
import { buildKit, createPdfCache, programSchema, readFonts, readKitTemplates, readTemplates, renderTemplate, renderTemplateArchive, type Branding, type Program } from '../src/toolkit';

const TEMPLATE_FOLDER = 'src/content/templates';
const templates = readTemplates(TEMPLATE_FOLDER);
const fonts = await readFonts();
const brand: Branding = { organization: 'Mentorkit Mentoring Network', color: '#1d4ed8', lang: 'en', siteUrl: 'https://mentoring.mentorkit.example' };
const date = new Date('2026-01-01T00:00:00Z');

async function renderSet() {
  const cache = await createPdfCache();
  const set = [];
  for (const doc of templates) set.push({ doc, files: await renderTemplate(doc, brand, { fonts, date, cache }) });
  return { files: set.flatMap(({ files }) => files), zip: await renderTemplateArchive(set, brand, date) };
}

const times: number[] = [];
let last: Awaited<ReturnType<typeof renderSet>> | undefined;
for (let run = 0; run < 6; run++) {
  const started = performance.now();
  last = await renderSet();
  if (run > 0) times.push(performance.now() - started); // the first run warms up the JIT
}
times.sort((a, b) => a - b);
const { files, zip } = last!;
const size = (list: { data: Uint8Array }[]) => list.reduce((sum, f) => sum + f.data.length, 0);
const result = {
  templates: templates.length,
  files: files.length,
  medianMs: Math.round(times[Math.floor(times.length / 2)]!),
  minMs: Math.round(times[0]!),
  totalBytes: size(files),
  bytesByFormat: Object.fromEntries(['.pdf', '-letter.pdf', '.docx', '.md'].map((ext) => [ext, size(files.filter((f) => f.name.endsWith(ext) && (ext !== '.pdf' || !f.name.endsWith('-letter.pdf'))))])),
  zipBytes: zip.length,
};
const example = { ...JSON.parse(readFileSync('examples/program.json', 'utf8')), weeks: 52, cadence: 'weekly' };
const kitTemplates = readKitTemplates(TEMPLATE_FOLDER);

/** Timed builds of each kit, after one that warms the JIT up: this machine's timings vary by 10 to 40% from run to run. */
const KIT_RUNS = 7;

/** Builds the kit of `program` once, then KIT_RUNS times: the median and spread of those, and the ZIP's size. */
async function timeKit(program: Program) {
  const kitTimes: number[] = [];
  let bytes = 0;
  for (let run = 0; run <= KIT_RUNS; run++) {
    const started = performance.now();
    bytes = (await buildKit({ program, templates: kitTemplates, fonts, color: brand.color, siteUrl: brand.siteUrl })).length;
    if (run > 0) kitTimes.push(performance.now() - started);
  }
  kitTimes.sort((a, b) => a - b);
  return { sessions: 52, runs: KIT_RUNS, medianMs: Math.round(kitTimes[Math.floor(KIT_RUNS / 2)]!), msRange: [Math.round(kitTimes[0]!), Math.round(kitTimes.at(-1)!)], bytes };
}

// The same program with its names in scripts the fallback faces draw: shaping, right-to-left layout and
// fonts subset per file, and the Word files of a right-to-left kit made one by one (DocxCache).
const kit52 = await timeKit(programSchema.parse(example));
const kitsByScript: Record<string, Awaited<ReturnType<typeof timeKit>>> = {};
// One after the other: kits built at once would time each other.
for (const [script, names] of Object.entries(KIT_NAMES)) kitsByScript[script] = await timeKit(programSchema.parse({ ...example, ...names }));
console.log(JSON.stringify({ templateSet: result, kit52, kitsByScript }));
