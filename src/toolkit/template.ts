import { z } from 'zod';
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
  /** Identifier, unique within the template; names the form field in PDF and HTML. */
  name: fieldName,
  /** What the person writes here, as a short label or question. */
  label: prose(140),
  /** A hint shown under the label. */
  help: prose(300).optional(),
};

/** One line of text. */
const shortText = z.strictObject({ kind: z.literal('short-text'), ...base });
/** Several lines of text. */
const longText = z.strictObject({
  kind: z.literal('long-text'),
  ...base,
  /** Lines of writing space on paper. Default: 4. */
  lines: z.int().min(2).max(20).default(4),
});
/** A calendar date. */
const date = z.strictObject({ kind: z.literal('date'), ...base });
/** Boxes to tick, one per option. */
const checklist = z.strictObject({
  kind: z.literal('checklist'),
  ...base,
  /** The options, in order. */
  options: z.array(prose(100)).min(1).max(12),
});
/** One choice on a numbered scale with labelled ends, e.g. confidence from 1 to 10. */
const rating = z.strictObject({
  kind: z.literal('rating'),
  ...base,
  /** Lowest value. Default: 1. */
  min: z.int().min(0).max(1).default(1),
  /** Highest value. Default: 10. */
  max: z.int().min(3).max(10).default(10),
  /** What the lowest value means, e.g. "Not at all confident". */
  lowLabel: prose(40),
  /** What the highest value means, e.g. "Completely confident". */
  highLabel: prose(40),
});
/** Rows to fill in under named columns, e.g. milestones with dates. */
const table = z.strictObject({
  kind: z.literal('table'),
  ...base,
  /** The columns, left to right. */
  columns: z.array(z.strictObject({ /** Identifier of the column. */ name: fieldName, /** Column heading. */ label: prose(40) })).min(1).max(6),
  /** Empty rows to fill in. Default: 3. */
  rows: z.int().min(1).max(15).default(3),
});
/** A signature with the date it was signed. */
const signature = z.strictObject({ kind: z.literal('signature'), ...base });

export const FIELD_KINDS = ['short-text', 'long-text', 'date', 'checklist', 'rating', 'table', 'signature'] as const;

export const fieldSchema = z.discriminatedUnion('kind', [shortText, longText, date, checklist, rating, table, signature], {
  error: (issue) =>
    issue.code === 'invalid_union' ? `unknown field kind; expected one of: ${FIELD_KINDS.join(', ')}` : undefined,
});

export const sectionSchema = z.strictObject({
  /** Heading of the section. */
  title: prose(80),
  /** One or two sentences of guidance on filling in the section. */
  guidance: prose(400),
  /** What to fill in, in order; at least one. */
  fields: z.array(fieldSchema).min(1, { message: 'a section needs at least one field' }),
});

/** When in a program a template is used; the templates page groups by it. */
export const PHASES = {
  start: 'Getting started',
  ongoing: 'Every meeting',
  midpoint: 'Mid-point',
  closing: 'Closing',
} as const;
export type Phase = keyof typeof PHASES;

export const AUDIENCES = {
  mentor: 'Mentor',
  mentee: 'Mentee',
  both: 'Mentor and mentee',
  coordinator: 'Program coordinator',
} as const;

export const templateSchema = z
  .strictObject({
    /** Title of the document. */
    title: prose(80),
    /** One or two sentences on what the template is for. */
    purpose: prose(300),
    /** Who fills it in. */
    audience: z.enum(Object.keys(AUDIENCES) as [keyof typeof AUDIENCES, ...(keyof typeof AUDIENCES)[]]),
    /** When in the program it is used. */
    phase: z.enum(Object.keys(PHASES) as [Phase, ...Phase[]]),
    /** Minutes it takes to fill in or to hold the meeting. */
    minutes: z.int().min(5).max(240),
    /** Position within its phase on the templates page, from 1. */
    order: z.int().positive(),
    /** Guide chapters behind the template, by file name. Default: none. */
    related: z.array(z.string()).default([]),
    /** Scientific references behind the template, by file name. Default: none. */
    references: z.array(z.string()).default([]),
    /** The template's sections, in order. */
    sections: z.array(sectionSchema).min(1),
  })
  .superRefine((template, ctx) => {
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
export type TemplateInput = z.input<typeof templateSchema>;
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

/** A template together with its identifier (its file name), as renderers take it. */
export interface TemplateDocument {
  id: string;
  template: Template;
  /** Answers already known, by field name (text, long text and date fields), e.g. a program's dates. */
  values?: Record<string, string>;
}

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
