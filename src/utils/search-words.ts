// Which words of a query matter, in the language of the page searched from. Pagefind returns only pages holding every searched word, so "qualities
// of a good mentee" would miss a page that never says "of"; and a page opened from a result should not
// light up every "the". Two lists, because the words dropped from a query must carry no meaning at all
// ("not" changes a question, "more" and "get out" are what a question is about), while the words left
// unmarked on a page only have to be too common to help a reader find their place.

/**
 * Articles, pronouns, prepositions, question words and auxiliaries, short forms included, by language:
 * never what a question is about.
 */
const FUNCTION_WORDS: Record<string, Set<string>> = {
  en: new Set(
    "a an the i me my mine we us our you your it its he she his her they them their is are am was were be been being do does did to of in on at by for with from into about as or and so if can could would should will how what when where who whom which why this that these those there what's it's i'm i've you're we're that's there's how's who's".split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las un una unos unas lo al del de en a por para con sobre entre y e o u que qué como cómo cuál cuáles cuándo dónde quién quiénes cuánto cuánta mi mis tu tus su sus nuestro nuestra yo tú usted ustedes él ella ellos ellas nos me te se le les es son soy está están estoy ser estar fue era hay puedo puede podemos pueden debo debe debería este esta estos estas ese esa esos esas'.split(
      ' ',
    ),
  ),
  ar: new Set('في من إلى الى على عن مع هل ما ماذا كيف كم متى أين لماذا هو هي هم أنا أنت نحن هذا هذه ذلك تلك الذي التي أن إن أو ثم قد'.split(' ')),
};

/** Words that carry some meaning in a question but are too common to mark on a page, by language. */
const COMMON_WORDS: Record<string, Set<string>> = {
  en: new Set('not but then than any all some get got out off over very just also more most much many may might must shall have has had'.split(' ')),
  es: new Set('no pero más muy todo todos también tener tiene tengo'.split(' ')),
  ar: new Set('لا لم لن كل أكثر'.split(' ')),
};

/** The word lists of `lang` (a BCP 47 tag): its language's, or none for a language without any. */
const listsOf = (lang: string) => {
  const language = lang.split('-')[0]!.toLowerCase();
  return { functionWords: FUNCTION_WORDS[language] ?? new Set<string>(), commonWords: COMMON_WORDS[language] ?? new Set<string>() };
};

// Phone keyboards type a curly apostrophe: "what’s" is "what's".
const bare = (word: string): string =>
  word
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');

// A word in capitals is a name or an acronym ("IT", "US", "WHO"), whatever the lower-case word means.
const isAcronym = (word: string): boolean => [...word].length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

/** Whether a searched word is worth marking on the page, in `lang`, that a reader opens from a result. */
export const isHighlightWord = (word: string, lang = 'en'): boolean => {
  const key = bare(word);
  const { functionWords, commonWords } = listsOf(lang);
  return [...key].length > 2 && !functionWords.has(key) && !commonWords.has(key);
};

/**
 * The query Pagefind is asked, in `lang`: what the reader typed without its function words, or as typed
 * when nothing else is left ("what is it") or when it is an exact phrase in quotes.
 */
export function searchTerms(query: string, lang = 'en'): string {
  if (/^\s*["“].+["”]\s*$/.test(query)) return query;
  const { functionWords } = listsOf(lang);
  const words = query.trim().split(/\s+/);
  const meaningful = words.filter((word) => isAcronym(word) || !functionWords.has(bare(word)));
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}
