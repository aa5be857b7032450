import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { prose } from '../toolkit';

/**
 * A standard of effective practice for running a mentoring program (MENTOR's Elements of Effective
 * Practice: recruitment, screening, training, matching and initiating, monitoring and support, closure).
 * Template sections name the standards they serve; the evidence page shows which are served.
 */
export const standardSchema = z.strictObject({
  name: prose(80).describe('The standard\'s name, e.g. "Recruitment".'),
  order: z.int().positive().describe('Its place on the evidence page, from 1; no two standards share one.'),
  summary: prose(400).describe('What the standard asks of a program, in one or two sentences of your own words: never the standard\'s own text.'),
  source: reference('references').describe('The reference that sets out the standard, by file name.'),
});
