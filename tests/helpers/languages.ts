// The shipped settings list English, Spanish and Arabic; a test about something else than languages (a
// large guide) builds a copy in the default language alone, at a third of the pages.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Removes the list of languages from the settings of the project copy in `dir`: the site is then in its default language. */
export function inOneLanguage(dir: string): void {
  const file = join(dir, 'site.config.ts');
  const settings = readFileSync(file, 'utf8');
  const alone = settings.replace(/\n {2}\/\/ The default language first[^\n]*\n {2}locales: \[[\s\S]*?\n {2}\],\n/, '\n');
  if (alone === settings) throw new Error(`${file}: no list of languages (locales) found to remove`);
  writeFileSync(file, alone);
}
