import { z } from 'astro/zod';
import { isValidIsbn13 } from '../utils/isbn';
import { prose } from '../toolkit';

/** A recommended book, exactly as the organization recommends it. */
export const readingSchema = z.strictObject({
  /** Main title, without the subtitle. */
  title: prose(),
  /** Subtitle, without the leading colon. */
  subtitle: prose().optional(),
  /** Authors' names as printed on the cover. */
  authors: z.array(prose()).min(1),
  /** One sentence on what the book offers the reader. */
  offers: prose(),
  /** Position in the list, from 1. */
  order: z.int().positive(),
  /** ISBN-13, only when verified against the publisher's record; its check digit is validated. */
  isbn: z
    .string()
    .refine(isValidIsbn13, { message: 'is not a valid ISBN-13 (13 digits starting 978 or 979, with a correct check digit)' })
    .optional(),
  /** Publisher, only when verified. */
  publisher: prose().optional(),
});
