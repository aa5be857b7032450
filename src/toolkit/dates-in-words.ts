import { Temporal } from 'temporal-polyfill';
import { dateOrderOf } from './locale';
import type { Program } from './program';
import { wordsFor } from './words';
import type { DateParts } from './words/kit-types';

// A program's dates in the words of its kit's language, spelled out by words/ rather than by Intl, whose
// output varies with each runtime's data: the CLI and the browser must write the same bytes.

/** The parts of an ISO date ("2026-03-30") that words are made of. */
export function dateParts(iso: string): DateParts {
  const date = Temporal.PlainDate.from(iso);
  return { weekday: date.dayOfWeek - 1, day: date.day, month: date.month, year: date.year };
}

/** The language a program's kit is written in: its `language`, English by default. */
export const kitWordsOf = (program: Pick<Program, 'language'>) => wordsFor(program.language ?? 'en').kit;

/**
 * How a program writes dates: "Monday 30 March 2026" and "30 March 2026" in its kit's language; in
 * English, "Monday, March 30, 2026" where its locale puts the month first.
 */
export function datesOf(program: Pick<Program, 'language' | 'locale'>) {
  const words = kitWordsOf(program);
  const monthFirst = dateOrderOf(program.locale) === 'month-day';
  return {
    long: (iso: string) => words.longDate(dateParts(iso), monthFirst),
    short: (iso: string) => words.dayMonthYear(dateParts(iso), monthFirst),
  };
}
