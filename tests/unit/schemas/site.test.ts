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
    expect(defineSiteConfig(valid).locales).toEqual([{ code: 'en-GB', name: 'British English', dir: 'ltr' }]);
    const { locales } = defineSiteConfig({ ...valid, locales: [{ code: 'en-US' }, { code: 'en-GB', name: 'English (UK)', dir: 'ltr' }] });
    expect(locales).toEqual([
      { code: 'en-US', name: 'American English', dir: 'ltr' },
      { code: 'en-GB', name: 'English (UK)', dir: 'ltr' },
    ]);
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
