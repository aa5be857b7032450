import { describe, expect, it } from 'vitest';
import { meetingDates, phaseOf, planSessions } from '../../../src/toolkit/plan';

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
