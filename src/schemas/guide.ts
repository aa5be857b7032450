import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { prose } from '../toolkit';
import { day } from './translation';

/** A chapter of the guide: a Markdown file whose body is the chapter's prose, or an MDX file when it uses components. */
export const guideSchema = z.strictObject({
  title: prose().describe('Page heading, and the first part of the page\'s <title>.'),
  description: prose().max(160).describe('One sentence (at most 160 characters) for search results and the meta description.'),
  order: z.int().positive().describe('Position in the reading order, from 1; previous/next links follow it, and no two chapters share one.'),
  part: z
    .enum(['guide', 'program'])
    .default('guide')
    .describe('The part of the guide the chapter is in: "guide" (for mentees and mentors) or "program" (for the people who run a mentoring program); the contents list each part under its heading, so keep a part\'s chapters together in the reading order. Default: "guide".'),
  summary: prose().describe('Two or three sentences introducing the chapter on the home page and the guide\'s contents page.'),
  reviewed: day()
    .describe('When someone last checked the chapter was still right (YYYY-MM-DD), shown as "Last reviewed". Default: the date of its last change in git.')
    .optional(),
  references: z.array(reference('references')).describe('Scientific references that support the chapter, listed at its end. Default: none.').default([]),
});
