import { z } from 'zod';
import { Temporal } from 'temporal-polyfill';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { choice } from './choice';
import { isLocale } from './locale';
import { DOCUMENT_LANGUAGES } from './words';
import { kitEn } from './words/kit-en';

/**
 * A mentoring program as a program designer describes it, once: the generator turns it into a kit
 * (schedule, agendas, agreement, goal worksheet, meeting log, calendar). Framework-free.
 */

/**
 * A name people see in every document, in any script: one line, no control characters, at most 120
 * characters, in its composed form (NFC), so that "é" typed as "e" and an accent prints as one letter.
 * Whether the kit's fonts can print it is checked with the fonts (printable.ts).
 */
const name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `${what} must not be empty` })
    .max(120, { message: `${what} must be at most 120 characters` })
    .refine((value) => !/[\u0000-\u001f\u007f\u2028\u2029]/.test(value), { message: `${what} must be one line, without tabs or control characters` })
    .transform((value) => value.normalize('NFC'));

/** The guide's areas that a program can focus on; each adds its prompts to every agenda (in the kit's language, see words/). */
export const FOCUS_AREAS = kitEn.focusAreas;
export type FocusArea = 'career-guidance' | 'leadership-development' | 'skill-building' | 'personal-growth';

const isoDate = z.string().superRefine((value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'expected a date written as YYYY-MM-DD, for example "2026-03-02"' });
    return;
  }
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    ctx.addIssue({ code: 'custom', message: `${value} is not a date in the calendar` });
    return;
  }
  // ZIP archives can only date their files between 1980 and 2099.
  if (value < '2000-01-01' || value > '2097-12-31') ctx.addIssue({ code: 'custom', message: 'expected a date between 2000-01-01 and 2097-12-31' });
});

