import { z } from 'astro/zod';
import { isValidIsbn13 } from '../utils/isbn';
import { prose } from '../toolkit';

/** A recommended book, exactly as the organization recommends it. */
export const readingSchema = z.strictObject({
  title: prose().describe('Main title, without the subtitle.'),
  subtitle: prose().describe('Subtitle, without the leading colon.').optional(),
  authors: z.array(prose()).min(1).describe('Authors\' names as printed on the cover.'),
  offers: prose().describe('One sentence on what the book offers the reader.'),
  order: z.int().positive().describe('Position in the list, from 1.'),
  isbn: z
    .string()
    .refine(isValidIsbn13, { message: 'is not a valid ISBN-13 (13 digits starting 978 or 979, with a correct check digit)' })
    .describe("ISBN-13, only when verified against the publisher's record; its check digit is validated.")
    .optional(),
  publisher: prose().describe('Publisher, only when verified.').optional(),
});
