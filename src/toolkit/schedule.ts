import { Temporal } from 'temporal-polyfill';
import { datesOf, kitWordsOf } from './dates-in-words';
import { checkInDates, type Session } from './plan';
import type { Program } from './program';
import { cityOfName } from './words/zone-cities';

// A program's schedule in plain words, in its kit's language, the same in the kit's README, on the
// command line and on the /toolkit/ page.

/** How often the program meets, from its first date: "every month, on the last Friday". */
export function cadenceInWords(program: Pick<Program, 'start' | 'cadence' | 'language'>): string {
  const words = kitWordsOf(program);
  const first = Temporal.PlainDate.from(program.start);
  const weekday = words.weekday(first.dayOfWeek - 1);
  switch (program.cadence) {
    case 'weekly':
      return words.cadence.weekly(weekday);
    case 'biweekly':
      return words.cadence.biweekly(weekday);
    case 'monthly':
      return words.cadence.monthly(Math.ceil(first.day / 7), weekday);
    case 'monthly-date':
      return words.cadence.monthlyDate(first.day, first.day > 28);
  }
}


/** The time of day of an instant in UTC, "23:30". */
const utcTime = (instant: string) => instant.slice(11, 16);

/**
 * When meetings start, in the program's time and in UTC: "Meetings start at 17:30 Chicago time
 * (America/Chicago). The clocks change during the program, so that is 23:30 UTC until 26 February 2027 and
 * 22:30 UTC from 26 March 2027." UTC moves where the program's clocks change.
 */
export function timesInWords(program: Pick<Program, 'time' | 'timeZone' | 'locale' | 'language'>, sessions: readonly Session[]): string {
  const words = kitWordsOf(program).times;
  const dates = datesOf(program);
  const inUtc = cityOfName(program.timeZone) === 'UTC';
  const local = words.local(program.time, inUtc ? undefined : words.city(program.timeZone), program.timeZone);
  const runs: { utc: string; from: Session; to: Session }[] = [];
  for (const session of sessions) {
    const utc = utcTime(session.startUtc);
    const last = runs.at(-1);
    if (last?.utc === utc) last.to = session;
    else runs.push({ utc, from: session, to: session });
  }
  if (inUtc || runs.length === 0) return words.start(local);
  if (runs.length === 1) return words.startInUtc(local, runs[0]!.utc);
  return words.clocksChange(
    local,
    runs.map(({ utc, from, to }, i) => ({ utc, ...(i > 0 && { from: dates.short(from.date) }), ...(i < runs.length - 1 && { to: dates.short(to.date) }) })),
  );
}

/** The schedule as people read it before a kit is made: what it is, when, and each session with any date that moved. */
export interface ScheduleInWords {
  /** "12 sessions of 60 minutes, every week, on Monday, from Monday 2 March 2026 to Monday 18 May 2026." */
  summary: string;
  times: string;
  sessions: { number: number; date: string; time: string; kind: string; moved?: string }[];
  /** The coordinator's check-ins, one line each: "Check-in 2 of 6: Sunday 14 March 2027"; none without a coordinator. */
  checkIns: string[];
}

export function scheduleInWords(program: Program, sessions: readonly Session[]): ScheduleInWords {
  const words = kitWordsOf(program);
  const dates = datesOf(program);
  const first = sessions[0]!;
  const last = sessions.at(-1)!;
  const span = sessions.length === 1 ? { on: dates.long(first.date) } : { cadence: cadenceInWords(program), from: dates.long(first.date), to: dates.long(last.date) };
  return {
    summary: words.summary(sessions.length, program.minutes, span),
    times: timesInWords(program, sessions),
    sessions: sessions.map((s) => ({
      number: s.number,
      date: dates.long(s.date),
      time: `${s.start.slice(11)}–${s.end.slice(11)}`,
      kind: words.sessionPhases[s.phase],
      ...(s.moved && { moved: s.moved.map(words.moved).join(words.separator) }),
    })),
    checkIns: checkInDates(program, sessions).map(({ date, moved }, i, all) => `${words.coordinator.checkInTitle(i + 1, all.length, dates.long(date))}${moved ? words.movedNote(words.moved(moved)) : ''}`),
  };
}

