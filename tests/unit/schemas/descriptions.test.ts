import { describe, it } from 'vitest';
import { SiteConfigSchema } from '../../../src/schemas/site';
import { programSchema, templateSchema } from '../../../src/toolkit';
import { expectEveryFieldDescribed } from '../../helpers/json-schema';

describe.each([
  ['the settings (site.config.ts)', SiteConfigSchema, 14],
  ['a program description', programSchema, 17],
  ['a template definition', templateSchema, 20],
])('every field of %s', (_name, schema, atLeast) => {
  it('carries a description', () => expectEveryFieldDescribed(schema, atLeast));
});
