import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { dictionaryProblems } from '../i18n';
import { DOCUMENT_LANGUAGES, contrast, hasDocumentWords, parseOrExplain, prose } from '../toolkit';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** True for a well-formed BCP 47 tag whose language subtag Unicode CLDR knows. */
export function isKnownLanguageTag(tag: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    const language = canonical && new Intl.Locale(canonical).language;
    return Boolean(language && languageNames.of(language));
  } catch {
    return false;
  }
}

const languageTag = () =>
  z.string().refine(isKnownLanguageTag, { message: 'expected a BCP 47 language tag with a known language, for example "en", "en-GB" or "pt-BR"' });

/** The writing direction of the script of `tag`'s language, as Unicode CLDR has it. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?(): { direction?: string } };
  return locale.getTextInfo?.().direction === 'rtl' ? 'rtl' : 'ltr';
}

/** The name of `tag`'s language in that language, as Unicode CLDR has it, with a capital: "Español", "العربية". */
export function nameInItself(tag: string): string {
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

const localeSchema = z
  .strictObject({
    code: languageTag().describe('The language as a BCP 47 tag ("es", "pt-BR"). Its pages are served under /code/ (the default language\'s without a prefix).'),
    name: prose(40).optional().describe('The language\'s name in itself, as the language picker shows it, e.g. "Español". Default: the name Unicode CLDR gives it.'),
    dir: z
      .enum(['ltr', 'rtl'], { message: 'expected "ltr" (left to right) or "rtl" (right to left)' })
      .optional()
      .describe('Writing direction, "ltr" or "rtl". Default: the direction of the language\'s script ("rtl" for Arabic, Hebrew, Persian or Urdu).'),
    title: prose().optional().describe("The guide's title in this language. Required for every language but the default one, whose title is `title`."),
    description: prose(200).optional().describe('The site\'s description in this language. Required for every language but the default one.'),
    faqCategories: z
      .record(z.string(), prose())
      .optional()
      .describe('The heading of each FAQ category in this language, by id: { "getting-started": "Primeros pasos" }. Required, for every category, for every language but the default one.'),
    program: z
      .strictObject({
        name: prose().optional().describe("The program's name in this language. Default: its name as it is."),
        summary: prose(300).describe('What the program offers, in this language.'),
        eligibility: prose(300).describe('Who may join, in this language.'),
        timing: prose(200).optional().describe('When people can join, in this language; required when the program says when.'),
        contact: prose().optional().describe("Who answers questions, in this language (\"Priya Shah, coordinadora del programa\"). Default: the contact's name as it is."),
      })
      .optional()
      .describe("The program's texts in this language. Required, when the site has a program, for every language but the default one."),
  })
  .transform(({ code, name, dir, ...text }) => ({ code, name: name ?? nameInItself(code), dir: dir ?? directionOf(code), ...text }));

/** An identifier made of lowercase words joined by hyphens; used in URLs and anchors. */
const slug = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'expected lowercase words joined by hyphens, for example "finding-a-mentor"',
  });

const hexColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'expected a colour written as #rrggbb, for example "#1d4ed8"', abort: true });

const email = () => z.email({ message: 'expected an e-mail address such as "mentoring@example.org"' });
const webAddress = () => z.url({ protocol: /^https?$/, message: 'expected an absolute http(s) URL such as "https://mentoring.example.org"' });

/** Where people apply: the address of a form, or an e-mail address to write to. */
const applyTo = z
  .string()
  .refine((value) => webAddress().safeParse(value).success || email().safeParse(value).success, {
    message: 'expected the address of the application form ("https://…") or an e-mail address ("mentoring@example.org")',
  })
  .transform((value) => (email().safeParse(value).success ? { email: value } : { url: value }));

