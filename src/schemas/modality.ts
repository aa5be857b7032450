import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { prose } from '../toolkit';

/**
 * A way of supporting someone's development (mentoring, coaching, ...). Every modality answers the
 * same questions so that the modalities page can compare them side by side.
 */
export const modalitySchema = z.strictObject({
  name: prose().describe('Name as a column heading, e.g. "Coaching".'),
  order: z.int().positive().describe('Column position in the comparison, from 1; mentoring itself comes first.'),
  summary: prose().describe('One sentence saying what it is.'),
  description: prose().describe('A paragraph on how it relates to mentoring.'),
  focus: prose().describe('What the work concentrates on.'),
  whoLeads: prose().describe('Who sets the agenda and drives the sessions.'),
  structure: prose().describe('How sessions are usually organized.'),
  typicalLength: prose().describe('How long the relationship usually lasts.'),
  whenToChoose: prose().describe('The situation in which a person should choose it.'),
  related: z.array(reference('guide')).describe('Guide chapters that say more about it. Default: none.').default([]),
});
