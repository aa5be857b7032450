/** Markdown reduced to its words: links keep their text, emphasis, list and heading marks go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/^\s{0,3}(?:[-+>]|\d+\.|#{1,6})\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * As many whole sentences of `text` as fit in `max` characters, for a meta description. When they come
 * to fewer than `min` characters (a short first sentence, a long second one), the text is cut at a word
 * instead and ends with "…".
 */
export function fitSentences(text: string, max = 160, min = 50): string {
  const sentences = text.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g)?.map((sentence) => sentence.trim()) ?? [];
  let fitted = '';
  for (const sentence of sentences) {
    const next = fitted ? `${fitted} ${sentence}` : sentence;
    if (next.length > max) break;
    fitted = next;
  }
  if (fitted.length >= min || fitted.length === text.length) return fitted;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * The short answer rendered Markdown opens with: its first paragraph's HTML (links and emphasis kept),
 * or undefined when it opens with something else, such as a list or a heading.
 */
export function openingParagraph(html: string): string | undefined {
  // A paragraph cannot hold another, so its end is the first closing tag.
  return /^\s*<p>([\s\S]*?)<\/p>/.exec(html)?.[1];
}
