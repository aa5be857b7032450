import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sectionHeading, templateSchema, timedFor } from '../../../src/toolkit/template';
import { wordsFor } from '../../../src/toolkit/words';
import { shippedTemplates } from '../../helpers/templates';

const agendas = shippedTemplates().filter(({ template }) => template.sections.some((section) => section.minutes !== undefined));

describe('agendas that add up', () => {
  it('gives every section of each meeting agenda its minutes, adding up to the meeting', () => {
    expect(agendas.map(({ id }) => id).sort()).toEqual(['closing-meeting', 'first-meeting', 'midpoint-review', 'regular-meeting']);
    for (const { template } of agendas) expect(template.sections.reduce((sum, section) => sum + section.minutes!, 0)).toBe(template.minutes);
  });

  it('scales an agenda to any meeting length, in whole minutes of at least one, adding up exactly', () => {
    fc.assert(
      fc.property(fc.constantFrom(...agendas), fc.integer({ min: 15, max: 240 }), ({ template }, minutes) => {
        const timed = timedFor(template, minutes);
        expect(timed.minutes).toBe(minutes);
        const shares = timed.sections.map((section) => section.minutes!);
        expect(shares.reduce((sum, n) => sum + n, 0)).toBe(minutes);
        for (const [i, share] of shares.entries()) {
          expect(share).toBeGreaterThanOrEqual(1);
          // Within two minutes of its exact proportion.
          expect(Math.abs(share - (template.sections[i]!.minutes! * minutes) / template.minutes)).toBeLessThan(2);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('prints each item with its minutes, in the words of the document\'s language', () => {
    expect(sectionHeading({ title: 'Check-in', minutes: 5 }, wordsFor('en'))).toBe('Check-in (5 minutes)');
    expect(sectionHeading({ title: 'Check-in', minutes: 1 }, wordsFor('en'))).toBe('Check-in (1 minute)');
    expect(sectionHeading({ title: 'Notes' }, wordsFor('en'))).toBe('Notes');
    expect(sectionHeading({ title: 'Bienvenida', minutes: 5 }, wordsFor('es'))).toBe('Bienvenida (5 minutos)');
    // Arabic counts three ways: 3 to 10 take the plural, 11 and more the singular, 2 the dual.
    expect([2, 5, 15].map((minutes) => sectionHeading({ title: 'ترحيب', minutes }, wordsFor('ar')))).toEqual(['ترحيب (دقيقتان)', 'ترحيب (5 دقائق)', 'ترحيب (15 دقيقة)']);
  });

  it('refuses minutes that do not add up, or a section without them, naming the field', () => {
    const base = { title: 'T', purpose: 'P', audience: 'both', phase: 'ongoing', minutes: 30, order: 1 };
    const field = { kind: 'short-text', name: 'a', label: 'A' };
    const sums = templateSchema.safeParse({ ...base, sections: [{ title: 'A', guidance: 'G', minutes: 10, fields: [field] }, { title: 'B', guidance: 'G', minutes: 10, fields: [{ ...field, name: 'b' }] }] });
    expect(sums.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['minutes', "the sections' minutes add up to 20, not 30; make the two agree"]]);
    const missing = templateSchema.safeParse({ ...base, sections: [{ title: 'A', guidance: 'G', minutes: 30, fields: [field] }, { title: 'B', guidance: 'G', fields: [{ ...field, name: 'b' }] }] });
    expect(missing.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['sections.1.minutes']);
  });
});
