// The settings a page of the site's own prose (src/content/pages) may write in, in the language of the
// text around them: <Setting name="program" /> in the page, {program} in its title.
import site from '../../site.config';
import type { Locale } from '../schemas/site';

export const SETTING_NAMES = ['title', 'description', 'organization', 'program', 'summary', 'eligibility', 'timing', 'contact'] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

/** The settings that are the program's, present only on a site that has one. */
const PROGRAM_SETTINGS: readonly string[] = ['program', 'summary', 'eligibility', 'timing', 'contact'] satisfies SettingName[];

/** A mistake in a page's use of the settings, in words for the person who wrote the page. */
export class SettingError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'SettingError';
  }
}

/**
 * What a component writes in place of a setting the settings lack (the program's, on a site without
 * one). Astro renders what <IfProgram> holds even where it then leaves it out, so a lack is no error
 * until it is found in the finished page (see lackIn).
 */
const LACK = '\uF8FF';
const lackOf = (what: string): string => `${LACK}${what}${LACK}`;

/** The first lack written into `html`, as the problem it is, or undefined. */
export function lackIn(html: string, file: string): SettingError | undefined {
  const what = html.match(/\uF8FF([^\uF8FF]*)\uF8FF/)?.[1];
  if (what === undefined) return undefined;
  const [kind, name] = what.split(':') as [string, string];
  if (kind === 'setting' && name === 'timing' && site.program) {
    return new SettingError(file, 'the program in site.config.ts says nothing for "timing". Put it inside <IfProgram has="timing">…</IfProgram>, or add program.timing to site.config.ts.');
  }
  if (kind === 'email' && name === 'apply' && site.program) {
    return new SettingError(file, '<Email of="apply" /> needs program.apply to be an e-mail address, and it is a web address. Put it inside <ApplyBy how="email">…</ApplyBy>.');
  }
  const used = kind === 'setting' ? `"${name}" is a setting of the program, and` : kind === 'email' ? `<Email of="${name}" /> needs the program, and` : '<ApplyButton> needs the program, and';
  return new SettingError(file, `${used} site.config.ts has no program. Put it inside <IfProgram>…</IfProgram>, or add the program to site.config.ts.`);
}

/** Whether the settings give `name` a value: the program's settings need the program, and timing is optional. */
export function hasSetting(name: string): boolean {
  if (!PROGRAM_SETTINGS.includes(name)) return SETTING_NAMES.includes(name as SettingName);
  return site.program !== undefined && (name !== 'timing' || site.program.timing !== undefined);
}

/** The value of setting `name` in `language`'s words, for the page written in `file`; a name that is no setting stops the build. */
export function settingText(name: string, language: Locale, file: string): string {
  const { text } = language;
  if (!SETTING_NAMES.includes(name as SettingName)) {
    throw new SettingError(file, `<Setting name="${name}" /> names no setting; use one of: ${SETTING_NAMES.join(', ')}.`);
  }
  if (name === 'title' || name === 'description') return text[name];
  if (name === 'organization') return site.organization.name;
  const { program } = text;
  if (!program) return lackOf(`setting:${name}`);
  const value = name === 'program' ? program.name : name === 'contact' ? (program.contact?.name ?? site.organization.name) : program[name as 'summary' | 'eligibility' | 'timing'];
  return value ?? lackOf(`setting:${name}`);
}

/** `text` with each {name} of a setting replaced by its value ("Join the {program}"). */
export const withSettings = (text: string, language: Locale, file: string): string =>
  text.replace(/\{(\w+)\}/g, (_place, name: string) => settingText(name, language, file));

/** Where e-mail about `of` goes: the site's address, the program contact's, or the program's application address. */
export function emailOf(of: 'site' | 'program' | 'apply'): string {
  if (of === 'site') return site.email;
  const { program } = site;
  if (!program) return lackOf(`email:${of}`);
  if (of === 'program') return program.contact?.email ?? site.email;
  return 'email' in program.apply ? program.apply.email : lackOf('email:apply');
}

/** Where the button to apply leads: an e-mail with `subject`, or the application form. */
export function applyHref(subject: string): string {
  const apply = site.program?.apply;
  if (!apply) return lackOf('apply-button:');
  return 'email' in apply ? `mailto:${apply.email}?subject=${encodeURIComponent(subject)}` : apply.url;
}
