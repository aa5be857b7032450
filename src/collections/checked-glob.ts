import { globSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ENCODING_DAMAGE_FIX, findEncodingDamage } from '../toolkit';

export interface CheckedGlobOptions {
  /** Folder of the collection, relative to the project root. */
  base: string;
  /** Files that make entries, e.g. "*.yaml". */
  pattern: string;
  /** Fields whose value no two entries may share (e.g. a position in the reading order). */
  unique?: readonly string[];
  /** Whether each entry's body (its Markdown or MDX prose) must say something. */
  requireBody?: boolean;
  /** Whether having no entry at all is normal (translations), rather than worth a warning. */
  mayBeEmpty?: boolean;
}

/**
 * Astro's glob() loader plus the checks a per-entry schema cannot make: values unique across
 * the collection, a body that is present and free of encoding damage. The checks run over the
 * whole store after every load, so entries served from Astro's cache are checked too.
 */
export function checkedGlob({ unique = [], requireBody = false, mayBeEmpty = false, ...options }: CheckedGlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'mentorkit-checked-glob',
    async load(context: LoaderContext) {
      // Astro's loader warns when no file matches; a guide without translations is no cause for one.
      if (mayBeEmpty && globSync(options.pattern, { cwd: fileURLToPath(new URL(`${options.base}/`, context.config.root)) }).length === 0) {
        context.store.clear();
        return;
      }
      await inner.load(context);
      const problems: string[] = [];
      const entries = context.store.values();
      for (const entry of entries) {
        const file = entry.filePath ?? `${options.base}/${entry.id}`;
        if (requireBody && !entry.body?.trim()) {
          problems.push(`${file}: the body is empty; write the ${context.collection} entry's text below the frontmatter`);
        }
        const damage = entry.body && findEncodingDamage(entry.body);
        if (damage) problems.push(`${file}: body, ${damage} ${ENCODING_DAMAGE_FIX}`);
      }
      for (const field of unique) {
        const seen = new Map<unknown, string>();
        for (const entry of entries) {
          const value = entry.data[field];
          const file = entry.filePath ?? entry.id;
          const earlier = seen.get(value);
          if (earlier !== undefined) {
            problems.push(`${file}: ${field} ${JSON.stringify(value)} is already used by ${earlier}; give each ${context.collection} entry its own ${field}`);
          } else {
            seen.set(value, file);
          }
        }
      }
      if (problems.length > 0) {
        throw new Error(`The ${context.collection} collection has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
      }
    },
  };
}
