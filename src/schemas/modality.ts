import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { prose } from '../toolkit';

/**
 * A way of supporting someone's development (mentoring, coaching, ...). Every modality answers the
 * same questions so that the modalities page can compare them side by side.
 */
export const modalitySchema = z.strictObject({
  /** Name as a column heading, e.g. "Coaching". */
  name: prose(),
  /** Column position in the comparison, from 1; mentoring itself comes first. */
  order: z.int().positive(),
  /** One sentence saying what it is. */
  summary: prose(),
  /** A paragraph on how it relates to mentoring. */
  description: prose(),
  /** What the work concentrates on. */
  focus: prose(),
  /** Who sets the agenda and drives the sessions. */
  whoLeads: prose(),
  /** How sessions are usually organized. */
  structure: prose(),
  /** How long the relationship usually lasts. */
  typicalLength: prose(),
  /** The situation in which a person should choose it. */
  whenToChoose: prose(),
  /** Guide chapters that say more about it. Default: none. */
  related: z.array(reference('guide')).default([]),
});
