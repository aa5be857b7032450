import { defineCollection } from 'astro:content';
import { checkedGlob } from './collections/checked-glob';
import { collectionFolder as folder } from './collections/content-root';
import { faqSchema } from './schemas/faq';
import { guideSchema } from './schemas/guide';
import { modalitySchema } from './schemas/modality';
import { practitionerSchema } from './schemas/practitioner';
import { readingSchema } from './schemas/reading';
import { referenceSchema } from './schemas/reference';
import { templateSchema } from './toolkit';

export const collections = {
  guide: defineCollection({
    loader: checkedGlob({ base: folder('guide'), pattern: '*.{md,mdx}', unique: ['order'], requireBody: true }),
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
  templates: defineCollection({
    loader: checkedGlob({ base: folder('templates'), pattern: '*.yaml' }),
    // The toolkit names related entries by id; as links they are checked like every other reference.
    schema: templateSchema.transform((template) => ({
      ...template,
      related: template.related.map((id) => ({ collection: 'guide' as const, id })),
      references: template.references.map((id) => ({ collection: 'references' as const, id })),
    })),
  }),
  practitioners: defineCollection({
    loader: checkedGlob({ base: folder('practitioners'), pattern: '*.yaml', unique: ['order'] }),
    schema: practitionerSchema,
  }),
};
