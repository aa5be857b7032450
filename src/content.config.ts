import { defineCollection } from 'astro:content';
import type { ZodType } from 'astro/zod';
import { checkedGlob, type CheckedGlobOptions } from './collections/checked-glob';
import { ENTRY_FILES, collectionFolder, translationFiles } from './collections/content-root';
import { faqSchema } from './schemas/faq';
import { guideSchema } from './schemas/guide';
import { modalitySchema } from './schemas/modality';
import { pageSchema } from './schemas/page';
import { standardSchema } from './schemas/standard';
import { practitionerSchema } from './schemas/practitioner';
import { readingSchema } from './schemas/reading';
import { referenceSchema } from './schemas/reference';
import { translationSchema } from './schemas/translation';
import { templateSchema } from './toolkit';

type CollectionName = keyof typeof ENTRY_FILES;
type Checks = Omit<CheckedGlobOptions, 'base' | 'pattern'>;

/** A collection read from its folder of the content root, checked by `checkedGlob` and its schema. */
const collection = <S extends ZodType>(name: CollectionName, schema: S, checks: Checks = {}) =>
  defineCollection({ loader: checkedGlob({ base: collectionFolder(name), pattern: ENTRY_FILES[name], ...checks }), schema });

/**
 * The translations of a collection's entries (see translationFiles); src/collections/translations.ts
 * checks each against its original.
 */
const translations = <S extends ZodType>(name: CollectionName, schema: S, { requireBody = false }: Pick<Checks, 'requireBody'> = {}) =>
  defineCollection({ loader: checkedGlob({ base: collectionFolder(name), pattern: translationFiles(name), requireBody, mayBeEmpty: true }), schema });

// The toolkit names related entries by id; as links they are checked like every other reference.
const linkTemplate = <T extends { related: string[]; references: string[] }>({ related, references, ...template }: T) => ({
  ...(template as Omit<T, 'related' | 'references'>),
  related: related.map((id) => ({ collection: 'guide' as const, id })),
  references: references.map((id) => ({ collection: 'references' as const, id })),
});

export const collections = {
  guide: collection('guide', guideSchema, { unique: ['order'], requireBody: true }),
  guideTranslations: translations('guide', translationSchema(guideSchema), { requireBody: true }),
  faq: collection('faq', faqSchema, { requireBody: true }),
  faqTranslations: translations('faq', translationSchema(faqSchema), { requireBody: true }),
  modalities: collection('modalities', modalitySchema, { unique: ['order'] }),
  modalitiesTranslations: translations('modalities', translationSchema(modalitySchema)),
  references: collection('references', referenceSchema),
  reading: collection('reading', readingSchema, { unique: ['order'] }),
  readingTranslations: translations('reading', translationSchema(readingSchema)),
  templates: collection('templates', templateSchema.transform(linkTemplate)),
  templatesTranslations: translations('templates', translationSchema(templateSchema).transform(linkTemplate)),
  practitioners: collection('practitioners', practitionerSchema, { unique: ['order'] }),
  practitionersTranslations: translations('practitioners', translationSchema(practitionerSchema)),
  standards: collection('standards', standardSchema, { unique: ['order'] }),
  standardsTranslations: translations('standards', translationSchema(standardSchema)),
  pages: collection('pages', pageSchema, { requireBody: true }),
  pagesTranslations: translations('pages', translationSchema(pageSchema), { requireBody: true }),
};
