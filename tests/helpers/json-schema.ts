import { z } from 'zod';
import { expect } from 'vitest';

type Node = { description?: string; properties?: Record<string, Node>; items?: Node; oneOf?: Node[] };

/**
 * Every property of a JSON Schema, at any depth, by its path, with its description. The records of a
 * oneOf (a discriminated union, such as a template's field kinds) each have fields of their own; the
 * alternatives of an anyOf (the forms one value may take, as Astro's reference() writes an entry's id)
 * are described by the field that holds them.
 */
function properties(node: Node, path = ''): { path: string; description: string | undefined }[] {
  const own = Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const at = path ? `${path}.${key}` : key;
    return [{ path: at, description: child.description }, ...properties(child, at)];
  });
  const nested = [...(node.oneOf ?? []), ...(node.items ? [node.items] : [])].flatMap((child) => properties(child, path));
  return [...own, ...nested];
}

/**
 * A schema's descriptions are its documentation: editors show them, and forms and docs are made from
 * them. Fails naming every field (at least `atLeast` are expected) that has none.
 */
export function expectEveryFieldDescribed(schema: unknown, atLeast: number): void {
  const fields = properties(z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Node);
  expect(fields.length).toBeGreaterThanOrEqual(atLeast);
  expect(fields.filter((field) => !field.description?.trim()).map((field) => field.path)).toEqual([]);
}
