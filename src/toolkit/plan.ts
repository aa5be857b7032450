import { Temporal } from 'temporal-polyfill';
import type { Program } from './program';

/** The kind of meeting a session is; each has its agenda template. */
export const SESSION_PHASES = {
  first: { title: 'First meeting', template: 'first-meeting' },
  regular: { title: 'Regular meeting', template: 'regular-meeting' },
  midpoint: { title: 'Mid-point review', template: 'midpoint-review' },
  closing: { title: 'Closing meeting', template: 'closing-meeting' },
} as const;
export type SessionPhase = keyof typeof SESSION_PHASES;

export interface Session {
  /** 1-based position in the program. */
  number: number;
  phase: SessionPhase;
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Local start and end, YYYY-MM-DDTHH:MM, in the program's time zone. */
  start: string;
  end: string;
  /** The same instants in UTC, ISO 8601, correct across daylight-saving changes. */
  startUtc: string;
  endUtc: string;
  /** Offset from UTC at the start, e.g. "+02:00". */
  offset: string;
}

/** The n-th occurrence (1–5) of `date`'s weekday in its month, e.g. 2 for the second Tuesday. */
const weekOfMonth = (date: Temporal.PlainDate) => Math.ceil(date.day / 7);

/** The same weekday in the same week of the month, `months` later; skipped when that month has no such day. */
function sameWeekdayOfMonth(first: Temporal.PlainDate, months: number): Temporal.PlainDate | undefined {
  const month = first.toPlainYearMonth().add({ months });
  const firstOfMonth = month.toPlainDate({ day: 1 });
  const shift = (first.dayOfWeek - firstOfMonth.dayOfWeek + 7) % 7;
  const date = firstOfMonth.add({ days: shift + 7 * (weekOfMonth(first) - 1) });
  return date.month === firstOfMonth.month ? date : undefined;
}

/** Meeting dates: the start date, then one per cadence interval, while before start + weeks. */
export function meetingDates(program: Pick<Program, 'start' | 'weeks' | 'cadence'>): Temporal.PlainDate[] {
  const first = Temporal.PlainDate.from(program.start);
  const end = first.add({ weeks: program.weeks });
  const dates: Temporal.PlainDate[] = [];
  for (let i = 0; ; i++) {
    let date: Temporal.PlainDate | undefined;
    if (program.cadence === 'monthly') {
      date = sameWeekdayOfMonth(first, i);
      // A fifth weekday that a month lacks is skipped; a month beyond the end stops the plan.
      if (!date) {
        if (Temporal.PlainDate.compare(first.toPlainYearMonth().add({ months: i }).toPlainDate({ day: 1 }), end) >= 0) break;
        continue;
      }
    } else {
      date = first.add({ weeks: i * (program.cadence === 'weekly' ? 1 : 2) });
    }
    if (Temporal.PlainDate.compare(date, end) >= 0) break;
    dates.push(date);
  }
  return dates;
}

/** Which meeting each session is: the first, the one at the halfway point, the last, and regular ones between. */
export function phaseOf(index: number, count: number): SessionPhase {
  if (index === 0) return 'first';
  if (index === count - 1) return 'closing';
  if (count >= 3 && index === Math.floor((count - 1) / 2)) return 'midpoint';
  return 'regular';
}

/** The program's sessions with their local and UTC times. A pure function of the description. */
export function planSessions(program: Pick<Program, 'start' | 'weeks' | 'cadence' | 'time' | 'timeZone' | 'minutes'>): Session[] {
  const [hour, minute] = program.time.split(':').map(Number) as [number, number];
  const dates = meetingDates(program);
  return dates.map((date, index) => {
    // 'compatible': a time inside a spring-forward gap moves later, as calendar programs do.
    const start = date.toZonedDateTime({ timeZone: program.timeZone, plainTime: { hour, minute } });
    const end = start.add({ minutes: program.minutes });
    const local = (t: Temporal.ZonedDateTime) => t.toPlainDateTime().toString({ smallestUnit: 'minute' });
    return {
      number: index + 1,
      phase: phaseOf(index, dates.length),
      date: start.toPlainDate().toString(),
      start: local(start),
      end: local(end),
      startUtc: start.toInstant().toString({ smallestUnit: 'second' }),
      endUtc: end.toInstant().toString({ smallestUnit: 'second' }),
      offset: start.offset,
    };
  });
}
