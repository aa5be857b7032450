import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { SiteConfigSchema } from '../../../src/schemas/site';
import { programSchema, templateSchema } from '../../../src/toolkit';

type Node = { description?: string; properties?: Record<string, Node>; items?: Node; oneOf?: Node[]; anyOf?: Node[] };

/** Every property of a JSON Schema, at any depth, by its path, with its description. */
function properties(node: Node, path = ''): { path: string; description: string | undefined }[] {
  const own = Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const at = path ? `${path}.${key}` : key;
    return [{ path: at, description: child.description }, ...properties(child, at)];
  });
  const nested = [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.items ? [node.items] : [])].flatMap((child) => properties(child, path));
  return [...own, ...nested];
}

// The schemas' descriptions are their documentation: editors show them from program.schema.json, and
// forms and docs are generated from them. A field without one is undocumented.
describe.each([
  ['the settings (site.config.ts)', SiteConfigSchema, 14],
  ['a program description', programSchema, 17],
  ['a template definition', templateSchema, 20],
])('every field of %s', (_name, schema, atLeast) => {
  it('carries a description', () => {
    const fields = properties(z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Node);
    expect(fields.length).toBeGreaterThanOrEqual(atLeast);
    expect(fields.filter((field) => !field.description?.trim()).map((field) => field.path)).toEqual([]);
  });
});
