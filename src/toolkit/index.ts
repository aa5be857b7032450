// The toolkit's one front door. The site, the command line, the benchmark and the tests of the house
// rules import the core only from here; what is not exported here is the core's own business.
// Framework-free: no Astro, no route of the site, no content folder (callers pass folders and URLs).

// Templates: the definition every format renders from.
export {
  AUDIENCES,
  FIELD_KINDS,
  PHASES,
  TemplateFieldError,
  controlName,
  templateSchema,
  type Branding,
  type Field,
  type Phase,
  type Section,
  type Template,
  type TemplateDocument,
  type TemplateInput,
} from './template';
export { renderTemplate, renderTemplateArchive, type TemplateFile, type TemplateRenderOptions } from './render-template';
export { PAPER, type Paper, type PdfFonts } from './render/pdf';
export { PdfCache } from './render/pdf-cache';

// Programs: the description, its schedule, and the kit made from it.
export {
  CADENCES,
  FOCUS_AREAS,
  FORMATS,
  GOAL_FRAMEWORKS,
  programJsonSchema,
  programSchema,
  type Cadence,
  type FocusArea,
  type GoalFramework,
  type MeetingFormat,
  type Program,
  type ProgramInput,
} from './program';
export { SESSION_PHASES, planSessions, type Session, type SessionPhase } from './plan';
export { KIT_TEMPLATES, buildKit, kitFileName, type KitInputs, type KitTemplateId, type Progress } from './kit';

// Checks shared with the site's settings and content: text people write, colours, and error messages.
export { prose } from './prose';
export { ENCODING_DAMAGE_FIX, findEncodingDamage } from './encoding-damage';
export { contrast, lightenForContrast } from './color';
export { InvalidInputError, parseOrExplain } from './validation';

// Node: the template definitions and fonts read from disk. The browser runs worker.ts, which the
// /toolkit/ page starts by its address; these are the messages the two exchange.
export { readFonts, readKitTemplates, readTemplates } from './node';
export type { BrowserKitResult, KitFileUrls } from './browser';
export type { KitMessage, KitRequest } from './worker';
