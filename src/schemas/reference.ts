import { z } from 'astro/zod';
import { prose } from '../toolkit';

/** Text of a citation: citation processors read <i>, <b> and similar tags in it as formatting, so none may appear. */
const plain = () => prose().regex(/^[^<>]*$/, { message: 'must not contain "<" or ">": citation styles would read them as formatting tags' });

/** A person's name split as citation styles need it. */
const person = z.strictObject({
  family: plain().describe('Family name, e.g. "Eby".'),
  given: plain().describe('Given names or initials exactly as known, e.g. "L. T."; never expand initials you cannot verify.'),
});

/**
 * A scientific source, stored as structured data so that every citation style and export
 * (APA 7 on the page; BibTeX, RIS and CSL-JSON downloads) is generated from one record.
 */
export const referenceSchema = z
  .strictObject({
    type: z.enum(['article', 'book']).describe('"article" for a journal article, "book" for a whole book (authored or edited).'),
    authors: z.array(person).min(1).describe('Authors in the order printed. Leave out for an edited book.').optional(),
    editors: z.array(person).min(1).describe('Editors of an edited book, in the order printed.').optional(),
    year: z.int().min(1500).max(2100).describe('Year of publication.'),
    title: plain().describe('Title in sentence case, exactly as published, subtitle after a colon.'),
    journal: plain().describe('Journal name (articles only).').optional(),
    volume: z.string().regex(/^\d+$/, { message: 'expected the volume number, e.g. "72"' }).describe('Journal volume (articles only).').optional(),
    issue: z.string().regex(/^\d+(?:[–-]\d+)?$/, { message: 'expected the issue number, e.g. "2"' }).describe('Journal issue (articles only).').optional(),
    pages: z.string().regex(/^\d+(?:–\d+)?$/, { message: 'expected a page range with an en dash, e.g. "254–267"' }).describe('Page range with an en dash, e.g. "254–267" (articles only).').optional(),
    publisher: plain().describe('Publisher (books only).').optional(),
    edition: z.int().min(2).describe('Edition, as a number, for a book past its first: 4 for the fourth (books only).').optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, { message: 'expected a bare DOI such as "10.1037/0021-9010.91.3.567"' }).describe('DOI without the https://doi.org/ prefix; only when verified against the publisher\'s record.').optional(),
  })
  .superRefine((entry, ctx) => {
    const need = (field: keyof typeof entry, why: string) => {
      if (entry[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `is required ${why}` });
    };
    if (!entry.authors && !entry.editors) need('authors', 'unless the work has editors instead');
    if (entry.type === 'article') {
      need('journal', 'for an article');
      need('volume', 'for an article');
      need('pages', 'for an article');
    } else {
      need('publisher', 'for a book');
    }
  });
