import type { DocumentWords } from './words';
import { z } from 'zod';
import { choice } from './choice';
import { prose } from './prose';

/**
 * A template: a worksheet, agenda or agreement, defined once as data. Every format (PDF, Word,
 * Markdown, the HTML page) is rendered from this definition. Framework-free: the build, the command
 * line and the browser all use it.
 */

const fieldName = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
  message: 'expected lowercase words joined by hyphens, for example "goal-statement"',
});

const base = {
  name: fieldName.describe('Identifier, unique within the template; names the form field in the PDF and on the page.'),
  label: prose(140).describe('What the person writes here, as a short label or question.'),
  help: prose(300).describe('A hint shown under the label.').optional(),
  only: z
    .enum(['mentor', 'mentee'])
    .optional()
    .describe('A question for mentors only or for mentees only ("mentor" or "mentee"), in a form both fill in: every format marks it as theirs. Default: for everyone.'),
};
const kind = <const K extends string>(value: K, what: string) => z.literal(value).describe(what);

const shortText = z.strictObject({ kind: kind('short-text', 'One line of text.'), ...base });
const longText = z.strictObject({
  kind: kind('long-text', 'Several lines of text.'),
  ...base,
  lines: z
    .int()
    .min(4, { message: 'a long answer needs at least 4 lines of writing space on paper' })
    .max(20)
    .default(4)
    .describe('Lines of writing space on paper, at least 4. Default: 4.'),
});
const date = z.strictObject({ kind: kind('date', 'A calendar date.'), ...base });
const checklist = z.strictObject({
  kind: kind('checklist', 'Boxes to tick, one per option.'),
  ...base,
  options: z.array(prose(100)).min(1).max(12).describe('The options, in order.'),
});
const rating = z.strictObject({
  kind: kind('rating', 'One choice on a numbered scale with labelled ends, e.g. confidence from 1 to 10.'),
  ...base,
  min: z.int().min(0).max(1).default(1).describe('Lowest value. Default: 1.'),
  max: z.int().min(3).max(10).default(10).describe('Highest value. Default: 10.'),
  lowLabel: prose(40).describe('What the lowest value means, e.g. "Not at all confident".'),
  highLabel: prose(40).describe('What the highest value means, e.g. "Completely confident".'),
});
const singleChoice = z.strictObject({
  kind: kind('choice', 'One answer among a few, side by side, each with its words: a rating scale with a label on every point, from "Strongly disagree" to "Strongly agree", or options such as "Yes" and "No".'),
  ...base,
  options: z
    .array(prose(30))
    .min(2, { message: 'a choice needs at least 2 options' })
    .max(7, { message: 'a choice has at most 7 options: more will not fit across a page' })
    .describe('The options, 2 to 7, in order: on a scale, from the lowest point to the highest.'),
});
const consent = z.strictObject({
  kind: kind('consent', 'A statement that the person agrees to by ticking one box, e.g. consent to share their answers.'),
  ...base,
  statement: prose(600).describe('What the person agrees to, in their own voice: "I agree that …".'),
});
const table = z.strictObject({
  kind: kind('table', 'Rows to fill in under named columns, e.g. milestones with dates.'),
  ...base,
  columns: z
    .array(z.strictObject({ name: fieldName.describe('Identifier of the column.'), label: prose(40).describe('Column heading.') }))
    .min(1)
    .max(6)
    .describe('The columns, left to right.'),
  rows: z.int().min(1).max(15).default(3).describe('Empty rows to fill in. Default: 3.'),
  lines: z.int().min(1).max(6).default(1).describe('Lines of writing space in each cell, for answers longer than a few words. Default: 1.'),
});
const signature = z.strictObject({ kind: kind('signature', 'A signature with the date it was signed.'), ...base });

export const FIELD_KINDS = ['short-text', 'long-text', 'date', 'checklist', 'rating', 'choice', 'consent', 'table', 'signature'] as const;

export const fieldSchema = z.discriminatedUnion('kind', [shortText, longText, date, checklist, rating, singleChoice, consent, table, signature], {
  error: (issue) =>
    issue.code === 'invalid_union' ? `unknown field kind; expected one of: ${FIELD_KINDS.join(', ')}` : undefined,
});

