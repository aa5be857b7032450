import { describe, expect, it } from 'vitest';
import { addressLanguages, languageOf, localized } from '../../../src/i18n/pages';
import site from '../../../site.config';

const en = { code: 'en', name: 'English', dir: 'ltr' } as const;
const es = { code: 'es', name: 'Español', dir: 'ltr' } as const;
const ar = { code: 'ar', name: 'العربية', dir: 'rtl' } as const;
const ptBR = { code: 'pt-BR', name: 'Português (Brasil)', dir: 'ltr' } as const;

describe('the language of an address', () => {
  const site3 = addressLanguages([en, es, ar, ptBR], 'en');

  it('is the language its first segment names, in lowercase, else the default language', () => {
    expect(['/', '/guide/x/', '/es/', '/es/guide/x/', '/ar/faq/', '/pt-br/', '/ES/', '/esp/', '/en/'].map((path) => site3.languageOf(path).code)).toEqual(['en', 'en', 'es', 'es', 'ar', 'pt-BR', 'es', 'en', 'en']);
  });

  it("gives each page's paths once in each language, the default one without a prefix", () => {
    expect(site3.inEveryLanguage([{ params: { id: 'cost' }, props: { n: 1 } }])).toEqual([
      { params: { id: 'cost', lang: undefined }, props: { n: 1 } },
      { params: { id: 'cost', lang: 'es' }, props: { n: 1 } },
      { params: { id: 'cost', lang: 'ar' }, props: { n: 1 } },
      { params: { id: 'cost', lang: 'pt-br' }, props: { n: 1 } },
    ]);
  });

  it("puts a default-language address under the language's prefix, leaving other addresses alone", () => {
    expect(site3.localized('/guide/', es)).toBe('/es/guide/');
    expect(site3.localized('/faq/#cost', ptBR)).toBe('/pt-br/faq/#cost');
    expect(site3.localized('/', ar)).toBe('/ar/');
    expect(site3.localized('/guide/', en)).toBe('/guide/');
    expect(site3.localized('mailto:a@example.org', es)).toBe('mailto:a@example.org');
  });

  it("on this site, whose settings list English, Spanish and Arabic, each address is in its prefix's language", () => {
    expect(site.locales.map(({ code }) => code)).toEqual(['en', 'es', 'ar']);
    expect(['/guide/', '/es/guide/', '/ar/'].map((path) => languageOf(path).code)).toEqual(['en', 'es', 'ar']);
    expect(localized('/guide/', languageOf('/ar/faq/'))).toBe('/ar/guide/');
  });
});
