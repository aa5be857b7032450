import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { unprintableFields } from '../../../src/toolkit/printable';
import { programJsonSchema, programSchema } from '../../../src/toolkit/program';
import { fonts } from '../../helpers/templates';

const example = parse(readFileSync('examples/program.json', 'utf8'));

function problems(change: Record<string, unknown>): string[] {
  const result = programSchema.safeParse({ ...example, ...change });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('program descriptions', () => {
  it('accepts the shipped examples', () => {
    expect(programSchema.safeParse(example).success).toBe(true);
    expect(programSchema.safeParse(parse(readFileSync('examples/program.yaml', 'utf8'))).success).toBe(true);
  });

  it.each([
    ['an impossible date', { start: '2026-02-30' }, 'start: 2026-02-30 is not a date in the calendar'],
    ['a date in another format', { start: '02/03/2026' }, 'start: expected a date written as YYYY-MM-DD, for example "2026-03-02"'],
    ['a date too far away', { start: '2150-01-05' }, 'start: expected a date between 2000-01-01 and 2097-12-31'],
    ['0 weeks', { weeks: 0 }, 'weeks: a program lasts at least 1 week'],
    ['200 weeks', { weeks: 200 }, 'weeks: a program lasts at most 104 weeks (two years)'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone: expected a time zone written as region/city, such as "America/Chicago" or "Europe/Rome"'],
    ['a time past midnight', { time: '24:00' }, 'time: expected a time written as HH:MM on the 24-hour clock, for example "17:30"'],
    ['an empty name', { program: '   ' }, 'program: program must not be empty'],
    ['a 10,000-character name', { mentor: 'x'.repeat(10_000) }, 'mentor: mentor must be at most 120 characters'],
    ['a newline', { organization: 'Line one\nline two' }, 'organization: organization must be one line, without tabs or control characters'],
    ['a locale that is not a language tag', { locale: 'English (US)' }, 'locale: expected a language and region written as a tag, such as "en-US" or "en-GB"'],
    ['an unknown focus', { focus: ['astrology'] }, 'focus.0: expected one of: career-guidance, leadership-development, skill-building, personal-growth'],
    ['a virtual meeting without a link', { format: 'virtual', location: 'Room 4' }, 'location: for virtual meetings, expected the video link starting with https://'],
    ['an unknown field', { colour: 'blue' }, expect.stringMatching(/^: Unrecognized key: "colour"$/)],
  ])('rejects %s with a message naming the field', (_name, change, message) => {
    expect(problems(change)).toEqual([message]);
  });

  it('accepts HTML tags and spreadsheet formula prefixes as plain text, to be escaped in every format', () => {
    expect(problems({ program: '<b>=SUM(A1:A9)</b>', mentor: '+44 mentor', mentee: '@handle', organization: '-minus' })).toEqual([]);
  });

  it('accepts names in any script, composed so that a letter typed with a separate accent prints as one', () => {
    const names = { program: 'برنامج الإرشاد', organization: '李明协会', mentor: 'प्रिया', mentee: 'Nguye\u0302\u0303n', terms: { mentee: '멘티', mentor: 'מדריך' }, location: 'สำนักงาน' };
    const parsed = programSchema.parse({ ...example, ...names });
    expect(parsed.mentee).toBe('Nguyễn');
    expect(parsed.mentee).toHaveLength(6);
    expect(parsed.organization).toBe(names.organization);
  });

  it('names each typed field holding a character that no font of the kit prints, in plain words', () => {
    const program = programSchema.parse({ ...example, program: 'Mentoring 🚀', mentee: 'דנה', mentor: 'Ana \u{1D11E}' });
    expect(unprintableFields(program, fonts.fallback.faces)).toEqual([
      { field: 'program', message: 'program contains "🚀", which the kit\'s documents cannot print; remove it or write it another way', character: '🚀' },
      { field: 'mentor', message: 'mentor contains "\u{1D11E}", which the kit\'s documents cannot print; remove it or write it another way', character: '\u{1D11E}' },
    ]);
    // Romanian, Azerbaijani and Vietnamese letters beyond the base font's are in its extension.
    expect(unprintableFields(programSchema.parse({ ...example, mentor: 'Ștefan Məmmədov', mentee: 'Nguyễn Thị Ưng' }), fonts.fallback.faces)).toEqual([]);
    // Without the fallback faces only Latin, Greek and Cyrillic print.
    expect(unprintableFields(program, []).map(({ field }) => field)).toEqual(['program', 'mentor', 'mentee']);
  });

  it('publishes a JSON Schema generated from the same definition', () => {
    const schema = programJsonSchema() as { properties: Record<string, { enum?: string[]; minimum?: number; maximum?: number }>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['program', 'organization', 'start', 'weeks', 'cadence', 'time', 'timeZone', 'minutes', 'format', 'focus', 'goals']));
    expect(schema.properties.cadence?.enum).toEqual(['weekly', 'biweekly', 'monthly', 'monthly-date']);
    expect(schema.properties.weeks).toMatchObject({ minimum: 1, maximum: 104 });
  });
});
