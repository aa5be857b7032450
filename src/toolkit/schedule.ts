import { Temporal } from 'temporal-polyfill';
import { WEEKDAYS, dayMonthYear, longDate, ordinal } from './dates-in-words';
import { dateOrderOf } from './locale';
import { SESSION_PHASES, type Session } from './plan';
import type { Program } from './program';

// A program's schedule in plain words, the same in the kit's README, on the command line and on the
// /toolkit/ page.

const NTH = ['first', 'second', 'third', 'fourth', 'last'];

/** How often the program meets, from its first date: "every month, on the last Friday". */
export function cadenceInWords(program: Pick<Program, 'start' | 'cadence'>): string {
  const first = Temporal.PlainDate.from(program.start);
  const weekday = WEEKDAYS[first.dayOfWeek - 1]!;
  switch (program.cadence) {
    case 'weekly':
      return `every week, on ${weekday}`;
    case 'biweekly':
      return `every two weeks, on ${weekday}`;
    case 'monthly':
      return `every month, on the ${NTH[Math.ceil(first.day / 7) - 1]} ${weekday}`;
    case 'monthly-date':
      return `every month, on the ${ordinal(first.day)}${first.day > 28 ? ' (the last day of a shorter month)' : ''}`;
  }
}

/** The city of a time zone, as people say it: "America/Argentina/Buenos_Aires" is "Buenos Aires". */
export const zoneCity = (timeZone: string): string => timeZone.split('/').at(-1)!.replace(/_/g, ' ');

/** The time of day of an instant in UTC, "23:30". */
const utcTime = (instant: string) => instant.slice(11, 16);

/**
 * When meetings start, in the program's time and in UTC: "Meetings start at 17:30 Chicago time
 * (America/Chicago). The clocks change during the program, so that is 23:30 UTC until 26 February 2027 and
 * 22:30 UTC from 26 March 2027." UTC moves where the program's clocks change.
 */
export function timesInWords(program: Pick<Program, 'time' | 'timeZone' | 'locale'>, sessions: readonly Session[]): string {
  const order = dateOrderOf(program.locale);
  const inUtc = zoneCity(program.timeZone) === 'UTC';
  const local = inUtc ? `${program.time} UTC` : `${program.time} ${zoneCity(program.timeZone)} time (${program.timeZone})`;
  const runs: { utc: string; from: Session; to: Session }[] = [];
  for (const session of sessions) {
    const utc = utcTime(session.startUtc);
    const last = runs.at(-1);
    if (last?.utc === utc) last.to = session;
    else runs.push({ utc, from: session, to: session });
  }
  if (inUtc || runs.length === 0) return `Meetings start at ${local}.`;
  if (runs.length === 1) return `Meetings start at ${local}, which is ${runs[0]!.utc} UTC.`;
  const parts = runs.map(({ utc, from, to }, i) =>
    i === 0
      ? `${utc} UTC until ${dayMonthYear(to.date, order)}`
      : i === runs.length - 1
        ? `${utc} UTC from ${dayMonthYear(from.date, order)}`
        : `${utc} UTC from ${dayMonthYear(from.date, order)} to ${dayMonthYear(to.date, order)}`,
  );
  return `Meetings start at ${local}. The clocks change during the program, so that is ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}

/** The schedule as people read it before a kit is made: what it is, when, and each session with any date that moved. */
export interface ScheduleInWords {
  /** "12 sessions of 60 minutes, every week, on Monday, from Monday 2 March 2026 to Monday 18 May 2026." */
  summary: string;
  times: string;
  sessions: { number: number; date: string; time: string; kind: string; moved?: string }[];
}

export function scheduleInWords(program: Program, sessions: readonly Session[]): ScheduleInWords {
  const first = sessions[0]!;
  const last = sessions.at(-1)!;
  const order = dateOrderOf(program.locale);
  const span = sessions.length === 1 ? `on ${longDate(first.date, order)}` : `${cadenceInWords(program)}, from ${longDate(first.date, order)} to ${longDate(last.date, order)}`;
  return {
    summary: `${sessions.length} ${sessions.length === 1 ? 'session' : 'sessions'} of ${program.minutes} minutes, ${span}.`,
    times: timesInWords(program, sessions),
    sessions: sessions.map((s) => ({
      number: s.number,
      date: longDate(s.date, order),
      time: `${s.start.slice(11)}–${s.end.slice(11)}`,
      kind: SESSION_PHASES[s.phase].title,
      ...(s.moved && { moved: s.moved }),
    })),
  };
}
