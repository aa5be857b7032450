// Which language a page is in, from its address: the default language's pages have no prefix, every
// other language's are under /code/ (lowercase: "/es/", "/pt-br/").
import site from '../../site.config';
import type { Locale } from '../schemas/site';
import { interfaceText } from '.';

/** How the addresses of a site in `locales`, `defaultCode` first among equals, carry their language. */
export function addressLanguages<L extends { code: string }>(locales: readonly L[], defaultCode: string) {
  const defaultLocale = locales.find(({ code }) => code.toLowerCase() === defaultCode.toLowerCase())!;
  /** The start of the addresses of `locale`'s pages: "" for the default language, "/es" for Spanish. */
  const prefixOf = (locale: L): string => (locale === defaultLocale ? '' : `/${locale.code.toLowerCase()}`);
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
    languageOf(pathname: string): L {
      const first = `/${pathname.split('/')[1]?.toLowerCase() ?? ''}`;
      return locales.find((locale) => locale !== defaultLocale && prefixOf(locale) === first) ?? defaultLocale;
    },
    /** `path`, an address of the default language ("/guide/", "/faq/#cost"), as it is in `locale` ("/es/guide/"). */
    localized: (path: string, locale: L): string => (path.startsWith('/') ? `${prefixOf(locale)}${path}` : path),
  };
}

export const { defaultLocale, inEveryLanguage, languageOf, localized, prefixOf } = addressLanguages(site.locales, site.defaultLocale);

/** A page being rendered: its address, and what it has said about itself (Astro.locals). */
interface Rendering {
  url: URL;
  locals: App.Locals;
}

/** The language of a page's main content. */
export interface PageContent {
  /** The language it is written in. */
  language: Locale;
  /** A translation no native speaker has checked yet. */
  unreviewed?: boolean;
  /** Every language it is written in, the default one first: the page's alternates. Default: `language` only. */
  languages?: readonly Locale[];
}

/**
 * Says, from a page's frontmatter, what its main content is written in, for the layout and the
 * components it renders. A page that says nothing shows content in the default language only, the
 * one the content is written in.
 */
export function showsContentIn(page: Rendering, content: PageContent): void {
  page.locals.content = content;
}

/** What the page's main content is written in. */
export const contentOf = (page: Rendering): Required<PageContent> => {
  const { language = defaultLocale, unreviewed = false, languages = [language] } = page.locals.content ?? {};
  return { language, unreviewed, languages };
};

/** The language of the page's main content. */
export const contentLanguageOf = (page: Rendering): Locale => contentOf(page).language;

/**
 * The language of what the page says, when it differs from the language of its address: a page under
 * another language's prefix whose content is not translated shows it in the default language, in that
 * language's frame, with a notice. Undefined when the two agree.
 */
export function fallbackOf(page: Rendering): Locale | undefined {
  const shown = contentLanguageOf(page);
  return shown === languageOf(page.url.pathname) ? undefined : shown;
}

/**
 * The attributes of a part of a page written in `language` (an entry in a list, a title): its lang
 * and dir where they differ from the page's main content, and out of the search index when that part
 * is not in the address's language, so that search in one language never returns another's text.
 */
export function languageAttributes(page: Rendering, language: Locale) {
  return {
    ...(language === contentLanguageOf(page) ? {} : { lang: language.code, dir: language.dir }),
    ...(language === languageOf(page.url.pathname) ? {} : { 'data-pagefind-ignore': '' }),
  };
}

/**
 * The lang and dir attributes of interface words (a heading, a label) inside a part of a page in the
 * language `around` (the page's main content by default), where that differs from the address's
 * language: there they must say their own.
 */
export function interfaceLanguage(page: Rendering, around: Locale = contentLanguageOf(page)): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const { code, dir } = languageOf(page.url.pathname);
  return around.code === code ? {} : { lang: code, dir };
}

/** The address of the page at `pathname` in the default language: "/es/faq/" -> "/faq/". */
export const originalOf = (pathname: string): string => {
  const prefix = prefixOf(languageOf(pathname));
  return prefix ? pathname.slice(prefix.length) : pathname;
};

/** The address search engines are pointed to for the page: its own, or the original's where it shows the original's content. */
export const canonicalPathOf = (page: Rendering): string => (fallbackOf(page) ? originalOf(page.url.pathname) : page.url.pathname);

/** Words of the page's own that belong to its main content (a listing's title and lead), in the language of that content. */
export const contentText = (page: Rendering) => interfaceText(contentLanguageOf(page).code);

/** The interface text of the page at `pathname`, in its language. */
export const pageText = (pathname: string) => interfaceText(languageOf(pathname).code);
