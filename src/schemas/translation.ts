import { z } from 'astro/zod';

/** A day written as YYYY-MM-DD. */
export const day = () => z.coerce.date({ message: 'expected a date written as YYYY-MM-DD, e.g. 2026-12-02' });

/**
 * The schema of a translation of an entry of `schema`: the same fields, plus whether a native speaker
 * has checked it. A chapter's `reviewed` date keeps its meaning there: the day of that check.
 */
export const translationSchema = <Shape extends z.ZodRawShape, Config extends z.core.$ZodObjectConfig>(schema: z.ZodObject<Shape, Config>) =>
  schema.extend({
    reviewed: z
      .union([z.literal(false), day()])
      .describe(
        'false while no native speaker has checked the translation: its pages then say so. ' +
          'Once one has, write the day of the check (YYYY-MM-DD) or remove the line. Default: reviewed.',
      )
      .optional(),
  });
