import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { practitionerSchema } from '../../../src/schemas/practitioner';
import { readingSchema } from '../../../src/schemas/reading';
import { referenceSchema } from '../../../src/schemas/reference';

/** "field: message" for each issue, as a person would read them. */
function problems(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('reading', () => {
  const book = { title: 'T', authors: ['A. Author'], offers: 'Offers things', order: 1 };
  it('accepts a book without an ISBN, or with a valid one', () => {
    expect(problems(readingSchema, book)).toEqual([]);
    expect(problems(readingSchema, { ...book, isbn: '978-0-306-40615-7' })).toEqual([]);
  });
  it('rejects a wrong check digit', () => {
    expect(problems(readingSchema, { ...book, isbn: '978-0-306-40615-8' })).toEqual([expect.stringMatching(/^isbn: is not a valid ISBN-13/)]);
  });
  it('rejects unknown fields, so a typo is not silently ignored', () => {
    expect(problems(readingSchema, { ...book, isbm: '978-0-306-40615-7' })).toEqual([expect.stringMatching(/isbm/)]);
  });
});

describe('practitioners', () => {
  const base = { name: 'N', tagline: 'T', address: 'A', order: 1 };
  it('accepts international numbers and national numbers with their region', () => {
    expect(problems(practitionerSchema, { ...base, phone: '+971 44135 999' })).toEqual([]);
    expect(problems(practitionerSchema, { ...base, phone: '(718) 701-4925', phoneRegion: 'US' })).toEqual([]);
  });
  it('asks for a region when the number is national', () => {
    expect(problems(practitionerSchema, { ...base, phone: '(718) 701-4925' })).toEqual([expect.stringMatching(/^phone: .*add phoneRegion/)]);
  });
  it('rejects numbers that do not exist in the numbering plan', () => {
    expect(problems(practitionerSchema, { ...base, phone: '+971 123' })).toEqual([expect.stringMatching(/^phone: "\+971 123" is not a valid telephone number/)]);
    expect(problems(practitionerSchema, { ...base, phone: 'call us', phoneRegion: 'US' })).toEqual([expect.stringMatching(/^phone: /)]);
  });
});

describe('references', () => {
  const article = { type: 'article', authors: [{ family: 'Eby', given: 'L. T.' }], year: 2008, title: 'T', journal: 'J', volume: '72', pages: '254–267' };
  it('accepts a complete article and an edited book', () => {
    expect(problems(referenceSchema, article)).toEqual([]);
    expect(problems(referenceSchema, { type: 'book', editors: article.authors, year: 2007, title: 'T', publisher: 'P' })).toEqual([]);
  });
  it('names what an article or a book is missing', () => {
    const { journal: _journal, ...noJournal } = article;
    expect(problems(referenceSchema, noJournal)).toEqual(['journal: is required for an article']);
    expect(problems(referenceSchema, { type: 'book', year: 2007, title: 'T' })).toEqual([
      'authors: is required unless the work has editors instead',
      'publisher: is required for a book',
    ]);
  });
  it('checks the shape of pages, year and DOI', () => {
    expect(problems(referenceSchema, { ...article, pages: '254-267' })).toEqual([expect.stringMatching(/^pages: expected a page range with an en dash/)]);
    expect(problems(referenceSchema, { ...article, year: '2008' })).toEqual([expect.stringMatching(/^year: /)]);
    expect(problems(referenceSchema, { ...article, title: 'On <i>E. coli</i>' })).toEqual([expect.stringMatching(/^title: must not contain "<" or ">"/)]);
    expect(problems(referenceSchema, { ...article, doi: 'https://doi.org/10.1/x' })).toEqual([expect.stringMatching(/^doi: expected a bare DOI/)]);
  });
});