// Each setting's description is its documentation: editors show it, and the README's table says the same.
export const SiteConfigSchema = z.strictObject({
  title: prose().describe('Name of the guide, shown in the header and used as the suffix of every page title.'),
  organization: z
    .strictObject({
      name: prose().describe('Full legal or public name, shown in the footer, in metadata and on every toolkit file.'),
      shortName: prose(24).describe('Short name (at most 24 characters) for narrow screens and file names.'),
    })
    .describe('The organization that publishes the guide and the toolkit.'),
  url: webAddress()
    .describe('Public address the built dist/ folder is served from; canonical URLs and the sitemap use it.'),
  defaultLocale: languageTag().describe('Language of the content in src/content, as a BCP 47 tag ("en", "en-GB", "pt-BR"); its pages have no language prefix in their address.'),
  locales: z
    .array(localeSchema)
    .min(1)
    .optional()
    .describe('Every language the guide is published in, the default one included, in the order the language picker lists them. Default: the default language alone.'),
  description: prose(200).min(20, { message: 'must be at least 20 characters: one or two sentences about the site' }).describe("One or two sentences about the site: the home page's meta description (20 to 200 characters)."),
  email: email().describe('Address people can write to about the guide or the program, shown in the footer.'),
  brandColor: hexColor
    .refine((color) => contrast(color, '#ffffff') >= 4.5, { message: 'this colour is too light for text on white (WCAG needs 4.5:1); choose a darker shade' })
    .describe('Brand colour as #rrggbb; used for links and accents, so it must reach 4.5:1 contrast on white.'),
  logo: z
    .strictObject({
      src: z
        .string()
        .regex(/^\/[\w\-./]+\.(svg|png)$/, { message: 'expected a path like "/logo.svg" to an SVG or PNG file in public/' })
        .refine((src) => existsSync(resolve('public', `.${src}`)), { message: 'no such file in public/; add the file or correct the path' })
        .describe('Path from the site root, for example "/logo.svg" for public/logo.svg.'),
      alt: z.string().default('').describe("Text alternative; leave empty when the organization's name stands next to the logo."),
    })
    .describe("The organization's logo, a file in public/."),
  faqCategories: z
    .array(
      z.strictObject({
        id: slug().describe('Identifier used in FAQ files.'),
        title: prose().describe('Heading shown on the FAQ page.'),
      }),
    )
    .min(1)
    .refine((list) => new Set(list.map((c) => c.id)).size === list.length, { message: 'category ids must be unique' })
    .describe('FAQ categories in display order; each FAQ entry names one of these ids.'),
  program: z
    .strictObject({
      name: prose().describe('Name of the program, e.g. "Northwind Mentoring Program".'),
      summary: prose(300).describe('What the program offers, in one to three sentences (at most 300 characters).'),
      eligibility: prose(300).describe('Who may join, and in which role, e.g. "Anyone at Northwind can join as a mentee; mentors need two years with us."'),
      apply: applyTo.describe('Where to apply: the address of the application form ("https://…") or an e-mail address.'),
      timing: prose(200).describe('When people can join, e.g. "Applications open every January and September."').optional(),
      contact: z
        .strictObject({
          name: prose().describe('Name of the person or team, e.g. "Priya Shah, program coordinator".'),
          email: email().describe('Their e-mail address.'),
        })
        .describe('Who answers questions about the program. Default: the site\'s e-mail address.')
        .optional(),
    })
    .describe('The organization\'s own mentoring program. With it, the site has a "Join the program" page and invites readers to join; without it, that page gives general advice on finding a mentor.')
    .optional(),
  practitioners: z
    .boolean()
    .default(true)
    .describe('Whether the site shows the directory of practitioners (the practitioners folder). Default: true.'),
});

type Settings = Omit<z.output<typeof SiteConfigSchema>, 'locales' | 'defaultLocale'>;
type LocaleInput = z.output<typeof localeSchema>;

/**
 * What is missing from, or misplaced in, a language's own texts: every language but the default one
 * gives the guide's title and description, each FAQ category's heading and the program's texts in its
 * own words; the default language's are the settings themselves.
 */
function localeTextProblems(locale: LocaleInput, isDefault: boolean, settings: Settings): { path: (string | number)[]; text: string }[] {
  const { title, description, faqCategories, program } = locale;
  if (isDefault) {
    return (['title', 'description', 'faqCategories', 'program'] as const)
      .filter((key) => locale[key] !== undefined)
      .map((key) => ({ path: [key], text: `the default language's ${key} is the setting ${key} itself; remove it here` }));
  }
  const language = nameInItself(locale.code);
  const needed = (path: (string | number)[], what: string) => ({ path, text: `${language} needs ${what} in ${language}; add it here` });
  return [
    ...(title === undefined ? [needed(['title'], "the guide's title")] : []),
    ...(description === undefined ? [needed(['description'], "the site's description")] : []),
    ...settings.faqCategories.filter(({ id }) => faqCategories?.[id] === undefined).map(({ id }) => needed(['faqCategories', id], `the heading of the FAQ category "${id}"`)),
    ...Object.keys(faqCategories ?? {})
      .filter((id) => !settings.faqCategories.some((category) => category.id === id))
      .map((id) => ({ path: ['faqCategories', id], text: `"${id}" is not a FAQ category of faqCategories; correct the id or remove it` })),
    ...(settings.program && !program ? [needed(['program'], "the program's summary and eligibility")] : []),
    ...(settings.program?.timing && program && !program.timing ? [needed(['program', 'timing'], 'when people can join')] : []),
    ...(!settings.program && program ? [{ path: ['program'], text: 'the site has no program (the setting program); remove this or add the program' }] : []),
  ];
}

