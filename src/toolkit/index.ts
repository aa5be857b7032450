// The toolkit's one front door. The site, the command line and the benchmark import the core only from
// here; what is not exported here is the core's own business. Framework-free: no Astro, no route of the
// site, no content folder (callers pass folders and URLs).
//
// The site's settings are checked with helpers from here when astro.config.mjs loads, so this module
// loads only light ones; the renderers (pdf-lib, fontkit, docx) load when a document is first made.
import type * as Kit from './kit';
import type { PdfCache } from './render/pdf-cache';
import type * as RenderTemplate from './render-template';

// Templates: the definition every format renders from.
export { AUDIENCES, PHASES, TemplateFieldError, audienceOf, controlName, fieldLabel, sectionHeading, templateSchema, type Branding, type Field, type Phase, type Template, type TemplateDocument } from './template';
export type { TemplateFile } from './render-template';
export type { PdfCache } from './render/pdf-cache';

/** A template in every format: fillable PDF on A4 and on US Letter, Word, and Markdown. */
export async function renderTemplate(...args: Parameters<typeof RenderTemplate.renderTemplate>): ReturnType<typeof RenderTemplate.renderTemplate> {
  return (await import('./render-template')).renderTemplate(...args);
}

/** A set of rendered templates as one ZIP: a README, then a folder per phase of the program, in program order. */
export async function renderTemplateArchive(...args: Parameters<typeof RenderTemplate.renderTemplateArchive>): Promise<Uint8Array> {
  return (await import('./render-template')).renderTemplateArchive(...args);
}

/** One cache for the PDFs of a set made together: fonts parsed and shared streams compressed once. */
export async function createPdfCache(): Promise<PdfCache> {
  return new (await import('./render/pdf-cache')).PdfCache();
}

// Programs: the description, its schedule, and the kit made from it.
export { CADENCES, FOCUS_AREAS, FORMATS, GOAL_FRAMEWORKS, programJsonSchema, programSchema, type Program } from './program';
export { SESSION_PHASES, planSessions, type Session } from './plan';
export { scheduleInWords, type ScheduleInWords } from './schedule';
export { unprintableFields } from './printable';
export { renderCsv } from './render/csv';
export { KIT_TEMPLATES } from './kit-templates';

/** The whole kit of a program as one ZIP; the same description always gives the same bytes. */
export async function buildKit(...args: Parameters<typeof Kit.buildKit>): ReturnType<typeof Kit.buildKit> {
  return (await import('./kit')).buildKit(...args);
}

// The words documents add to a template's text, in each language documents can be written in.
export { DOCUMENT_LANGUAGES, hasDocumentWords, wordsFor, type DocumentWords } from './words';
export type { KitWords } from './words/kit-types';

// Checks shared with the site's settings and content: text people write, colours, and error messages.
export { prose } from './prose';
export { ENCODING_DAMAGE_FIX, findEncodingDamage } from './encoding-damage';
export { contrast, lightenForContrast } from './color';
export { InvalidInputError, describeFieldIssues, parseOrExplain } from './validation';

// Node: the template definitions and fonts read from disk. The browser runs worker.ts, which the
// /toolkit/ page starts by its address; these are the messages the two exchange.
export { readFallbackFonts, readFonts, readKitTemplates, readTemplates } from './node';
export type { BrowserKitResult } from './browser';
export type { KitMessage, KitRequest, PrepareRequest } from './worker';