export const sectionSchema = z.strictObject({
  title: prose(80).describe('Heading of the section.'),
  minutes: z
    .int()
    .min(1)
    .max(240)
    .optional()
    .describe("An agenda item's share of the meeting, in minutes; in a template with any, every section has one and they add up to its minutes. A kit scales them to the program's meeting length."),
  guidance: prose(400).describe('One or two sentences of guidance on filling in the section.'),
  fields: z.array(fieldSchema).min(1, { message: 'a section needs at least one field' }).describe('What to fill in, in order; at least one.'),
  standards: z
    .array(z.string())
    .optional()
    .describe('The standards of effective practice the section serves, by file name in the standards folder (e.g. "closure"); the evidence page lists them. A translation leaves them out.'),
  references: z
    .array(z.string())
    .optional()
    .describe('The studies behind the section, by file name in the references folder; the evidence page lists them. A translation leaves them out.'),
});

/** When in a program a template is used; the templates page groups by it. */
export const PHASES = {
  start: 'Getting started',
  ongoing: 'Every meeting',
  midpoint: 'Mid-point',
  closing: 'Closing',
} as const;
export type Phase = keyof typeof PHASES;

/** A section's heading as every format prints it: with its minutes, in the document's words, when it has them: "Check-in (5 minutes)". */
export const sectionHeading = (section: { title: string; minutes?: number | undefined }, words: Pick<DocumentWords, 'minutes'>): string =>
  section.minutes === undefined ? section.title : `${section.title} (${words.minutes(section.minutes)})`;

/**
 * An agenda timed for a meeting of `minutes`: each section's share scaled in proportion, in whole minutes
 * (largest remainders first, and at least one each), so that they still add up to the meeting's length.
 * Untimed templates keep their sections as they are.
 */
export function timedFor(template: Template, minutes: number): Template {
  if (template.sections.some((section) => section.minutes === undefined)) return { ...template, minutes };
  const exact = template.sections.map((section) => (section.minutes! * minutes) / template.minutes);
  const shares = exact.map(Math.floor);
  const byRemainder = exact.map((value, i) => ({ i, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let left = minutes - shares.reduce((sum, n) => sum + n, 0), k = 0; left > 0; left--, k++) shares[byRemainder[k % shares.length]!.i]! += 1;
  // No item shrinks to nothing: a minute for each, taken from the longest.
  for (let i = shares.indexOf(0); i !== -1; i = shares.indexOf(0)) {
    shares[i] = 1;
    shares[shares.indexOf(Math.max(...shares))]! -= 1;
  }
  return { ...template, minutes, sections: template.sections.map((section, i) => ({ ...section, minutes: shares[i]! })) };
}

/** The folder of a phase's documents in a ZIP, numbered in program order: "1-getting-started", "3-mid-point". */
export const phaseFolder = (phase: Phase): string =>
  `${Object.keys(PHASES).indexOf(phase) + 1}-${PHASES[phase].toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

/** Who fills a template in. */
export const AUDIENCES = {
  mentor: 'Mentor',
  mentee: 'Mentee',
  both: 'Mentor and mentee',
  coordinator: 'Program coordinator',
} as const;
export type Audience = keyof typeof AUDIENCES;

export const templateSchema = z
  .strictObject({
    title: prose(80).describe('Title of the document.'),
    purpose: prose(300).describe('One or two sentences on what the template is for.'),
    audience: choice(AUDIENCES).describe('Who fills it in.'),
    phase: choice(PHASES).describe('When in the program it is used; the templates page groups by it.'),
    minutes: z.int().min(5).max(240).describe('Minutes it takes to fill in or to hold the meeting.'),
    order: z.int().positive().describe('Position within its phase on the templates page, from 1.'),
    related: z.array(z.string()).default([]).describe('Guide chapters behind the template, by file name. Default: none.'),
    references: z.array(z.string()).default([]).describe('Scientific references behind the template, by file name. Default: none.'),
    sections: z.array(sectionSchema).min(1).describe("The template's sections, in order."),
  })
  .superRefine((template, ctx) => {
    const timed = template.sections.filter((section) => section.minutes !== undefined);
    if (timed.length > 0) {
      template.sections.forEach((section, s) => {
        if (section.minutes === undefined) ctx.addIssue({ code: 'custom', path: ['sections', s, 'minutes'], message: 'the other sections say how many minutes they take; give this one its minutes too' });
      });
      const total = timed.reduce((sum, section) => sum + section.minutes!, 0);
      if (timed.length === template.sections.length && total !== template.minutes) {
        ctx.addIssue({ code: 'custom', path: ['minutes'], message: `the sections' minutes add up to ${total}, not ${template.minutes}; make the two agree` });
      }
    }
    const seen = new Map<string, string>();
    template.sections.forEach((section, s) =>
      section.fields.forEach((field, f) => {
        const path = `sections[${s}].fields[${f}]`;
        const earlier = seen.get(field.name);
        if (earlier) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'fields', f, 'name'],
            message: `"${field.name}" is already the name of ${earlier}; each field needs its own name`,
          });
        } else {
          seen.set(field.name, path);
        }
      }),
    );
  });

