import { z } from 'zod';
import { Temporal } from 'temporal-polyfill';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { firstUnprintable } from './charset';

/**
 * A mentoring program as a program designer describes it, once: the generator turns it into a kit
 * (schedule, agendas, agreement, goal worksheet, meeting log, calendar). Framework-free.
 */

/** A name people see in every document: one line, no control characters, at most 120 characters. */
const name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `${what} must not be empty` })
    .max(120, { message: `${what} must be at most 120 characters` })
    .refine((value) => !/[\u0000-\u001f\u007f\u2028\u2029]/.test(value), { message: `${what} must be one line, without tabs or control characters` })
    .superRefine((value, ctx) => {
      const char = firstUnprintable(value);
      if (char && !/[\u0000-\u001f\u007f\u2028\u2029]/.test(char)) {
        const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
        ctx.addIssue({ code: 'custom', message: `${what} contains "${char}" (${code}), which the kit's documents cannot show; use Latin, Greek or Cyrillic letters` });
      }
    });

/** The guide's areas that a program can focus on; each adds its prompts to every agenda. */
export const FOCUS_AREAS = {
  'career-guidance': {
    title: 'Career guidance',
    prompts: ['Which career choice or transition is on your mind right now?', 'What would a good next step look like in six months?'],
  },
  'leadership-development': {
    title: 'Leadership development',
    prompts: ['Where did you lead, or want to lead, since we last met?', 'Which leadership skill will you practise before our next meeting?'],
  },
  'skill-building': {
    title: 'Skill building',
    prompts: ['Which skill are you building, and how will you practise it?', 'What resources or people could speed up your learning?'],
  },
  'personal-growth': {
    title: 'Personal growth',
    prompts: ['What did you notice about yourself since we last met?', 'What would you like to understand better about your strengths?'],
  },
} as const;
export type FocusArea = keyof typeof FOCUS_AREAS;

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

export const programSchema = z
  .strictObject({
    /** Where an editor finds this schema, for autocompletion; ignored by the generator. */
    $schema: z.string().optional(),
    /** Name of the program, e.g. "Spring 2026 mentoring circle". */
    program: name('program'),
    /** The organization running it. */
    organization: name('organization'),
    /** The mentor's name, printed on the agreement. */
    mentor: name('mentor').optional(),
    /** The mentee's name, printed on the agreement. */
    mentee: name('mentee').optional(),
    /** What the program calls its people, e.g. { mentee: "protégé" }. */
    terms: z.strictObject({ mentor: name('terms.mentor').optional(), mentee: name('terms.mentee').optional() }).optional(),
    /** Date of the first meeting, YYYY-MM-DD. */
    start: isoDate,
    /** Length of the program in weeks, 1 to 104. */
    weeks: z.int({ message: 'expected a whole number of weeks' }).min(1, { message: 'a program lasts at least 1 week' }).max(104, { message: 'a program lasts at most 104 weeks (two years)' }),
    /** How often you meet: weekly, every two weeks, or monthly (the same weekday of the same week of the month). */
    cadence: z.enum(['weekly', 'biweekly', 'monthly'], { message: 'expected "weekly", "biweekly" or "monthly"' }),
    /** Local start time of meetings, HH:MM (24-hour clock). */
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'expected a time written as HH:MM on the 24-hour clock, for example "17:30"' }),
    /** IANA time zone of the meetings, e.g. "Europe/Rome". */
    timeZone: z.string().refine((zone) => isTimeZone(zone) && hasCalendarZone(zone), { message: 'expected an IANA time zone such as "Europe/Rome" or "America/New_York"' }),
    /** Length of a meeting in minutes, 15 to 240. */
    minutes: z.int({ message: 'expected a whole number of minutes' }).min(15, { message: 'a meeting lasts at least 15 minutes' }).max(240, { message: 'a meeting lasts at most 240 minutes' }),
    /** Where meetings happen. */
    format: z.enum(['in-person', 'virtual', 'hybrid'], { message: 'expected "in-person", "virtual" or "hybrid"' }),
    /** A place for in-person meetings, or a video link (https) for virtual ones. */
    location: name('location').optional(),
    /** The guide's areas the program focuses on, at least one. */
    focus: z
      .array(z.enum(Object.keys(FOCUS_AREAS) as [FocusArea, ...FocusArea[]], { message: `expected one of: ${Object.keys(FOCUS_AREAS).join(', ')}` }))
      .min(1, { message: 'choose at least one focus area' })
      .refine((list) => new Set(list).size === list.length, { message: 'each focus area only once' }),
    /** The goal-setting framework: "smart" (SMART worksheet) or "grow" (GROW planner). */
    goals: z.enum(['smart', 'grow'], { message: 'expected "smart" or "grow"' }),
  })
  .superRefine((program, ctx) => {
    if (program.location && program.format === 'virtual' && !/^https:\/\/\S+$/.test(program.location)) {
      ctx.addIssue({ code: 'custom', path: ['location'], message: 'for virtual meetings, expected the video link starting with https://' });
    }
  });

export type Program = z.output<typeof programSchema>;
export type ProgramInput = z.input<typeof programSchema>;

/** The JSON Schema of a program description, generated from the same zod schema, for editors' autocompletion. */
export function programJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(programSchema, { io: 'input', unrepresentable: 'any' }), title: 'Mentorkit program description' };
}
