import { defineCollection } from 'astro:content';
import type { ZodType } from 'astro/zod';
import { checkedGlob, type CheckedGlobOptions } from './collections/checked-glob';
import { collectionFolder } from './collections/content-root';
import { faqSchema } from './schemas/faq';
import { guideSchema } from './schemas/guide';
import { modalitySchema } from './schemas/modality';
import { practitionerSchema } from './schemas/practitioner';
import { readingSchema } from './schemas/reading';
import { referenceSchema } from './schemas/reference';
import { templateSchema } from './toolkit';

/** A collection read from its folder of the content root, checked by `checkedGlob` and its schema. */
const collection = <S extends ZodType>(name: string, schema: S, options: Omit<CheckedGlobOptions, 'base'>) =>
  defineCollection({ loader: checkedGlob({ base: collectionFolder(name), ...options }), schema });

export const collections = {
  guide: collection('guide', guideSchema, { pattern: '*.{md,mdx}', unique: ['order'], requireBody: true }),
  faq: collection('faq', faqSchema, { pattern: '*.md', requireBody: true }),
  modalities: collection('modalities', modalitySchema, { pattern: '*.yaml', unique: ['order'] }),
  references: collection('references', referenceSchema, { pattern: '*.yaml' }),
  reading: collection('reading', readingSchema, { pattern: '*.yaml', unique: ['order'] }),
  // The toolkit names related entries by id; as links they are checked like every other reference.
  templates: collection(
    'templates',
    templateSchema.transform((template) => ({
      ...template,
      related: template.related.map((id) => ({ collection: 'guide' as const, id })),
      references: template.references.map((id) => ({ collection: 'references' as const, id })),
    })),
    { pattern: '*.yaml' },
  ),
  practitioners: collection('practitioners', practitionerSchema, { pattern: '*.yaml', unique: ['order'] }),
};
