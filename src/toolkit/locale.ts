import measurementData from 'cldr-core/supplemental/measurementData.json' with { type: 'json' };
import weekData from 'cldr-core/supplemental/weekData.json' with { type: 'json' };
import type { Paper } from './render/pdf';

/**
 * What a program's locale decides in its documents, which are in English: the order of a date in words
 * and the paper size. Without a locale, dates read "29 January 2027", and the paper follows the time zone.
 */

/** "29 January 2027" or "January 29, 2027". */
export type DateOrder = 'day-month' | 'month-day';

/** True for a well-formed language tag such as "en-US", "en-GB" or "fr". */
export function isLocale(tag: string): boolean {
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * The order the locale writes a date in: only the order is taken from Intl (the words are spelled out in
 * dates-in-words.ts, the same in every runtime).
 */
export function dateOrderOf(locale: string | undefined): DateOrder {
  if (!locale) return 'day-month';
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2027, 0, 29));
  const index = (type: string) => parts.findIndex((part) => part.type === type);
  return index('month') < index('day') ? 'month-day' : 'day-month';
}

/** The countries that print on US Letter, by the Unicode CLDR (cldr-core); everywhere else A4. */
const PAPER_BY_REGION = measurementData.supplemental.measurementData.paperSize as Record<string, string>;

/**
 * The paper of the program's documents: the locale's region's, where it names one ("en-CA": Letter,
 * "en-GB": A4); otherwise US Letter for time zones in the Americas, where most people print on it.
 */
export function paperOf(locale: string | undefined, timeZone: string): Paper {
  const region = locale ? new Intl.Locale(locale).region : undefined;
  if (region) return PAPER_BY_REGION[region] === 'US-Letter' ? 'letter' : 'a4';
  return timeZone.startsWith('America/') ? 'letter' : 'a4';
}

/** Monday is 1 and Sunday 7, as Temporal counts them. */
const WEEKDAY_NUMBERS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
const { weekendStart, weekendEnd } = weekData.supplemental.weekData as Record<'weekendStart' | 'weekendEnd', Record<string, string>>;

/**
 * The days of the weekend where the program runs, Monday 1 to Sunday 7, by the Unicode CLDR: the region of
 * its locale, or the region its language is most spoken in ("ar": Egypt, Friday and Saturday); Saturday and
 * Sunday where the CLDR names no other.
 */
export function weekendOf(locale: string | undefined, language = 'en'): ReadonlySet<number> {
  const region = new Intl.Locale(locale ?? language).maximize().region ?? '001';
  const start = WEEKDAY_NUMBERS[weekendStart[region] ?? weekendStart['001']!]!;
  const end = WEEKDAY_NUMBERS[weekendEnd[region] ?? weekendEnd['001']!]!;
  const days = new Set<number>();
  for (let day = start; ; day = (day % 7) + 1) {
    days.add(day);
    if (day === end) return days;
  }
}
