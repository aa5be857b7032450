// The interface's words in each language the site can be published in: one dictionary per language
// (en.ts gives the keys), chosen by a page's language. Pure: no Astro import.
import ar, { reviewed as arReviewed } from './ar';
import en, { reviewed as enReviewed } from './en';
import es, { reviewed as esReviewed } from './es';

export type UiKey = keyof typeof en;
/** A language's interface text: a text for every key of the English dictionary. */
export type Dictionary = Record<UiKey, string>;

/** The dictionaries shipped, by language subtag ("en"), or by whole tag where a region needs its own ("pt-BR"). */
const DICTIONARIES: Record<string, Dictionary> = { ar, en, es };
const REVIEWED: Record<string, boolean> = { ar: arReviewed, en: enReviewed, es: esReviewed };

/** Whether a native speaker has checked the interface text of `lang`. */
export const isReviewed = (lang: string): boolean => REVIEWED[lang] ?? REVIEWED[new Intl.Locale(lang).language] ?? false;

/** The dictionary of `lang`: its own if there is one ("pt-BR"), else its language's ("pt"). */
function dictionaryOf(lang: string): Dictionary | undefined {
  return DICTIONARIES[lang] ?? DICTIONARIES[new Intl.Locale(lang).language];
}

/** The {name} places of `text`, in order of name. */
const placesOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => `{${match[1]}}`).sort();

/**
 * What is wrong with `dictionary` as the interface text of `lang`, in words for the person adding the
 * language: each key it lacks, or leaves empty, and each text whose {name} places differ from the
 * English one's. Without a dictionary: where to add one.
 */
export function dictionaryProblems(lang: string, dictionary: Partial<Record<string, string>> | undefined = dictionaryOf(lang)): string[] {
  const file = `src/i18n/${new Intl.Locale(lang).language}.ts`;
  if (!dictionary) return [`there is no interface text for "${lang}": add ${file} (a copy of src/i18n/en.ts with every text translated) and list it in src/i18n/index.ts`];
  return (Object.keys(en) as UiKey[]).flatMap((key) => {
    const text = dictionary[key];
    if (!text?.trim()) return [`the interface text of "${lang}" lacks "${key}" (English: "${en[key]}"); add it to ${file}`];
    const [own, english] = [placesOf(text), placesOf(en[key])];
    if (own.join() !== english.join()) return [`the interface text of "${lang}" for "${key}" must hold ${english.join(' and ') || 'no {…} place'}, as the English "${en[key]}" does; correct it in ${file}`];
    return [];
  });
}

/** The function that gives each interface text of `lang`, with its {name} places filled from `values`. */
export function interfaceText(lang: string): (key: UiKey, values?: Record<string, string>) => string {
  const dictionary = dictionaryOf(lang);
  if (!dictionary) throw new Error(dictionaryProblems(lang)[0]);
  return (key, values = {}) => dictionary[key].replace(/\{(\w+)\}/g, (place, name: string) => values[name] ?? place);
}

/** `text` cut around its {name} place: the words before and after, for a place that holds markup (a link). */
export function around(text: string, name: string): [string, string] {
  const at = text.indexOf(`{${name}}`);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + name.length + 2)];
}
