// Words too common to be what a reader searched for ("how do I find a mentor" is about "find" and
// "mentor"). Words of one or two letters are never highlighted, so they need no entry here.
const STOP_WORDS = new Set(
  'the and for are but not you your can could should would will how what when where which who whom why does did have has had this that these those with from into about than then them they their there its our was were been being any all some get got out off over very just also more most much many may might must shall'.split(' '),
);

/** Whether a searched word is worth marking on the page a reader opens from a result. */
export const isHighlightWord = (word: string): boolean => [...word].length > 2 && !STOP_WORDS.has(word.toLowerCase());
