import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { faqSchema } from '../../src/schemas/faq';
import { guideSchema } from '../../src/schemas/guide';
import { modalitySchema } from '../../src/schemas/modality';
import { practitionerSchema } from '../../src/schemas/practitioner';
import { readingSchema } from '../../src/schemas/reading';
import { referenceSchema } from '../../src/schemas/reference';

type Node = { description?: string; properties?: Record<string, Node>; items?: Node; anyOf?: Node[] };

/** Every property of a JSON Schema, at any depth, by its path, with its description. */
function properties(node: Node, path = ''): { path: string; description: string | undefined }[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const at = path ? `${path}.${key}` : key;
    const inner = child.items ?? child;
    return [{ path: at, description: child.description }, ...properties(inner, at)];
  });
}

// The content schemas use Astro's reference(), so they are read here, under Astro's Vite configuration.
// Their descriptions are each field's documentation for the people who write the content.
describe.each([
  ['a guide chapter', guideSchema, 5],
  ['an FAQ entry', faqSchema, 4],
  ['a modality', modalitySchema, 10],
  ['a practitioner', practitionerSchema, 6],
  ['a book on the reading list', readingSchema, 7],
  ['a reference', referenceSchema, 13],
])('every field of %s', (_name, schema, atLeast) => {
  it('carries a description', () => {
    const fields = properties(z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Node);
    expect(fields.length).toBeGreaterThanOrEqual(atLeast);
    expect(fields.filter((field) => !field.description?.trim()).map((field) => field.path)).toEqual([]);
  });
});
