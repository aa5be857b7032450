import { z } from 'zod';

/**
 * One of a fixed set of values, each with the label people see: documents and forms show the label,
 * and editors offer it beside the value in a JSON Schema (VS Code reads `enumDescriptions`).
 */
export function choice<const Labels extends Record<string, string>>(labels: Labels, message?: string) {
  const values = Object.keys(labels) as [keyof Labels & string, ...(keyof Labels & string)[]];
  return z.enum(values, message === undefined ? undefined : { message }).meta({ enumDescriptions: Object.values(labels) });
}
