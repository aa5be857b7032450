// The generator in the browser, run by worker.ts: loaded only as a person begins on the /toolkit/ form (it
// carries zod, pdf-lib, fontkit, docx and fflate). It builds the same ZIP as the CLI from the same files, which
// it fetches from the addresses the page gives it: the core knows no route of the site.
import { z } from 'zod';
import { inBaseFont } from './charset';
import { asSfnt, faceFor, type FallbackFace, type FallbackFonts } from './fonts';
import { buildKit, kitFileName, type Progress } from './kit';
import type { KitTemplateId } from './kit-templates';
import { planSessions } from './plan';
import { unprintableFields } from './printable';
import { programSchema } from './program';
import { scheduleInWords, type ScheduleInWords } from './schedule';
import type { Template } from './template';
import { wordsFor } from './words';

// zod would otherwise try new Function() for speed, which the site's Content-Security-Policy refuses.
z.config({ jitless: true });

/** Where the generator's files are: the kit's template definitions (JSON) and the PDF fonts. */
export interface KitFileUrls {
  /** The kit's templates in a language: the address with "{language}" in place of its code. */
  templates: string;
  regularFont: string;
  boldFont: string;
  /** The fallback faces (JSON, see fonts.ts); each face's file is in the same folder, by its name. */
  fallbackFonts: string;
}

export interface BrowserKitOptions {
  files: KitFileUrls;
  /** #rrggbb and the site's address, as site.config.ts gives them to the CLI. */
  color: string;
  siteUrl: string;
  onProgress?: Progress;
  /** Called with the program's schedule, in words, before the kit is built. */
  onSchedule?: (schedule: ScheduleInWords) => void;
  /** The language of the page's messages about a field to correct; English, the schema's, by default. */
  messages?: string;
}

export type BrowserKitResult =
  | { ok: true; zip: Uint8Array; fileName: string }
  /** `field` is the path of the field in the description, e.g. "terms.mentee" or "focus.1". */
  | { ok: false; issues: { field: string; message: string }[] };

type Issue = { field: string; message: string; character?: string };

/**
 * The issues in the words of the page's language, where it has its own: a sentence per field that says
 * what the field takes (English keeps the schema's own messages, which say it too).
 */
function inWords(issues: Issue[], language: string): { field: string; message: string }[] {
  const form = wordsFor(language).kit.form;
  return issues.map(({ field, message, character }) => {
    if (!form) return { field, message };
    if (character !== undefined) return { field, message: form.unprintable(character) };
    const segments = field.split('.');
    const key = [segments.slice(0, 2).join('.'), segments[0]!].find((path) => Object.hasOwn(form.invalid, path));
    return { field, message: key ? form.invalid[key]! : message };
  });
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (${response.status})`);
  return response;
}

// Each file fetched once for every kit the worker builds, from when the page first asks (prepareKit) on;
// a failed download is forgotten, so that the next kit fetches it again.
const fetched = new Map<string, Promise<unknown>>();
function fetchOnce<T>(url: string, read: (response: Response) => Promise<T>): Promise<T> {
  const known = fetched.get(url) as Promise<T> | undefined;
  if (known) return known;
  const file = fetchOk(url).then(read);
  file.catch(() => fetched.get(url) === file && fetched.delete(url));
  fetched.set(url, file);
  return file;
}

const fetchBytes = (url: string) => fetchOnce(url, async (response) => new Uint8Array(await response.arrayBuffer()));
const fetchJson = <T>(url: string) => fetchOnce(url, (response) => response.json() as Promise<T>);

/** The fallback faces as the site lists them, each file fetched once, when a document first needs it. */
async function fetchFallbackFonts(catalogueUrl: string): Promise<FallbackFonts> {
  const catalogue = new URL(catalogueUrl, self.location.href);
  const faces = await fetchJson<FallbackFace[]>(catalogue.href);
  return { faces, load: (file) => fetchBytes(new URL(file, catalogue).href) };
}

const templatesUrl = (files: KitFileUrls, language: string | undefined) => files.templates.replace('{language}', language ?? 'en');

/**
 * Fetches what every kit in `language` needs (its templates, the fonts, the list of fallback faces), and
 * the fallback faces that the characters of the templates and of `text` need, ahead of the kit: the page
 * calls it as a person begins on the form, then with what they have typed.
 */
export function prepareKit(files: KitFileUrls, language: string | undefined, text = ''): void {
  const templates = fetchJson<Record<KitTemplateId, Template>>(templatesUrl(files, language));
  const fallback = Promise.all([fetchFallbackFonts(files.fallbackFonts), templates]).then(([{ faces, load }, definitions]) => {
    const needed = new Set<FallbackFace>();
    for (const char of new Set(text + JSON.stringify(definitions))) {
      const code = char.codePointAt(0)!;
      const face = /\s/.test(char) || inBaseFont(code) ? undefined : faceFor(faces, code);
      if (face) needed.add(face);
    }
    // Unpacked too (WOFF to TrueType), which asSfnt remembers for the kit.
    return Promise.all([...needed].flatMap((face) => [face.regular, ...(face.bold ? [face.bold] : [])]).map((file) => load(file).then(asSfnt)));
  });
  fetchBytes(files.regularFont);
  fetchBytes(files.boldFont);
  // Nobody waits on these yet: a failed download is reported by the kit that needs it (fetchOnce catches its own).
  fallback.catch(() => undefined);
}

export async function buildKitInBrowser(input: unknown, options: BrowserKitOptions): Promise<BrowserKitResult> {
  const parsed = programSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, issues: inWords(parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })), options.messages ?? 'en') };
  }
  // All at once: one wait for the network instead of two.
  const files = Promise.all([
    fetchJson<Record<KitTemplateId, Template>>(templatesUrl(options.files, parsed.data.language)),
    fetchBytes(options.files.regularFont),
    fetchBytes(options.files.boldFont),
  ]);
  // A description refused below never reads these: a failed download is then nobody's concern.
  files.catch(() => undefined);
  const fallback = await fetchFallbackFonts(options.files.fallbackFonts);
  const unprintable = unprintableFields(parsed.data, fallback.faces);
  if (unprintable.length > 0) return { ok: false, issues: inWords(unprintable, options.messages ?? 'en') };
  options.onSchedule?.(scheduleInWords(parsed.data, planSessions(parsed.data)));
  const [templates, regular, bold] = await files;
  const zip = await buildKit({ program: parsed.data, templates, fonts: { regular, bold, fallback }, color: options.color, siteUrl: options.siteUrl }, options.onProgress);
  return { ok: true, zip, fileName: kitFileName(parsed.data) };
}
