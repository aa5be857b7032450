// Which language a page is in, from its address: the default language's pages have no prefix, every
// other language's are under /code/ (lowercase: "/es/", "/pt-br/").
import site from '../../site.config';
import type { Locale } from '../schemas/site';
import { interfaceText } from '.';

/** How the addresses of a site in `locales`, `defaultCode` first among equals, carry their language. */
export function addressLanguages(locales: readonly Locale[], defaultCode: string) {
  const defaultLocale = locales.find(({ code }) => code.toLowerCase() === defaultCode.toLowerCase())!;
  /** The start of the addresses of `locale`'s pages: "" for the default language, "/es" for Spanish. */
  const prefixOf = (locale: Locale): string => (locale === defaultLocale ? '' : `/${locale.code.toLowerCase()}`);
  return {
    defaultLocale,
    prefixOf,
    /**
     * `paths` (a page's getStaticPaths) once in each language: the `lang` parameter of src/pages/[...lang]/
     * is each language's prefix, and none for the default language.
     */
    inEveryLanguage<Path extends { params: object }>(paths: readonly Path[]): (Path & { params: { lang: string | undefined } })[] {
      return locales.flatMap((locale) => paths.map((path) => ({ ...path, params: { ...path.params, lang: prefixOf(locale).slice(1) || undefined } })));
    },
    /** The language of the page at `pathname`: the one its address starts with, else the default language. */
    languageOf(pathname: string): Locale {
      const first = `/${pathname.split('/')[1]?.toLowerCase() ?? ''}`;
      return locales.find((locale) => locale !== defaultLocale && prefixOf(locale) === first) ?? defaultLocale;
    },
    /** `path`, an address of the default language ("/guide/", "/faq/#cost"), as it is in `locale` ("/es/guide/"). */
    localized: (path: string, locale: Locale): string => (path.startsWith('/') ? `${prefixOf(locale)}${path}` : path),
  };
}

export const { defaultLocale, inEveryLanguage, languageOf, localized, prefixOf } = addressLanguages(site.locales, site.defaultLocale);

/**
 * The language of what the page at `pathname` says, when it differs from the language of its address:
 * the content is written in the default language, so a page under another language's prefix shows it
 * in that language's frame, with a notice. Undefined for a page in the default language.
 */
export function fallbackOf(pathname: string): Locale | undefined {
  return languageOf(pathname) === defaultLocale ? undefined : defaultLocale;
}

/**
 * The lang and dir attributes of interface words (a heading, a label) inside the content of the page at
 * `pathname`, where that content is in another language: there they must say their own.
 */
export function interfaceLanguage(pathname: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (!fallbackOf(pathname)) return {};
  const { code, dir } = languageOf(pathname);
  return { lang: code, dir };
}

/** The address of the page at `pathname` in the default language: "/es/faq/" -> "/faq/". */
export const originalOf = (pathname: string): string => {
  const prefix = prefixOf(languageOf(pathname));
  return prefix ? pathname.slice(prefix.length) : pathname;
};

/** The interface text of the page at `pathname`, in its language. */
export const pageText = (pathname: string) => interfaceText(languageOf(pathname).code);