const timeZones = new Set(Intl.supportedValuesOf('timeZone'));
/** True for an IANA time zone name this runtime knows: canonical names, their aliases (Europe/Kiev), and UTC. */
export function isTimeZone(value: string): boolean {
  if (timeZones.has(value)) return true;
  if (!/^(?:[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+|UTC|GMT)$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Whether the calendar file can describe the zone (timezones-ical-library has its VTIMEZONE). */
const hasCalendarZone = (zone: string) => Boolean((tzlib_get_ical_block(zone) as string[] | undefined)?.[0]);

/** How often a program meets, with the words its documents and the form use. */
export const CADENCES = {
  weekly: 'Every week',
  biweekly: 'Every two weeks',
  monthly: 'Every month, on the same weekday of the same week',
  'monthly-date': 'Every month, on the same date',
} as const;

export type Cadence = keyof typeof CADENCES;

/** How often the coordinator checks in with each pair, from two weeks after the first meeting until the last. */
export const CHECK_INS = {
  monthly: 'Every month',
  biweekly: 'Every two weeks',
} as const;
export type CheckIns = keyof typeof CHECK_INS;

/** Where meetings happen. */
export type Format = 'in-person' | 'virtual' | 'hybrid';
export const FORMATS = kitEn.formats;

/** The goal-setting frameworks a kit can carry, by the worksheet that comes with each. */
export const GOAL_FRAMEWORKS = { smart: 'SMART goal-setting worksheet', grow: 'GROW conversation planner' } as const;
export type GoalFramework = keyof typeof GOAL_FRAMEWORKS;

/** The languages a kit can be written in, each by its name in itself: "Español". */
const languageNames = Object.fromEntries(Object.entries(DOCUMENT_LANGUAGES).map(([code, words]) => [code, words.kit.name])) as { [L in keyof typeof DOCUMENT_LANGUAGES]: string };

const focusTitles = Object.fromEntries(Object.entries(FOCUS_AREAS).map(([id, area]) => [id, area.title])) as { [A in FocusArea]: string };

// Each field's `title` is its label on the /toolkit/ form, its `description` the documentation editors
// show on hover; both travel into program.schema.json.
export const programSchema = z
  .strictObject({
    $schema: z.string().meta({ description: 'Where an editor finds this schema, for autocompletion; the generator ignores it.' }).optional(),
    program: name('program').meta({ title: 'Name of the program', description: 'Name of the program, printed on every document, e.g. "Spring 2026 mentoring circle".' }),
    organization: name('organization').meta({ title: 'Organization', description: 'The organization running the program.' }),
    mentor: name('mentor').meta({ title: "Mentor's name", description: "The mentor's name, printed on the agreement." }).optional(),
    mentee: name('mentee').meta({ title: "Mentee's name", description: "The mentee's name, printed on the agreement." }).optional(),
    terms: z
      .strictObject({
        mentor: name('terms.mentor').meta({ title: 'What your program calls its mentors', description: 'The word used instead of "mentor" in every document.', examples: ['guide'] }).optional(),
        mentee: name('terms.mentee').meta({ title: 'What your program calls its mentees', description: 'The word used instead of "mentee" in every document.', examples: ['protégé'] }).optional(),
      })
      .meta({ title: 'Words for its people', description: 'What the program calls its people, if not "mentor" and "mentee".', examples: [{ mentee: 'protégé' }] })
      .optional(),
    start: isoDate.meta({ title: 'Date of the first meeting', description: 'Date of the first meeting, written YYYY-MM-DD, e.g. "2026-03-02".' }),
    weeks: z
      .int({ message: 'expected a whole number of weeks' })
      .min(1, { message: 'a program lasts at least 1 week' })
      .max(104, { message: 'a program lasts at most 104 weeks (two years)' })
      .meta({ title: 'Length of the program, in weeks', description: 'How many weeks the program runs, from the first meeting.' }),
    cadence: choice(CADENCES, 'expected "weekly", "biweekly", "monthly" or "monthly-date"').meta({
      title: 'How often you meet',
      description:
        'How often the mentor and mentee meet. "monthly": the same weekday of the same week of each month, such as the second Tuesday (a start in the fifth week means the last one of each month). "monthly-date": the same date each month (the last day of a shorter month).',
    }),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'expected a time written as HH:MM on the 24-hour clock, for example "17:30"' })
      .meta({ title: 'Start time', description: 'Local start time of the meetings, HH:MM on the 24-hour clock, e.g. "17:30".' }),
    timeZone: z
      .string()
      .refine((zone) => isTimeZone(zone) && hasCalendarZone(zone), { message: 'expected a time zone written as region/city, such as "America/Chicago" or "Europe/Rome"' })
      .meta({ title: 'Time zone', description: 'Time zone of the meetings, as a region and city name, such as "America/Chicago".', examples: ['America/Chicago'] }),
    language: choice(languageNames, `expected one of: ${Object.keys(languageNames).join(', ')}`)
      .meta({
        title: 'Language of the kit',
        description: `The language the kit is written in: its templates, agendas, schedule, README and calendar. One of ${Object.entries(languageNames).map(([code, name]) => `"${code}" (${name})`).join(', ')}. Default: "en".`,
        examples: ['es'],
      })
      .optional(),
    locale: z
      .string()
      .refine(isLocale, { message: 'expected a language and region written as a tag, such as "en-US" or "en-GB"' })
      .meta({
        title: 'Language and region',
        description:
          'Your language and region, such as "en-US" or "en-GB": they decide how dates are written ("January 29, 2027" or "29 January 2027") and the paper size (US Letter or A4). Without it, dates read "29 January 2027" and the paper follows the time zone.',
        examples: ['en-US'],
      })
      .optional(),
    minutes: z
      .int({ message: 'expected a whole number of minutes' })
      .min(15, { message: 'a meeting lasts at least 15 minutes' })
      .max(240, { message: 'a meeting lasts at most 240 minutes' })
      .meta({ title: 'Length of a meeting, in minutes', description: 'How long each meeting lasts.' }),
    format: choice(FORMATS, 'expected "in-person", "virtual" or "hybrid"').meta({ title: 'Format', description: 'Where the meetings happen.' }),
    location: name('location').meta({ title: 'Place, or the video link for online meetings', description: 'A place for meetings in person, or the video link (https://) for online ones.' }).optional(),
    focus: z
      .array(choice(focusTitles, `expected one of: ${Object.keys(FOCUS_AREAS).join(', ')}`))
      .min(1, { message: 'choose at least one focus area' })
      .refine((list) => new Set(list).size === list.length, { message: 'each focus area only once' })
      .meta({ title: 'Focus of the program', description: "The guide's areas the program focuses on, at least one; each adds its prompts to every agenda." }),
    goals: choice(GOAL_FRAMEWORKS, 'expected "smart" or "grow"').meta({ title: 'Goal setting', description: 'The goal-setting framework, and so the worksheet in the kit.' }),
    coordinator: z
      .strictObject({
        name: name('coordinator.name').meta({ title: "Coordinator's name", description: 'The person who runs the program, named in the README and on the check-in forms.' }),
        contact: name('coordinator.contact')
          .meta({ title: "Coordinator's email or phone", description: 'How mentors and mentees reach the coordinator, given in the README.' })
          .optional(),
        checkIns: choice(CHECK_INS, 'expected "monthly" or "biweekly"')
          .meta({
            title: 'Check-ins with the pair',
            description: 'How often the coordinator checks in with the pair, from two weeks after the first meeting until the last one: "monthly" or "biweekly". Default: "monthly".',
          })
          .optional(),
      })
      .meta({
        title: "The coordinator's pack",
        description:
          "Adds the coordinator's documents to the kit: the readiness checklist, the application, the matching questionnaire and worksheet, the mentor training checklist, a check-in form for each check-in, the closure record and the end-of-program survey, with the check-ins in a calendar of their own.",
      })
      .optional(),
  })
  .superRefine((program, ctx) => {
    // Other languages' words for people change with grammar (gender, articles) that a swap cannot follow.
    if (program.terms && program.language && program.language !== 'en') {
      ctx.addIssue({ code: 'custom', path: ['terms'], message: 'the words for people can only be changed in a kit in English for now; remove terms, or choose the language "en"' });
    }
    if (program.location && program.format === 'virtual' && !/^https:\/\/\S+$/.test(program.location)) {
      ctx.addIssue({ code: 'custom', path: ['location'], message: 'for virtual meetings, expected the video link starting with https://' });
    }
  });

export type Program = z.output<typeof programSchema>;

/** The JSON Schema of a program description, generated from the same zod schema, for editors' autocompletion. */
export function programJsonSchema(schema: z.ZodType = programSchema): Record<string, unknown> {
  return { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title: 'Mentorkit program description' };
}
