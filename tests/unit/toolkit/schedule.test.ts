import { describe, expect, it } from 'vitest';
import { planSessions } from '../../../src/toolkit/plan';
import { programSchema } from '../../../src/toolkit/program';
import { cadenceInWords, scheduleInWords } from '../../../src/toolkit/schedule';
import { cityInArabic, cityInSpanish, cityOfName } from '../../../src/toolkit/words/zone-cities';

const program = programSchema.parse({
  program: 'Winter circle',
  organization: 'Northside Library',
  start: '2027-01-29',
  weeks: 26,
  cadence: 'monthly',
  time: '17:30',
  timeZone: 'America/Chicago',
  minutes: 45,
  format: 'in-person',
  focus: ['career-guidance'],
  goals: 'smart',
});

describe('the schedule in words', () => {
  it('says how often, from its first date', () => {
    expect(cadenceInWords({ start: '2026-03-10', cadence: 'monthly' })).toBe('every month, on the second Tuesday');
    expect(cadenceInWords({ start: '2027-01-29', cadence: 'monthly' })).toBe('every month, on the last Friday');
    expect(cadenceInWords({ start: '2027-01-31', cadence: 'monthly-date' })).toBe('every month, on the 31st (the last day of a shorter month)');
    expect(cadenceInWords({ start: '2027-01-22', cadence: 'monthly-date' })).toBe('every month, on the 22nd');
    expect(cadenceInWords({ start: '2026-03-02', cadence: 'biweekly' })).toBe('every two weeks, on Monday');
  });

  it("names a zone by its city, in the kit's language as the Unicode CLDR spells it", () => {
    expect(cityOfName('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(cityOfName('UTC')).toBe('UTC');
    expect(cityInSpanish('Europe/Rome')).toBe('Roma');
    expect(cityInSpanish('America/New_York')).toBe('Nueva York');
    expect(cityInArabic('Europe/Rome')).toBe('روما');
    expect(cityInArabic('America/Argentina/Buenos_Aires')).toBe('بوينوس أيرس');
    expect(cityInSpanish('Europe/Kyiv')).toBe('Kiev');
    expect(cityInArabic('Asia/Kolkata')).toBe('كالكتا');
    // A zone newer than the table keeps the city of its name.
    expect(cityInArabic('Antarctica/Nowhere_Base')).toBe('Nowhere Base');
  });

  it('keeps every month of a monthly program that starts on a fifth Friday, with its mid-point review', () => {
    const schedule = scheduleInWords(program, planSessions(program));
    expect(schedule.summary).toBe('6 sessions of 45 minutes, every month, on the last Friday, from Friday 29 January 2027 to Friday 25 June 2027.');
    expect(schedule.sessions.map((s) => s.kind)).toEqual(['First meeting', 'Regular meeting', 'Mid-point review', 'Regular meeting', 'Regular meeting', 'Closing meeting']);
    expect(schedule.sessions[0]).toEqual({ number: 1, date: 'Friday 29 January 2027', time: '17:30–18:15', kind: 'First meeting' });
  });

  it('gives the time in the program\'s zone and in UTC, saying when the clocks change', () => {
    const schedule = scheduleInWords(program, planSessions(program));
    expect(schedule.times).toBe(
      'Meetings start at 17:30 Chicago time (America/Chicago). The clocks change during the program, so that is 23:30 UTC until 26 February 2027 and 22:30 UTC from 26 March 2027.',
    );
    const tokyo = { ...program, timeZone: 'Asia/Tokyo' };
    expect(scheduleInWords(tokyo, planSessions(tokyo)).times).toBe('Meetings start at 17:30 Tokyo time (Asia/Tokyo), which is 08:30 UTC.');
  });

  it('follows UTC through both changes of the clocks in a long program', () => {
    const long = { ...program, start: '2027-01-08', weeks: 52, cadence: 'monthly' as const };
    expect(scheduleInWords(long, planSessions(long)).times).toBe(
      // US clocks go forward on 14 March 2027 and back on 7 November 2027.
      'Meetings start at 17:30 Chicago time (America/Chicago). The clocks change during the program, so that is 23:30 UTC until 12 March 2027, 22:30 UTC from 9 April 2027 to 8 October 2027 and 23:30 UTC from 12 November 2027.',
    );
  });

  it('says why a date moved', () => {
    const shortMonths = { ...program, start: '2027-01-31', weeks: 10, cadence: 'monthly-date' as const };
    expect(scheduleInWords(shortMonths, planSessions(shortMonths)).sessions.map((s) => s.moved)).toEqual([undefined, 'February has no 31st: the meeting is on its last day', undefined]);
  });

  it("lists the coordinator's check-ins, saying which moved off the weekend and why", () => {
    // Monthly from Monday 2 March 2026: the 16th of May is a Saturday.
    const coordinated = programSchema.parse({ ...program, start: '2026-03-02', cadence: 'weekly', locale: 'en-GB', coordinator: { name: 'Dana Levi' } });
    const { checkIns } = scheduleInWords(coordinated, planSessions(coordinated));
    expect(checkIns[1]).toBe('Check-in 2 of 6: Thursday 16 April 2026');
    expect(checkIns[2]).toBe('Check-in 3 of 6: Monday 18 May 2026 (moved: Saturday is a day of the weekend where the program runs: the check-in is on the next working day)');
    const inSpanish = programSchema.parse({ ...program, start: '2026-03-02', cadence: 'weekly', language: 'es', locale: 'es-ES', coordinator: { name: 'Dana Levi' } });
    expect(scheduleInWords(inSpanish, planSessions(inSpanish)).checkIns[2]).toMatch(/\(trasladado: el sábado es fin de semana donde se hace el programa, así que el contacto pasa al día laborable siguiente\)$/);
  });

  it('is written in the kit\'s language: Spanish and Arabic words, dates and reasons', () => {
    const moved = (language: 'es' | 'ar') => {
      const spanish = programSchema.parse({ ...program, language, start: '2027-01-31', cadence: 'monthly-date', weeks: 9 });
      return scheduleInWords(spanish, planSessions(spanish));
    };
    const es = moved('es');
    expect(es.summary).toBe('3 sesiones de 45 minutos, cada mes, el día 31 (el último día en los meses más cortos), del domingo, 31 de enero de 2027 al miércoles, 31 de marzo de 2027.');
    expect(es.sessions.map((s) => s.moved)).toEqual([undefined, 'febrero no tiene día 31, así que la reunión es el último día del mes', undefined]);
    expect(es.times).toBe('Las reuniones empiezan a las 17:30, hora de Chicago (America/Chicago). La hora cambia durante el programa, así que en UTC son las 23:30 hasta el 28 de febrero de 2027 y las 22:30 desde el 31 de marzo de 2027.');
    const ar = moved('ar');
    expect(ar.summary).toBe('3 لقاءات، مدة كل لقاء 45 دقيقة، كل شهر، في اليوم 31 (أو آخر يوم في الأشهر الأقصر)، من الأحد، 31 يناير 2027 إلى الأربعاء، 31 مارس 2027.');
    // Counts agree with their noun: the dual, 3 to 10, 11 and more, and a hundred.
    const sessions = (weeks: number) => {
      const weekly = programSchema.parse({ ...program, language: 'ar', cadence: 'weekly', weeks });
      return scheduleInWords(weekly, planSessions(weekly)).summary.split('،')[0];
    };
    expect([1, 2, 7, 12, 100].map(sessions)).toEqual(['لقاء واحد', 'لقاءان', '7 لقاءات', '12 لقاءً', '100 لقاء']);
    expect(ar.sessions.map((s) => s.kind)).toEqual(['اللقاء الأول', 'مراجعة منتصف البرنامج', 'اللقاء الختامي']);
  });
});
