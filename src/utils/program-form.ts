// The /toolkit/ form, laid out from the program description's JSON Schema (itself generated from the
// zod schema in the core): labels, notes, options, limits and whether a field is required all come from
// the schema. This module decides only the presentation: which fieldset holds a field, and which HTML
// control suits it where the schema's type alone does not say (a date, a time, a drop-down list).
// In English its words are the schema's; in another language, the kit's words for the form (words/).
import type { KitWords } from '../toolkit';

/** The part of a JSON Schema node the form reads. */
export interface SchemaNode {
  type?: string;
  title?: string;
  enum?: string[];
  enumDescriptions?: string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
}

export type ControlKind = 'text' | 'number' | 'date' | 'time' | 'time-zone' | 'locale' | 'select' | 'radio' | 'checkboxes';

export interface FormControl {
  /** Where the value goes in the description, e.g. "terms.mentee". */
  path: string;
  /** The element's id: the path with hyphens ("terms-mentee"); its error message is `<id>-error`. */
  id: string;
  label: string;
  /** Shown after the label in lighter type: "(optional)", "(e.g. Europe/Rome)", "(1 to 104)". */
  note?: string;
  required: boolean;
  kind: ControlKind;
  /** Each option's value and label; a language's name is in that language (`lang`). */
  options: { value: string; label: string; lang?: string }[];
  min?: number;
  max?: number;
  maxLength?: number;
}

export interface FormGroup {
  /** The fieldset's legend; a group without one is a single set of choices, which is its own fieldset. */
  legend?: string;
  controls: FormControl[];
}

/** The fieldsets of the form and the fields in each, by their path in the description. */
const FORM_LAYOUT: readonly { legend?: Legend; fields: readonly string[] }[] = [
  { fields: ['language'] },
  { legend: 'program', fields: ['program', 'organization', 'mentor', 'mentee', 'terms.mentor', 'terms.mentee'] },
  { legend: 'schedule', fields: ['start', 'weeks', 'cadence', 'time', 'timeZone', 'locale', 'minutes'] },
  { legend: 'place', fields: ['format', 'location'] },
  { fields: ['focus'] },
  { fields: ['goals'] },
  { legend: 'coordinator', fields: ['coordinator.name', 'coordinator.contact', 'coordinator.checkIns'] },
];
type Legend = 'program' | 'schedule' | 'place' | 'coordinator';

/** The form's own words in English, the schema's language; other languages give theirs (FormWords). */
const ENGLISH = {
  legends: { program: 'The program', schedule: 'Schedule', place: 'Where you meet', coordinator: "The coordinator's pack (optional)" },
  optional: 'optional',
  range: (min: number, max: number) => `${min} to ${max}`,
  example: (value: string) => `e.g. ${value}`,
  comma: ', ',
};

/** Fields the form leaves out on purpose: the editor's pointer to the schema means nothing on a page. */
const NOT_IN_FORM: readonly string[] = ['$schema'];

/** Controls the schema's type cannot tell apart from plain text or a set of buttons. */
const CONTROL_OF: Record<string, ControlKind> = { start: 'date', time: 'time', timeZone: 'time-zone', locale: 'locale', cadence: 'select', language: 'select' };

/**
 * Every field of the schema by path, nested objects flattened ("terms.mentee"), with whether it is required:
 * a field of an optional object is not, since the whole object may be left out.
 */
export function schemaFields(schema: SchemaNode, prefix = '', optional = false): { path: string; node: SchemaNode; required: boolean }[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, node]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const required = !optional && (schema.required ?? []).includes(key);
    return node.type === 'object' ? schemaFields(node, path, !required) : [{ path, node, required }];
  });
}

/**
 * The labels of a field's options in the kit's words, where the language has its own (the schema's are
 * English): cadences and goal worksheets from the form's words, formats and focus areas from the kit's.
 */
function optionLabels(path: string, words: KitWords): Record<string, string> | undefined {
  if (!words.form) return undefined;
  if (path === 'cadence') return words.form.cadences;
  if (path === 'goals') return words.form.goals;
  if (path === 'coordinator.checkIns') return words.form.checkIns;
  if (path === 'format') return words.formats;
  if (path === 'focus') return Object.fromEntries(Object.entries(words.focusAreas).map(([id, area]) => [id, area.title]));
  return undefined;
}

function control(path: string, node: SchemaNode, required: boolean, words: KitWords): FormControl {
  const own = words.form ?? ENGLISH;
  const example = node.examples?.find((value): value is string => typeof value === 'string');
  const range = node.type === 'integer' && node.minimum !== undefined && node.maximum !== undefined ? own.range(node.minimum, node.maximum) : undefined;
  const labels = optionLabels(path, words);
  const kind: ControlKind =
    CONTROL_OF[path] ?? (node.type === 'array' ? 'checkboxes' : node.enum ? 'radio' : node.type === 'integer' || node.type === 'number' ? 'number' : 'text');
  // A list of choices shows its choices: an example of one says nothing more.
  const shown = kind === 'select' || kind === 'radio' || kind === 'checkboxes' ? undefined : example;
  const notes = [required ? undefined : own.optional, range, shown && own.example(shown)].filter(Boolean);
  const options = (node.items ?? node).enum ?? [];
  const described = (node.items ?? node).enumDescriptions;
  const label = words.form ? words.form.fields[path] : node.title;
  if (label === undefined) throw new Error(`The /toolkit/ form has no label for the field "${path}" in ${words.name}: add it to form.fields in src/toolkit/words/`);
  return {
    path,
    id: path.replace(/\./g, '-'),
    label,
    ...(notes.length > 0 && { note: `(${notes.join(own.comma)})` }),
    required,
    kind,
    options: options.map((value, i) => {
      const optionLabel = labels ? labels[value] : (described?.[i] ?? value);
      if (optionLabel === undefined) throw new Error(`The /toolkit/ form has no label for "${value}", an option of "${path}", in ${words.name}: add it in src/toolkit/words/`);
      // A language is named in itself, and read out in it.
      return path === 'language' ? { value, label: optionLabel, lang: value } : { value, label: optionLabel };
    }),
    ...(node.minimum !== undefined && { min: node.minimum }),
    ...(node.maximum !== undefined && { max: node.maximum }),
    ...(node.maxLength !== undefined && { maxLength: node.maxLength }),
  };
}

/**
 * The form's fieldsets for a program schema. A field of the schema that the layout does not place
 * stops the build: a new field must be given its place in the form.
 */
export function programForm(schema: SchemaNode, words: KitWords): FormGroup[] {
  const fields = new Map(schemaFields(schema).map((field) => [field.path, field]));
  const placed = new Set([...FORM_LAYOUT.flatMap((group) => group.fields), ...NOT_IN_FORM]);
  const unplaced = [...fields.keys()].filter((path) => !placed.has(path));
  if (unplaced.length > 0) throw new Error(`The program schema has fields the /toolkit/ form does not place: ${unplaced.join(', ')}; add each to FORM_LAYOUT in src/utils/program-form.ts`);
  const unknown = [...placed].filter((path) => !fields.has(path) && !NOT_IN_FORM.includes(path));
  if (unknown.length > 0) throw new Error(`FORM_LAYOUT in src/utils/program-form.ts places fields the program schema does not have: ${unknown.join(', ')}`);
  const legends = (words.form ?? ENGLISH).legends;
  return FORM_LAYOUT.map(({ legend, fields: paths }) => ({
    ...(legend && { legend: legends[legend] }),
    controls: paths.map((path) => {
      const field = fields.get(path)!;
      return control(path, field.node, field.required, words);
    }),
  }));
}
