import { describe, expect, it } from 'vitest';
import { defineSiteConfig, directionOf, isKnownLanguageTag, nameInItself, type SiteConfigInput } from '../../../src/schemas/site';
import site from '../../../site.config';

const valid: SiteConfigInput = {
  title: 'Guide',
  organization: { name: 'Example Org', shortName: 'Example' },
  url: 'https://mentoring.example.org',
  defaultLocale: 'en-GB',
  description: 'A guide to mentoring for everyone at Example Org.',
  email: 'mentoring@example.org',
  brandColor: '#1d4ed8',
  logo: { src: '/logo.svg', alt: '' },
  faqCategories: [{ id: 'general', title: 'General' }],
};

/** The message the build prints for a config with `change` applied. */
function errorFor(change: Partial<SiteConfigInput>): string {
  try {
    defineSiteConfig({ ...valid, ...change });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the settings to be rejected');
}

describe('site settings', () => {
  it('accepts the shipped settings and a valid variant', () => {
    expect(site.url).toMatch(/^https:\/\//);
    expect(defineSiteConfig(valid).defaultLocale).toBe('en-GB');
  });

  it.each([
    ['url', { url: 'mentoring.example.org' }, /site\.config\.ts[\s\S]*url: expected an absolute http\(s\) URL/],
    ['url scheme', { url: 'ftp://example.org' }, /url: expected an absolute http\(s\) URL/],
    ['defaultLocale', { defaultLocale: 'english' }, /defaultLocale: expected a BCP 47 language tag/],
    ['unknown language', { defaultLocale: 'qx' }, /defaultLocale: expected a BCP 47 language tag/],
    ['language code', { locales: [{ code: 'en-GB' }, { code: 'spanish' }] }, /locales\[1\]\.code: expected a BCP 47 language tag/],
    ['duplicate language', { locales: [{ code: 'en-GB' }, { code: 'es' }, { code: 'ES' }] }, /locales\[2\]\.code: "ES" is listed twice; list each language once/],
    ['unknown direction', { locales: [{ code: 'en-GB' }, { code: 'ar', dir: 'right' as never }] }, /locales\[1\]\.dir: expected "ltr" \(left to right\) or "rtl" \(right to left\)/],
    ['language without interface text', { locales: [{ code: 'en-GB' }, { code: 'sw' }] }, /locales\[1\]\.code: there is no interface text for "sw": add src\/i18n\/sw\.ts/],
    ['default not listed', { locales: [{ code: 'es' }, { code: 'ar' }] }, /defaultLocale: "en-GB" is not one of the languages in locales \("es", "ar"\); add it there or choose one of them/],
    ['brandColor format', { brandColor: 'blue' }, /brandColor: expected a colour written as #rrggbb/],
    ['brandColor contrast', { brandColor: '#ffdd00' }, /brandColor: this colour is too light/],
    ['email', { email: 'mentoring at example.org' }, /email: expected an e-mail address/],
    ['logo', { logo: { src: '/missing.svg', alt: '' } }, /logo\.src: no such file in public\//],
    ['encoding damage', { title: 'MentoringÂ guide' }, /title: line 1, .*encoding damage/],
    ['description too short', { description: 'A guide.' }, /description: must be at least 20 characters: one or two sentences about the site/],
    ['description too long', { description: `${'A practical guide to mentoring. '.repeat(7)}` }, /description: must be at most 200 characters/],
    ['short name too long', { organization: { name: 'Mentoring Network', shortName: 'The Mentoring Network of the Valley' } }, /organization\.shortName: must be at most 24 characters/],
    ['duplicate category', { faqCategories: [{ id: 'a', title: 'A' }, { id: 'a', title: 'B' }] }, /faqCategories: category ids must be unique/],
  ])('names the setting and what is expected: %s', (_name, change, message) => {
    expect(errorFor(change)).toMatch(message);
  });

  it('publishes in the default language alone unless locales lists more, each named in itself and written in its direction', () => {
    expect(defineSiteConfig(valid).locales).toMatchObject([{ code: 'en-GB', name: 'British English', dir: 'ltr' }]);
    const american = { code: 'en-US', title: 'Guide', description: 'A guide to mentoring for everyone at Example Org.', faqCategories: { general: 'General' } };
    const { locales } = defineSiteConfig({ ...valid, locales: [american, { code: 'en-GB', name: 'English (UK)', dir: 'ltr' }] });
    expect(locales.map(({ code, name, dir }) => ({ code, name, dir }))).toEqual([
      { code: 'en-US', name: 'American English', dir: 'ltr' },
      { code: 'en-GB', name: 'English (UK)', dir: 'ltr' },
    ]);
  });

  describe("each language's own words for the settings", () => {
    const program = { name: 'Example Mentoring', summary: 'Monthly meetings for nine months.', eligibility: 'Everyone.', apply: 'join@example.org', timing: 'Every January.', contact: { name: 'Priya, coordinator', email: 'priya@example.org' } };
    const spanish = {
      code: 'es',
      title: 'Guía',
      description: 'Una guía de la mentoría para todo el personal de Example Org.',
      faqCategories: { general: 'General' },
      program: { summary: 'Reuniones mensuales durante nueve meses.', eligibility: 'Todo el mundo.', timing: 'Cada enero.', contact: 'Priya, coordinadora' },
    };

    it("gives every language its title, description, FAQ headings and program, the default language's being the settings themselves", () => {
      const { locales } = defineSiteConfig({ ...valid, program, locales: [{ code: 'en-GB' }, spanish] });
      expect(locales[0]!.text).toMatchObject({ title: 'Guide', faqCategories: [{ id: 'general', title: 'General' }], program: { name: 'Example Mentoring', contact: { name: 'Priya, coordinator' } } });
      expect(locales[1]!.text).toMatchObject({
        title: 'Guía',
        description: spanish.description,
        faqCategories: [{ id: 'general', title: 'General' }],
        // The name stays as it is unless given; where to apply is the same in every language.
        program: { name: 'Example Mentoring', summary: spanish.program.summary, timing: 'Cada enero.', apply: { email: 'join@example.org' }, contact: { name: 'Priya, coordinadora', email: 'priya@example.org' } },
      });
    });

    it.each([
      ['a missing title', { title: undefined }, /locales\[1\]\.title: Español needs the guide's title in Español; add it here/],
      ['a missing FAQ heading', { faqCategories: {} }, /locales\[1\]\.faqCategories\.general: Español needs the heading of the FAQ category "general" in Español/],
      ['an unknown FAQ category', { faqCategories: { general: 'General', other: 'Otra' } }, /locales\[1\]\.faqCategories\.other: "other" is not a FAQ category of faqCategories/],
      ['a missing program', { program: undefined }, /locales\[1\]\.program: Español needs the program's summary and eligibility in Español/],
      ['a missing program timing', { program: { summary: 'Reuniones.', eligibility: 'Todos.' } }, /locales\[1\]\.program\.timing: Español needs when people can join in Español/],
    ])('stops the build, naming the setting, on %s', (_name, change, message) => {
      expect(errorFor({ program, locales: [{ code: 'en-GB' }, { ...spanish, ...change }] })).toMatch(message);
    });

    it("refuses the default language's own words in its entry, and a program's words where the site has none", () => {
      expect(errorFor({ locales: [{ code: 'en-GB', title: 'Guide' }] })).toMatch(/locales\[0\]\.title: the default language's title is the setting title itself; remove it here/);
      expect(errorFor({ locales: [{ code: 'en-GB' }, spanish] })).toMatch(/locales\[1\]\.program: the site has no program/);
    });
  });

  it("knows each language's name in itself and the direction of its script", () => {
    expect(['es', 'ar', 'he', 'fa', 'ur', 'zh', 'pt-BR'].map(nameInItself)).toEqual(['Español', 'العربية', 'עברית', 'فارسی', 'اردو', '中文', 'Português (Brasil)']);
    expect(['es', 'ar', 'he', 'fa', 'ur', 'zh', 'en-GB'].map(directionOf)).toEqual(['ltr', 'rtl', 'rtl', 'rtl', 'rtl', 'ltr', 'ltr']);
  });

  it('takes the program\'s way to apply as a form address or an e-mail address, and refuses anything else', () => {
    const program = { name: 'Program', summary: 'Monthly meetings for nine months.', eligibility: 'Everyone.' };
    expect(defineSiteConfig({ ...valid, program: { ...program, apply: 'join@example.org' } }).program?.apply).toEqual({ email: 'join@example.org' });
    expect(defineSiteConfig({ ...valid, program: { ...program, apply: 'https://example.org/apply' } }).program?.apply).toEqual({ url: 'https://example.org/apply' });
    expect(errorFor({ program: { ...program, apply: 'example.org/apply' } })).toMatch(/program\.apply: expected the address of the application form \("https:\/\/…"\) or an e-mail address/);
    expect(errorFor({ program: { ...program, apply: 'join@example.org', contact: { name: 'Priya', email: 'priya' } } })).toMatch(/program\.contact\.email: expected an e-mail address/);
    expect(errorFor({ program: { ...program, apply: 'join@example.org', signup: 'x' } as never })).toMatch(/program.*signup/);
  });

  it('shows the practitioners\' directory unless the settings turn it off', () => {
    expect(defineSiteConfig(valid).practitioners).toBe(true);
    expect(defineSiteConfig({ ...valid, practitioners: false }).practitioners).toBe(false);
    expect(defineSiteConfig(valid).program).toBeUndefined();
  });

  it('reports every bad setting at once', () => {
    const message = errorFor({ url: 'x', email: 'y' });
    expect(message).toMatch(/2 invalid values/);
    expect(message).toMatch(/url:/);
    expect(message).toMatch(/email:/);
  });

  it('knows real language tags and rejects invented ones', () => {
    expect(['en', 'pt-BR', 'zh-Hant-TW', 'uk', 'el'].every(isKnownLanguageTag)).toBe(true);
    expect(['', 'en_US', 'xx', '123', 'english'].some(isKnownLanguageTag)).toBe(false);
  });
});
