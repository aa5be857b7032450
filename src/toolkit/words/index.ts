import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import type { DocumentWords } from './types';

export type { DocumentWords } from './types';

/** The languages documents can be written in, by their BCP 47 tag. */
export const DOCUMENT_LANGUAGES = { en, es, ar } as const satisfies Record<string, DocumentWords>;
export type DocumentLanguage = keyof typeof DOCUMENT_LANGUAGES;

export const isDocumentLanguage = (lang: string): lang is DocumentLanguage => Object.hasOwn(DOCUMENT_LANGUAGES, lang);

/** Whether documents can be written in `lang`, or in its base language. */
export const hasDocumentWords = (lang: string): boolean => isDocumentLanguage(lang.split('-')[0]!.toLowerCase());

/**
 * The words of documents in `lang`: its own, or its base language's ("es-MX" writes Spanish). Settings and
 * programs are checked against DOCUMENT_LANGUAGES where they are read; here an unknown one is a bug.
 */
export function wordsFor(lang: string): DocumentWords {
  const base = lang.split('-')[0]!.toLowerCase();
  if (isDocumentLanguage(base)) return DOCUMENT_LANGUAGES[base];
  throw new Error(`Documents cannot be written in "${lang}" yet: the toolkit has words for ${Object.keys(DOCUMENT_LANGUAGES).join(', ')}`);
}
