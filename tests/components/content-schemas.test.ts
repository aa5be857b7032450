import { describe, it } from 'vitest';
import { faqSchema } from '../../src/schemas/faq';
import { guideSchema } from '../../src/schemas/guide';
import { modalitySchema } from '../../src/schemas/modality';
import { practitionerSchema } from '../../src/schemas/practitioner';
import { readingSchema } from '../../src/schemas/reading';
import { referenceSchema } from '../../src/schemas/reference';
import { expectEveryFieldDescribed } from '../helpers/json-schema';

// The content schemas use Astro's reference(), so they are read here, under Astro's Vite configuration.
describe.each([
  ['a guide chapter', guideSchema, 5],
  ['an FAQ entry', faqSchema, 4],
  ['a modality', modalitySchema, 10],
  ['a practitioner', practitionerSchema, 6],
  ['a book on the reading list', readingSchema, 7],
  ['a reference', referenceSchema, 13],
])('every field of %s', (_name, schema, atLeast) => {
  it('carries a description', () => expectEveryFieldDescribed(schema, atLeast));
});
