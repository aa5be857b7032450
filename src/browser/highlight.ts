// Marks the searched words on a page opened from a search result (?highlight=…). Loaded by site.ts
// only on such pages, so that every other page goes without it.

import { isHighlightWord } from '../utils/search-words';
import { HIGHLIGHT_PARAM } from '../utils/search';

interface PagefindHighlightClass {
  new (options: object): { getHighlightParams(): string[] };
}

const words = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).filter((word) => isHighlightWord(word, document.documentElement.lang));

function highlight(): void {
  const { PagefindHighlight } = window as unknown as { PagefindHighlight: PagefindHighlightClass };
  // Only the words worth marking, and each as a whole word: "a" must not light up inside every word.
  new (class extends PagefindHighlight {
    override getHighlightParams() {
      return words;
    }
  })({
    markContext: '[data-pagefind-body]',
    // addStyles would inject a <style> element, which the Content-Security-Policy forbids; site CSS styles the marks.
    addStyles: false,
    markOptions: {
      className: 'pagefind-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
      accuracy: { value: 'exactly', limiters: [...'.,;:!?\'"()[]“”‘’«»/—–-'] },
    },
  });
}

// Pagefind writes its highlighter next to its index when the site is built.
const highlighter = '/pagefind/pagefind-highlight.js';
if (words.length > 0) void import(/* @vite-ignore */ highlighter).then(highlight);
