import type { z } from 'zod';

/** Thrown when a file a person edits holds a value that does not fit its schema. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}

/** `goals[2].title`, the way a person reads a path in their own file. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** One line per problem: the file, the field, what is wrong and what is expected. */
export function describeIssues(file: string, error: z.ZodError): string {
  return describeFieldIssues(
    file,
    error.issues.map((issue) => ({ field: formatPath(issue.path), message: issue.message })),
  );
}

/** The same for problems found after the schema's checks, each with its field's path. */
export function describeFieldIssues(file: string, issues: readonly { field: string; message: string }[]): string {
  const lines = issues.map(({ field, message }) => `  - ${field || '(the whole file)'}: ${message}`);
  return `${file} has ${lines.length === 1 ? 'an invalid value' : `${lines.length} invalid values`}:\n${lines.join('\n')}`;
}

/** Parses `input` or throws an InvalidInputError that names the file and every bad field. */
export function parseOrExplain<T extends z.ZodType>(schema: T, input: unknown, file: string): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInputError(describeIssues(file, result.error));
  return result.data;
}
