import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en';
import { around, dictionaryProblems, interfaceText } from '../../../src/i18n';

describe('interface dictionaries', () => {
  it('names the language and every key a dictionary lacks or leaves empty', () => {
    const { 'search.kind': _kind, ...partial } = en;
    expect(dictionaryProblems('es', { ...partial, 'nav.home': ' ' })).toEqual([
      'the interface text of "es" lacks "nav.home" (English: "Home"); add it to src/i18n/es.ts',
      'the interface text of "es" lacks "search.kind" (English: "Kind"); add it to src/i18n/es.ts',
    ]);
    expect(dictionaryProblems('es', { ...en, 'fallback.notice': 'Esta página aún no está en español.', 'nav.home': 'Inicio {x}' })).toEqual([
      'the interface text of "es" for "nav.home" must hold no {…} place, as the English "Home" does; correct it in src/i18n/es.ts',
      'the interface text of "es" for "fallback.notice" must hold {language}, as the English "This page is not yet available in English. It is shown in {language}." does; correct it in src/i18n/es.ts',
    ]);
    for (const lang of ['en', 'es', 'ar', 'es-MX']) expect(dictionaryProblems(lang), lang).toEqual([]);
  });

  it("finds a regional language's dictionary by its language, and fills a text's places", () => {
    const t = interfaceText('en-GB');
    expect(t('nav.home')).toBe('Home');
    expect(t('footer.questions', { email: 'a@example.org' })).toBe('Questions about the guide or the mentoring program? Write to a@example.org.');
    expect(around(t('footer.questions'), 'email')).toEqual(['Questions about the guide or the mentoring program? Write to ', '.']);
    expect(() => interfaceText('sw')).toThrow(/no interface text for "sw"/);
  });
});
