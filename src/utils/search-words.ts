// Which words of a query matter. Pagefind returns only pages holding every searched word, so "qualities
// of a good mentee" would miss a page that never says "of"; and a page opened from a result should not
// light up every "the". Two lists, because the words dropped from a query must carry no meaning at all
// ("not" changes a question, "more" and "get out" are what a question is about), while the words left
// unmarked on a page only have to be too common to help a reader find their place.

/** Articles, pronouns, prepositions and auxiliaries, short forms included: never what a question is about. */
const FUNCTION_WORDS = new Set(
  "a an the i me my mine we us our you your it its he she his her they them their is are am was were be been being do does did to of in on at by for with from into about as or and so if can could would should will how what when where who whom which why this that these those there what's it's i'm i've you're we're that's there's how's who's".split(
    ' ',
  ),
);

/** Words that carry some meaning in a question but are too common to mark on a page. */
const COMMON_WORDS = new Set('not but then than any all some get got out off over very just also more most much many may might must shall have has had'.split(' '));

// Phone keyboards type a curly apostrophe: "what’s" is "what's".
const bare = (word: string): string =>
  word
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');

// A word in capitals is a name or an acronym ("IT", "US", "WHO"), whatever the lower-case word means.
const isAcronym = (word: string): boolean => [...word].length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

/** Whether a searched word is worth marking on the page a reader opens from a result. */
export const isHighlightWord = (word: string): boolean => {
  const key = bare(word);
  return [...key].length > 2 && !FUNCTION_WORDS.has(key) && !COMMON_WORDS.has(key);
};

/**
 * The query Pagefind is asked: what the reader typed without its function words, or as typed when
 * nothing else is left ("what is it") or when it is an exact phrase in quotes.
 */
export function searchTerms(query: string): string {
  if (/^\s*["“].+["”]\s*$/.test(query)) return query;
  const words = query.trim().split(/\s+/);
  const meaningful = words.filter((word) => isAcronym(word) || !FUNCTION_WORDS.has(bare(word)));
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}
