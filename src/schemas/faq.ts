import { reference } from 'astro:content';
import { z } from 'astro/zod';
import site from '../../site.config';
import { prose } from '../toolkit';

const categoryIds = site.faqCategories.map((category) => category.id) as [string, ...string[]];

/** A question and its answer: a Markdown file whose body is the answer. The file name is the question's anchor. */
export const faqSchema = z.strictObject({
  question: prose().describe('The question as a reader would ask it.'),
  category: z
    .enum(categoryIds, { message: `expected one of the categories in site.config.ts (faqCategories): ${categoryIds.join(', ')}` })
    .describe('One of the category ids listed in faqCategories in site.config.ts.'),
  order: z.int().positive().describe('Position within its category, from 1.'),
  related: z.array(reference('guide')).describe('Guide chapters that answer the question at more length. Default: none.').default([]),
});
