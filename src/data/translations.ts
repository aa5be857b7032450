import type { CollectionEntry } from 'astro:content';
import { translationsOf, type TranslatedCollection, type TranslationEntry } from '../collections/translations';
import { defaultLocale, type PageContent } from '../i18n/pages';
import type { Locale } from '../schemas/site';
import site from '../../site.config';

/** An entry as the readers of one language are shown it. */
export interface Shown<C extends TranslatedCollection> {
  /** The original's id, which names the entry in addresses in every language. */
  id: string;
  /** What to show: the translation into the language, or the original where there is none. */
  entry: CollectionEntry<C> | TranslationEntry<C>;
  /** The language of its text. */
  language: Locale;
  /** A translation no native speaker has checked yet. */
  unreviewed: boolean;
  /** The languages it is written in: the default one, then those it is translated into. */
  languages: Locale[];
}

const byId = new Map<TranslatedCollection, Promise<Map<string, TranslationEntry<TranslatedCollection>>>>();

/** The translation of `original` into `language`, if there is one. */
async function translationOf<C extends TranslatedCollection>(collection: C, original: CollectionEntry<C>, language: Locale): Promise<TranslationEntry<C> | undefined> {
  if (language === defaultLocale) return undefined;
  if (!byId.has(collection)) byId.set(collection, translationsOf(collection).then((entries) => new Map(entries.map((entry) => [entry.id, entry]))));
  // Ids are lowercase, folders included ("pt-br/what-is-mentoring").
  return (await byId.get(collection)!).get(`${language.code.toLowerCase()}/${original.id}`) as TranslationEntry<C> | undefined;
}

/** `original`, an entry of `collection`, as the readers of `language` are shown it. */
export async function shownIn<C extends TranslatedCollection>(collection: C, original: CollectionEntry<C>, language: Locale): Promise<Shown<C>> {
  const translations = await Promise.all(site.locales.map(async (locale) => [locale, await translationOf(collection, original, locale)] as const));
  const languages = [defaultLocale, ...translations.filter(([, translation]) => translation).map(([locale]) => locale)];
  const translation = translations.find(([locale]) => locale === language)?.[1];
  if (!translation) return { id: original.id, entry: original, language: defaultLocale, unreviewed: false, languages };
  return { id: original.id, entry: translation, language, unreviewed: (translation.data as { reviewed?: unknown }).reviewed === false, languages };
}

/** Each of `originals` as the readers of `language` are shown it, in the same order. */
export const allShownIn = <C extends TranslatedCollection>(collection: C, originals: readonly CollectionEntry<C>[], language: Locale) =>
  Promise.all(originals.map((original) => shownIn(collection, original, language)));

/**
 * What a page listing `shown` entries is written in: the reader's `language` once any of them is
 * translated into it (the others then say their own language), else the default language.
 */
export function listingContent(shown: readonly Shown<TranslatedCollection>[], language: Locale): PageContent {
  const languages = site.locales.filter((locale) => locale === defaultLocale || shown.some((entry) => entry.languages.includes(locale)));
  return {
    language: languages.includes(language) ? language : defaultLocale,
    unreviewed: shown.some((entry) => entry.language === language && entry.unreviewed),
    languages,
  };
}