/** The texts of the settings in `locale`'s language: its own, or the settings' for the default language. */
function textIn(locale: Omit<LocaleInput, 'code' | 'name' | 'dir'>, settings: Settings) {
  const program = settings.program && {
    ...settings.program,
    ...(locale.program && {
      name: locale.program.name ?? settings.program.name,
      summary: locale.program.summary,
      eligibility: locale.program.eligibility,
      timing: locale.program.timing ?? settings.program.timing,
      ...(settings.program.contact && { contact: { ...settings.program.contact, name: locale.program.contact ?? settings.program.contact.name } }),
    }),
  };
  return {
    title: locale.title ?? settings.title,
    description: locale.description ?? settings.description,
    faqCategories: settings.faqCategories.map((category) => ({ ...category, title: locale.faqCategories?.[category.id] ?? category.title })),
    program,
  };
}

/** The settings as the site reads them: `locales` always holds the default language, listed or alone. */
const SiteSettings = SiteConfigSchema.superRefine(({ defaultLocale, locales, ...settings }, context) => {
  // Every language needs the whole interface in its own words.
  const languages = locales?.map(({ code }, i) => ({ code, path: ['locales', i, 'code'] })) ?? [{ code: defaultLocale, path: ['defaultLocale'] }];
  for (const { code, path } of languages) for (const message of dictionaryProblems(code)) context.addIssue({ code: 'custom', path, message });
  // And its templates' and kits' words (who fills a form in, "Signature", the dates of a schedule).
  for (const { code, path } of languages) {
    if (hasDocumentWords(code)) continue;
    const language = new Intl.Locale(code).language;
    const known = Object.keys(DOCUMENT_LANGUAGES).join(', ');
    context.addIssue({ code: 'custom', path, message: `the templates and kits have no words for "${code}" (they have ${known}): add src/toolkit/words/${language}.ts, a copy of en.ts with every text translated, and list it in src/toolkit/words/index.ts` });
  }
  if (!locales) return;
  const codes = locales.map(({ code }) => code.toLowerCase());
  codes.forEach((code, i) => {
    if (codes.indexOf(code) < i) context.addIssue({ code: 'custom', path: ['locales', i, 'code'], message: `"${locales[i]!.code}" is listed twice; list each language once` });
  });
  if (!codes.includes(defaultLocale.toLowerCase())) {
    const listed = locales.map(({ code }) => `"${code}"`).join(', ');
    context.addIssue({ code: 'custom', path: ['defaultLocale'], message: `"${defaultLocale}" is not one of the languages in locales (${listed}); add it there or choose one of them` });
  }
  locales.forEach((locale, i) => {
    for (const message of localeTextProblems(locale, locale.code.toLowerCase() === defaultLocale.toLowerCase(), settings)) context.addIssue({ code: 'custom', path: ['locales', i, ...message.path], message: message.text });
  });
}).transform(({ locales, ...settings }) => ({
  ...settings,
  locales: (locales ?? [localeSchema.parse({ code: settings.defaultLocale })]).map(({ code, name, dir, ...text }) => ({ code, name, dir, text: textIn(text, settings) })),
}));

export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
export type SiteConfig = z.output<typeof SiteSettings>;
/** One language of the guide, as the settings give it with its defaults filled in. */
export type Locale = SiteConfig['locales'][number];

/** Validates the organization's settings; a wrong value stops the build naming the setting. */
export function defineSiteConfig(input: SiteConfigInput, file = 'site.config.ts'): SiteConfig {
  return parseOrExplain(SiteSettings, input, file);
}
