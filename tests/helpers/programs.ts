import fc from 'fast-check';
import { FOCUS_AREAS, programSchema, type FocusArea, type Program } from '../../src/toolkit/program';

/** Characters that stress every format: markup, separators, quotes, formula prefixes, accents, Greek, Cyrillic. */
const CHARS = [...'abcXYZ 019', ...'<>&"\';,=+-@\\/|*_#[](){}`~%', ...'éüßçñŁ', ...'ΑλέξηςΕλλάδα', ...'ЖёУкраїна', '–', '’', '€'];

/** A one-line name of up to 120 characters, as the schema accepts. */
export const arbitraryName = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 120 })
  .map((chars) => chars.join('').trim())
  .filter((name) => name.length > 0);

/**
 * Any text a spreadsheet cell may hold, typed or pasted: line breaks, tabs and leading spaces included,
 * and longer than a name.
 */
export const arbitraryCell = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...CHARS) }, { weight: 1, arbitrary: fc.constantFrom('\t', '\r', '\n', '\r\n', ' ', '  ') }), { maxLength: 200 })
  .map((chars) => chars.join(''));

const ZONES = ['Europe/Rome', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Chatham', 'America/St_Johns', 'Africa/Nairobi', 'UTC', 'Europe/London', 'America/Santiago'];

/** A valid program description; `maxWeeks` keeps full kits quick to build. */
export function arbitraryProgram(maxWeeks = 104): fc.Arbitrary<Program> {
  return fc
    .record({
      program: arbitraryName,
      organization: arbitraryName,
      mentor: fc.option(arbitraryName, { nil: undefined }),
      mentee: fc.option(arbitraryName, { nil: undefined }),
      terms: fc.option(
        fc.record({ mentor: arbitraryName.filter((t) => /^[\p{L} ]+$/u.test(t)), mentee: arbitraryName.filter((t) => /^[\p{L} ]+$/u.test(t)) }, { requiredKeys: [] }),
        { nil: undefined },
      ),
      start: fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      weeks: fc.integer({ min: 1, max: maxWeeks }),
      cadence: fc.constantFrom('weekly', 'biweekly', 'monthly', 'monthly-date'),
      time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      timeZone: fc.constantFrom(...ZONES),
      locale: fc.option(fc.constantFrom('en-US', 'en-GB', 'en-CA', 'en-AU', 'fr-FR', 'es-MX', 'en'), { nil: undefined }),
      minutes: fc.integer({ min: 15, max: 240 }),
      format: fc.constantFrom('in-person', 'virtual', 'hybrid'),
      location: fc.option(arbitraryName, { nil: undefined }),
      focus: fc.uniqueArray(fc.constantFrom(...(Object.keys(FOCUS_AREAS) as FocusArea[])), { minLength: 1, maxLength: 4 }),
      goals: fc.constantFrom('smart', 'grow'),
    })
    .map((raw) => {
      const input = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined));
      if (input.format === 'virtual' && input.location) input.location = `https://meet.example.org/${encodeURIComponent(String(input.location))}`;
      return programSchema.parse(input);
    });
}
