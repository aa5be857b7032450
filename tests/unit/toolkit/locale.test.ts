import { describe, expect, it } from 'vitest';
import { datesOf } from '../../../src/toolkit/dates-in-words';
import { dateOrderOf, isLocale, paperOf } from '../../../src/toolkit/locale';

describe('a program\'s locale', () => {
  it('accepts language tags and refuses other text', () => {
    for (const tag of ['en', 'en-US', 'en-GB', 'es-419', 'zh-Hant-TW', 'pt-BR']) expect(isLocale(tag), tag).toBe(true);
    for (const text of ['', 'English', 'en_US', 'en-', '12', 'e']) expect(isLocale(text), text).toBe(false);
  });

  it('writes dates in its order, in English words', () => {
    expect(dateOrderOf('en-US')).toBe('month-day');
    expect(dateOrderOf('en-GB')).toBe('day-month');
    expect(dateOrderOf('fr-FR')).toBe('day-month');
    expect(dateOrderOf(undefined)).toBe('day-month');
    expect(datesOf({ locale: 'en-US' }).long('2027-01-29')).toBe('Friday, January 29, 2027');
    expect(datesOf({ locale: 'en-AU' }).long('2027-01-29')).toBe('Friday 29 January 2027');
    expect(datesOf({ locale: 'en-US' }).short('2027-03-31')).toBe('March 31, 2027');
  });

  it('writes dates in the words of the kit\'s language, in its own order whatever the locale', () => {
    expect(datesOf({ language: 'es', locale: 'en-US' }).long('2027-01-29')).toBe('viernes, 29 de enero de 2027');
    expect(datesOf({ language: 'es' }).short('2027-03-31')).toBe('31 de marzo de 2027');
    expect(datesOf({ language: 'ar', locale: 'ar-EG' }).long('2027-01-29')).toBe('الجمعة، 29 يناير 2027');
  });

  it('chooses the paper of its region, else of the time zone', () => {
    expect(paperOf('en-US', 'Europe/Rome')).toBe('letter');
    expect(paperOf('es-MX', 'America/Mexico_City')).toBe('letter');
    expect(paperOf('en-GB', 'America/New_York')).toBe('a4');
    expect(paperOf('pt-BR', 'America/Sao_Paulo')).toBe('a4');
    expect(paperOf('en', 'America/Chicago')).toBe('letter');
    expect(paperOf(undefined, 'Asia/Tokyo')).toBe('a4');
  });
});
