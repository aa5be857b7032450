import { defineCollection } from 'astro:content';
import { checkedGlob } from './lib/checked-glob';
import { faqSchema } from './schemas/faq';
import { guideSchema } from './schemas/guide';
import { modalitySchema } from './schemas/modality';
import { practitionerSchema } from './schemas/practitioner';
import { readingSchema } from './schemas/reading';
import { referenceSchema } from './schemas/reference';

const folder = (collection: string) => `./src/content/${collection}`;

export const collections = {
  guide: defineCollection({
    loader: checkedGlob({ base: folder('guide'), pattern: '*.mdx', unique: ['order'], requireBody: true }),
    schema: guideSchema,
  }),
  faq: defineCollection({
    loader: checkedGlob({ base: folder('faq'), pattern: '*.md', requireBody: true }),
    schema: faqSchema,
  }),
  modalities: defineCollection({
    loader: checkedGlob({ base: folder('modalities'), pattern: '*.yaml', unique: ['order'] }),
    schema: modalitySchema,
  }),
  references: defineCollection({
    loader: checkedGlob({ base: folder('references'), pattern: '*.yaml' }),
    schema: referenceSchema,
  }),
  reading: defineCollection({
    loader: checkedGlob({ base: folder('reading'), pattern: '*.yaml', unique: ['order'] }),
    schema: readingSchema,
  }),
  practitioners: defineCollection({
    loader: checkedGlob({ base: folder('practitioners'), pattern: '*.yaml', unique: ['order'] }),
    schema: practitionerSchema,
  }),
};
