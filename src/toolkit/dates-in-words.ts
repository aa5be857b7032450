import { Temporal } from 'temporal-polyfill';
import type { DateOrder } from './locale';

// Dates in English words, spelled out here rather than by Intl, whose output varies with each runtime's
// ICU data: the CLI and the browser must write the same bytes.

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A plain-language date: "Monday 30 March 2026", or "Monday, March 30, 2026" where the month comes first. */
export function longDate(iso: string, order: DateOrder = 'day-month'): string {
  const weekday = WEEKDAYS[Temporal.PlainDate.from(iso).dayOfWeek - 1]!;
  return order === 'month-day' ? `${weekday}, ${dayMonthYear(iso, order)}` : `${weekday} ${dayMonthYear(iso, order)}`;
}

/** A date without its weekday: "30 March 2026", or "March 30, 2026". */
export function dayMonthYear(iso: string, order: DateOrder = 'day-month'): string {
  const date = Temporal.PlainDate.from(iso);
  const month = MONTHS[date.month - 1]!;
  return order === 'month-day' ? `${month} ${date.day}, ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/** 1st, 2nd, 3rd, 4th, 11th, 21st… */
export const ordinal = (n: number): string =>
  `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;