export type Template = z.output<typeof templateSchema>;
export type Section = Template['sections'][number];
export type Field = Section['fields'][number];

/**
 * The names of the form controls a field makes, in every fillable format (the PDF form and the HTML
 * page), so that answers keep their names from one format to the other.
 */
export const controlName = {
  /** The box of a checklist's option, counted from 1. */
  option: (field: Field, option: number) => `${field.name}-${option}`,
  /** The typed name of a signature. */
  signature: (field: Field) => `${field.name}-signature`,
  /** The date a signature was made. */
  signedOn: (field: Field) => `${field.name}-date`,
  /** A table's cell, by row (from 1) and column. */
  cell: (field: Field, row: number, column: { name: string }) => `${field.name}-${row}-${column.name}`,
};

/** The organization and site a document is made for: its name and colour go on every file. */
export interface Branding {
  organization: string;
  /** #rrggbb */
  color: string;
  /** BCP 47 tag of the document's language. */
  lang: string;
  /** Address of the guide, printed in every document's footer. */
  siteUrl: string;
}

/**
 * A field's label as every format prints it: marked as the mentors' or the mentees' own question when it is
 * one, in the document's words and the program's: "What would you like help with? (protégés only)".
 */
export const fieldLabel = (f: Pick<Field, 'label' | 'only'>, words: Pick<DocumentWords, 'onlyFor'>, terms?: Terms): string =>
  f.only === undefined ? f.label : `${f.label} (${withTerms(words.onlyFor[f.only], terms)})`;

/** What a program calls its people instead of "mentor" and "mentee", e.g. { mentee: "protégé" }. */
export interface Terms {
  mentor?: string | undefined;
  mentee?: string | undefined;
}

/** `text` with a capital first letter, without the runtime's locale, so that the CLI and every browser write the same bytes. */
export const sentenceCase = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** `text` with "mentor" and "mentee" (and their plurals) in the program's own words, keeping the capital. */
export function withTerms(text: string, terms: Terms | undefined): string {
  if (!terms?.mentee && !terms?.mentor) return text;
  return text.replace(/\b([Mm])ent(ee|or)(s?)\b/g, (word, initial: string, role: string, plural: string) => {
    const term = role === 'ee' ? terms.mentee : terms.mentor;
    if (!term) return word;
    return `${initial === 'M' ? sentenceCase(term) : term}${plural}`;
  });
}

/** A template together with its identifier (its file name), as renderers take it. */
export interface TemplateDocument {
  id: string;
  template: Template;
  /** The program's words for its people, which the renderers use where they add text of their own (who fills it in). */
  terms?: Terms;
  /** Answers already known, by field name (text, long text and date fields), e.g. a program's dates. */
  values?: Record<string, string>;
  /** Web addresses in the template's texts meant to be followed (a program's video link), not read as plain text. */
  links?: readonly string[];
}

/** Who fills a document in, in the document's words and the program's: "Mentor and protégé". */
export const audienceOf = ({ template, terms }: { template: Pick<Template, 'audience'>; terms?: Terms | undefined }, words: Pick<DocumentWords, 'audiences'>): string => withTerms(words.audiences[template.audience], terms);

/** A problem with one field that only rendering reveals, such as text too long for its place on the page. */
export class TemplateFieldError extends Error {
  override name = 'TemplateFieldError';
  constructor(
    /** Where in the definition, e.g. "sections[1].fields[0].columns[2].label". */
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
