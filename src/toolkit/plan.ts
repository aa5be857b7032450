import { Temporal } from 'temporal-polyfill';
import { weekendOf } from './locale';
import type { Program } from './program';
import type { MovedReason } from './words/kit-types';

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
  /** Why the date or time is not where the cadence and start time alone would put it (words/ says it). */
  moved?: MovedReason[];
}

/** The n-th occurrence (1–5) of `date`'s weekday in its month, e.g. 2 for the second Tuesday. */
const weekOfMonth = (date: Temporal.PlainDate) => Math.ceil(date.day / 7);

/**
 * The same weekday in the same week of the month, `months` later. A start in the fifth week means the last
 * such weekday of each month: every month has one, so none is skipped.
 */
function sameWeekdayOfMonth(first: Temporal.PlainDate, months: number): Temporal.PlainDate {
  const month = first.toPlainYearMonth().add({ months });
  if (weekOfMonth(first) === 5) {
    const lastOfMonth = month.toPlainDate({ day: month.daysInMonth });
    return lastOfMonth.subtract({ days: (lastOfMonth.dayOfWeek - first.dayOfWeek + 7) % 7 });
  }
  const firstOfMonth = month.toPlainDate({ day: 1 });
  return firstOfMonth.add({ days: (first.dayOfWeek - firstOfMonth.dayOfWeek + 7) % 7 + 7 * (weekOfMonth(first) - 1) });
}

/** The same day of the month, `months` later; the month's last day when it is shorter. */
function sameDayOfMonth(first: Temporal.PlainDate, months: number): Temporal.PlainDate {
  return first.add({ months }, { overflow: 'constrain' });
}

/** A meeting date, and why it is not where the cadence alone would put it, when it is not. */
export interface MeetingDate {
  date: Temporal.PlainDate;
  moved?: MovedReason;
}

/** Meeting dates: the start date, then one per cadence interval, while before start + weeks. */
export function meetingDates(program: Pick<Program, 'start' | 'weeks' | 'cadence'>): MeetingDate[] {
  const first = Temporal.PlainDate.from(program.start);
  const end = first.add({ weeks: program.weeks });
  const dates: MeetingDate[] = [];
  for (let i = 0; ; i++) {
    let date: Temporal.PlainDate;
    let moved: MovedReason | undefined;
    if (program.cadence === 'monthly') date = sameWeekdayOfMonth(first, i);
    else if (program.cadence === 'monthly-date') {
      date = sameDayOfMonth(first, i);
      if (date.day !== first.day) moved = { kind: 'short-month', month: date.month, day: first.day };
    } else date = first.add({ weeks: i * (program.cadence === 'weekly' ? 1 : 2) });
    if (Temporal.PlainDate.compare(date, end) >= 0) break;
    dates.push(moved ? { date, moved } : { date });
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
  return dates.map(({ date, moved }, index) => {
    // 'compatible': a time inside a spring-forward gap moves later, as calendar programs do.
    const start = date.toZonedDateTime({ timeZone: program.timeZone, plainTime: { hour, minute } });
    const end = start.add({ minutes: program.minutes });
    const local = (t: Temporal.ZonedDateTime) => t.toPlainDateTime().toString({ smallestUnit: 'minute' });
    const shifted = start.hour !== hour || start.minute !== minute;
    const why: MovedReason[] = [...(moved ? [moved] : []), ...(shifted ? [{ kind: 'clocks-forward' as const, time: program.time, start: local(start).slice(11) }] : [])];
    return {
      number: index + 1,
      phase: phaseOf(index, dates.length),
      date: start.toPlainDate().toString(),
      start: local(start),
      end: local(end),
      startUtc: start.toInstant().toString({ smallestUnit: 'second' }),
      endUtc: end.toInstant().toString({ smallestUnit: 'second' }),
      offset: start.offset,
      ...(why.length > 0 && { moved: why }),
    };
  });
}

/** A day the coordinator checks in, YYYY-MM-DD, and why it is not the day the cadence alone gives, when it is not. */
export interface CheckIn {
  date: string;
  moved?: MovedReason;
}

/**
 * The days the coordinator checks in with the pair: two weeks after the first meeting, then every month on
 * that date (the last day of a shorter month) or every two weeks, up to the day of the last meeting. A
 * coordinator works on working days: a check-in that falls on the weekend where the program runs moves to
 * the next working day (or, past the last meeting, to the one before), unless the program itself meets on
 * that day of the week every time.
 */
export function checkInDates(program: Pick<Program, 'coordinator' | 'cadence' | 'locale' | 'language'>, sessions: readonly Pick<Session, 'date'>[]): CheckIn[] {
  const last = sessions.at(-1);
  if (!program.coordinator || !last) return [];
  const firstMeeting = Temporal.PlainDate.from(sessions[0]!.date);
  const first = firstMeeting.add({ weeks: 2 });
  const end = Temporal.PlainDate.from(last.date);
  const weekend = weekendOf(program.locale, program.language);
  // Every cadence but the monthly date keeps the first meeting's day of the week.
  const meetingDay = program.cadence === 'monthly-date' ? undefined : firstMeeting.dayOfWeek;
  const isDayOff = (date: Temporal.PlainDate) => weekend.has(date.dayOfWeek) && date.dayOfWeek !== meetingDay;
  const workingDay = (date: Temporal.PlainDate, step: 1 | -1) => {
    let day = date;
    while (isDayOff(day)) day = day.add({ days: step });
    return day;
  };
  const checkIns: CheckIn[] = [];
  for (let i = 0; ; i++) {
    const date = program.coordinator.checkIns === 'biweekly' ? first.add({ weeks: 2 * i }) : sameDayOfMonth(first, i);
    if (Temporal.PlainDate.compare(date, end) > 0) break;
    if (!isDayOff(date)) {
      checkIns.push({ date: date.toString() });
      continue;
    }
    const next = workingDay(date, 1);
    const later = Temporal.PlainDate.compare(next, end) <= 0;
    checkIns.push({ date: (later ? next : workingDay(date, -1)).toString(), moved: { kind: 'weekend', weekday: date.dayOfWeek, later } });
  }
  return checkIns;
}
