import type { SessionPhase } from '../plan';
import type { Cadence, CheckIns, FocusArea, Format, GoalFramework } from '../program';

/** A date as the words need it: its weekday (0 for Monday) and its day, month (1–12) and year. */
export interface DateParts {
  weekday: number;
  day: number;
  month: number;
  year: number;
}

/** Why a meeting is not where the cadence and the start time alone would put it. */
export type MovedReason =
  | { kind: 'short-month'; month: number; day: number }
  | { kind: 'clocks-forward'; time: string; start: string }
  /** A coordinator's check-in on a day of the weekend (Monday 1 to Sunday 7), moved to the next working day, or the one before. */
  | { kind: 'weekend'; weekday: number; later: boolean };

/**
 * The /toolkit/ form's words in a language other than English, whose words are the program schema's own
 * (its titles and option labels, which the editors' JSON Schema carries too).
 */
export interface FormWords {
  legends: { program: string; schedule: string; place: string; coordinator: string };
  /** Each field's label, by its path in the description ("terms.mentee"). */
  fields: Record<string, string>;
  cadences: Record<Cadence, string>;
  goals: Record<GoalFramework, string>;
  checkIns: Record<CheckIns, string>;
  /** The notes after a label: "(optional, 1 to 104, e.g. Europe/Rome)". */
  optional: string;
  range: (min: number, max: number) => string;
  example: (value: string) => string;
  /** Between the notes: ", ". */
  comma: string;
  /**
   * What to write in a field the program description refuses, by its path ("weeks", "terms.mentee"; a
   * list's item by the list's): one sentence per field that says what it takes, whatever the fault.
   */
  invalid: Record<string, string>;
  /** A typed field holding a character no font of the kit draws. */
  unprintable: (character: string) => string;
}

/**
 * The words of a program's kit in one language: its dates, its schedule, its agendas and agreement, the
 * README, the calendar and the meeting log's columns. Spelled out here rather than by Intl, whose output
 * varies with each runtime's data: the command line and every browser must write the same bytes.
 */
export interface KitWords {
  /** The language's name in itself, as the form offers it: "Español". */
  name: string;
  /** The day of the week, 0 for Monday. */
  weekday: (index: number) => string;
  /** "Monday 30 March 2026"; in English, "Monday, March 30, 2026" where the locale puts the month first. */
  longDate: (date: DateParts, monthFirst: boolean) => string;
  /** "30 March 2026", or "March 30, 2026". */
  dayMonthYear: (date: DateParts, monthFirst: boolean) => string;
  sessionPhases: Record<SessionPhase, string>;
  formats: Record<Format, string>;
  focusAreas: Record<FocusArea, { title: string; prompts: readonly [string, string] }>;
  /** The last section of every agenda: the program's focus areas' prompts. */
  focusSection: { title: string; guidance: (areas: readonly string[]) => string };
  /** "First meeting: Monday 2 March 2026". */
  agendaTitle: (phase: string, date: string) => string;
  agendaPurpose: (session: { program: string; number: number; count: number; date: string; start: string; end: string; timeZone: string; where: string }) => string;
  /** Whose agreement it is, after the template's purpose: "Spring circle, Northside Library." */
  agreementOf: (program: string, organization: string) => string;
  /** The agreement's frequency: "Every week, on Monday, 60 minutes, from Monday 2 March 2026". */
  frequency: (cadence: string, minutes: number, from: string) => string;
  /** Where meetings are: the format, and the place when there is one. */
  where: (format: string, location: string | undefined) => string;
  cadence: {
    weekly: (weekday: string) => string;
    biweekly: (weekday: string) => string;
    /** The weekday of the same week of each month; `week` 1 to 4, or 5 for the last. */
    monthly: (week: number, weekday: string) => string;
    /** The same date each month; `shorter` when some months lack it. */
    monthlyDate: (day: number, shorter: boolean) => string;
  };
  /** Sentences on when meetings start, in the program's time and in UTC. */
  times: {
    /** The city of a time zone, as this language names it: "Chicago" for "America/Chicago". */
    city: (timeZone: string) => string;
    /** "17:30 UTC", or "17:30 Chicago time (America/Chicago)". */
    local: (time: string, city: string | undefined, timeZone: string) => string;
    start: (local: string) => string;
    startInUtc: (local: string, utc: string) => string;
    /** The clocks change: each stretch of the program with its UTC time. */
    clocksChange: (local: string, stretches: readonly { utc: string; from?: string; to?: string }[]) => string;
  };
  /** "12 sessions of 60 minutes, every week, on Monday, from … to …." */
  summary: (count: number, minutes: number, span: { on: string } | { cadence: string; from: string; to: string }) => string;
  moved: (reason: MovedReason) => string;
  /** Why a date moved, after what moved: " (moved: …)". */
  movedNote: (moved: string) => string;
  /** A session as the command line lists it: "Monday 2 March 2026, 17:30–18:30: First meeting", and why it moved. */
  scheduleLine: (session: { date: string; time: string; kind: string; moved?: string | undefined }) => string;
  /** Between the items of a list that has commas of its own: "; ". */
  separator: string;
  /** Sessions by number, runs joined: "2 to 5 and 7". */
  numberRuns: (runs: readonly (readonly [number, number])[]) => string;
  readme: {
    intro: (organization: string) => string;
    contents: string;
    calendar: string;
    formats: string;
    schedule: string;
    /** What a folder of agendas holds: "the agendas of sessions 2 to 5". */
    agendas: (sessions: string, count: number) => string;
    log: string;
    table: { session: string; date: string; time: string; meeting: string; agenda: string; note: string };
  };
  /** The meeting log's columns, in order (CSV). */
  logColumns: readonly [string, string, string, string, string, string, string, string, string, string, string, string, string];
  /** The /toolkit/ form's words; English has none here, its words are the schema's. */
  form?: FormWords;
  /** The coordinator's pack, in a kit whose program names a coordinator. */
  coordinator: {
    /** The README's line on who coordinates: "The program's coordinator is Ana Ruiz, reachable at ana@example.org." */
    readme: (name: string, contact: string | undefined) => string;
    /** What the coordinator's folder holds: its documents' titles, and the check-in forms. */
    folder: (documents: string, checkIns: number) => string;
    /** What the coordinator's calendar holds, in the README. */
    calendar: string;
    /** A check-in form's title: "Check-in 2 of 6: Friday 12 March 2027". */
    checkInTitle: (number: number, count: number, date: string) => string;
    /** A check-in's event title: "Spring circle: check-in with the pair (2 of 6)". */
    checkInEvent: (program: string, number: number, count: number) => string;
    /** The pair, by their names: "Ana Ruiz and Li Wei". */
    pair: (mentor: string, mentee: string) => string;
  };
  /** A calendar event's title: "Spring circle: First meeting (1 of 12)". */
  eventSummary: (program: string, phase: string, number: number, count: number) => string;
}
