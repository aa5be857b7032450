import { inBaseFont } from './charset';
import { faceFor, type FallbackFace } from './fonts';
import type { Program } from './program';

/** The program's fields that people type, which every document prints. */
const TYPED_FIELDS = ['program', 'organization', 'mentor', 'mentee', 'terms.mentor', 'terms.mentee', 'location'] as const;

const valueAt = (program: Program, field: (typeof TYPED_FIELDS)[number]): string | undefined =>
  field.startsWith('terms.') ? program.terms?.[field.slice(6) as 'mentor' | 'mentee'] : (program[field as Exclude<typeof field, `terms.${string}`>] as string | undefined);

/**
 * The typed fields holding a character that no font of the kit draws (an emoji, a script without a
 * fallback face), each with the first such character: checked before a kit is built, so that no document
 * shows an empty box where a letter should be.
 */
export function unprintableFields(program: Program, faces: readonly FallbackFace[]): { field: string; message: string; character: string }[] {
  return TYPED_FIELDS.flatMap((field) => {
    const value = valueAt(program, field);
    if (!value) return [];
    for (const char of value) {
      const code = char.codePointAt(0)!;
      if (!/\s/.test(char) && !inBaseFont(code) && !faceFor(faces, code)) {
        return [{ field, message: `${field} contains "${char}", which the kit's documents cannot print; remove it or write it another way`, character: char }];
      }
    }
    return [];
  });
}
