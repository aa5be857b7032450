import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { weekendOf } from '../../../src/toolkit/locale';
import { checkInDates, meetingDates, phaseOf, planSessions } from '../../../src/toolkit/plan';
import { arbitraryProgram } from '../../helpers/programs';

const dateOf = ({ date }: { date: { toString(): string } }) => date.toString();
const base = { start: '2026-03-02', weeks: 12, cadence: 'weekly', time: '17:30', timeZone: 'Europe/Rome', minutes: 60 } as const;

describe('meeting dates', () => {
  it('falls on the start date and then every week, before start + weeks', () => {
    const dates = meetingDates(base).map(dateOf);
    expect(dates).toHaveLength(12);
    expect(dates[0]).toBe('2026-03-02');
    expect(dates.at(-1)).toBe('2026-05-18');
  });

  it('every two weeks', () => {
    expect(meetingDates({ ...base, cadence: 'biweekly' }).map(dateOf)).toEqual(['2026-03-02', '2026-03-16', '2026-03-30', '2026-04-13', '2026-04-27', '2026-05-11']);
  });

  it('monthly on the same weekday of the same week of the month', () => {
    // 2026-03-10 is the second Tuesday of March.
    expect(meetingDates({ start: '2026-03-10', weeks: 26, cadence: 'monthly' }).map(dateOf)).toEqual([
      '2026-03-10',
      '2026-04-14',
      '2026-05-12',
      '2026-06-09',
      '2026-07-14',
      '2026-08-11',
    ]);
  });

  it('meets on the last such weekday every month when it starts on a fifth one, and drops no month', () => {
    // Friday 29 January 2027 is the fifth Friday of January; February, March, May and June have four.
    const dates = meetingDates({ start: '2027-01-29', weeks: 26, cadence: 'monthly' });
    expect(dates.map(dateOf)).toEqual(['2027-01-29', '2027-02-26', '2027-03-26', '2027-04-30', '2027-05-28', '2027-06-25']);
    expect(dates.every((date) => date.moved === undefined)).toBe(true);
  });

  it('meets on the same date every month, on the last day of a shorter month, and says so', () => {
    const dates = meetingDates({ start: '2027-01-31', weeks: 20, cadence: 'monthly-date' });
    expect(dates.map(dateOf)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31']);
    expect(dates.map((date) => date.moved)).toEqual([undefined, { kind: 'short-month', month: 2, day: 31 }, undefined, { kind: 'short-month', month: 4, day: 31 }, undefined]);
  });

  it('holds a one-week program as one session', () => {
    expect(meetingDates({ ...base, weeks: 1 }).map(dateOf)).toEqual(['2026-03-02']);
  });
});

describe('phases', () => {
  it('opens with the first meeting, closes with the closing meeting, reviews at the halfway point', () => {
    expect(Array.from({ length: 5 }, (_, i) => phaseOf(i, 5))).toEqual(['first', 'regular', 'midpoint', 'regular', 'closing']);
    expect(Array.from({ length: 4 }, (_, i) => phaseOf(i, 4))).toEqual(['first', 'midpoint', 'regular', 'closing']);
    expect(Array.from({ length: 2 }, (_, i) => phaseOf(i, 2))).toEqual(['first', 'closing']);
    expect(phaseOf(0, 1)).toBe('first');
  });
});

describe('times across daylight saving', () => {
  it('keeps the local time when Europe/Rome moves its clocks, and shifts UTC instead', () => {
    const sessions = planSessions({ ...base, start: '2026-03-23', weeks: 2 });
    expect(sessions.map((s) => [s.start, s.offset, s.startUtc])).toEqual([
      ['2026-03-23T17:30', '+01:00', '2026-03-23T16:30:00Z'],
      ['2026-03-30T17:30', '+02:00', '2026-03-30T15:30:00Z'],
    ]);
  });

  it('moves a time that does not exist on a spring-forward day to the first valid time, as calendars do', () => {
    const [session] = planSessions({ ...base, start: '2026-03-08', weeks: 1, time: '02:30', timeZone: 'America/New_York' });
    expect(session).toMatchObject({ start: '2026-03-08T03:30', offset: '-04:00', startUtc: '2026-03-08T07:30:00Z' });
    expect(session!.moved).toEqual([{ kind: 'clocks-forward', time: '02:30', start: '03:30' }]);
  });

  it('ends each session its length later, even across midnight', () => {
    const [session] = planSessions({ ...base, weeks: 1, time: '23:30', minutes: 90 });
    expect(session).toMatchObject({ start: '2026-03-02T23:30', end: '2026-03-03T01:00' });
  });
});

describe("the coordinator's check-ins", () => {
  type Described = Parameters<typeof planSessions>[0] & Parameters<typeof checkInDates>[0];
  const coordinated = (program: Partial<Described>) => {
    const described: Described = { ...base, coordinator: { name: 'Dana Levi', checkIns: 'monthly' }, ...program };
    return checkInDates(described, planSessions(described));
  };

  it('move off the weekend to the next working day, and say which day of the week they left', () => {
    // Monday 2 March 2026: 16 March, then 16 May 2026 is a Saturday, 16 August a Sunday.
    const checkIns = coordinated({ weeks: 26, locale: 'en-US' });
    expect(checkIns.map(({ date }) => date)).toEqual(['2026-03-16', '2026-04-16', '2026-05-18', '2026-06-16', '2026-07-16', '2026-08-17']);
    expect(checkIns[2]!.moved).toEqual({ kind: 'weekend', weekday: 6, later: true });
    expect(checkIns[5]!.moved).toEqual({ kind: 'weekend', weekday: 7, later: true });
    expect(checkIns.filter(({ moved }) => moved)).toHaveLength(2);
  });

  it("follow the weekend of the program's region, or of the region its language is most spoken in", () => {
    // Meetings on the 2nd of each month; Friday 16 October 2026 is a working day in Spain, a day of the
    // weekend in Egypt (Friday and Saturday).
    const program = { start: '2026-10-02', weeks: 5, cadence: 'monthly-date' } as const;
    expect(coordinated({ ...program, locale: 'es-ES' })).toEqual([{ date: '2026-10-16' }]);
    for (const where of [{ locale: 'ar-EG' }, { language: 'ar' as const }]) {
      expect(coordinated({ ...program, ...where })).toEqual([{ date: '2026-10-18', moved: { kind: 'weekend', weekday: 5, later: true } }]);
    }
  });

  it('move back to the working day before when the next one is past the last meeting', () => {
    // Sessions on Mondays until 16 March 2026; every other Saturday's check-in would fall on the Saturday 14 March.
    const checkIns = coordinated({ start: '2026-02-16', weeks: 5, cadence: 'weekly', coordinator: { name: 'Dana Levi', checkIns: 'biweekly' }, locale: 'en-GB' });
    expect(checkIns.map(({ date }) => date)).toEqual(['2026-03-02', '2026-03-16']);
  });

  it('stay on a weekend day when the program meets on that day every time', () => {
    // Saturday 7 March 2026, every week: the check-ins are Saturdays too, as the program's own days are.
    const checkIns = coordinated({ start: '2026-03-07', weeks: 8, coordinator: { name: 'Dana Levi', checkIns: 'biweekly' }, locale: 'en-US' });
    expect(checkIns).toEqual([{ date: '2026-03-21' }, { date: '2026-04-04' }, { date: '2026-04-18' }]);
  });
});

describe("the coordinator's check-ins of any program (thousands of random ones)", () => {
  it('fall on working days where the program runs, unless the program meets on that day every time, in order, and never after the last meeting', () => {
    const regions = fc.constantFrom('en-US', 'en-GB', 'es-ES', 'ar-EG', 'ar-SA', 'he-IL', 'hi-IN', 'fa-IR', undefined);
    fc.assert(
      fc.property(arbitraryProgram(), regions, fc.constantFrom('monthly', 'biweekly') as fc.Arbitrary<'monthly' | 'biweekly'>, (program, locale, checkIns) => {
        const described = { ...program, locale, coordinator: { name: 'Dana Levi', checkIns } };
        const sessions = planSessions(described);
        const weekend = weekendOf(locale, program.language);
        const meetingDay = program.cadence === 'monthly-date' ? undefined : Temporal.PlainDate.from(sessions[0]!.date).dayOfWeek;
        const days = checkInDates(described, sessions).map(({ date }) => Temporal.PlainDate.from(date));
        for (const day of days) {
          expect(!weekend.has(day.dayOfWeek) || day.dayOfWeek === meetingDay, day.toString()).toBe(true);
          expect(Temporal.PlainDate.compare(day, Temporal.PlainDate.from(sessions.at(-1)!.date))).toBeLessThanOrEqual(0);
        }
        for (let i = 1; i < days.length; i++) expect(Temporal.PlainDate.compare(days[i - 1]!, days[i]!)).toBe(-1);
      }),
    );
  });
});
