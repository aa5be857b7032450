import Slugger from 'github-slugger';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/**
 * Heading ids without combining marks (Arabic vowel signs, Hebrew points): "العثور-على-مرشد" for
 * "العثورُ على مرشدٍ". A reader types an anchor without them, and ids of letters and digits alone are
 * what HTML checkers accept. Runs before Astro's own heading ids, which keep an id already given and
 * take it for the page's table of contents.
 */
export const headingIdsWithoutMarks: HastPlugin = () => {
  const slugger = new Slugger();
  return {
    name: 'mentorkit-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, context) {
        if (typeof node.properties?.id === 'string') return;
        context.setProperty(node, 'id', slugger.slug(context.textContent(node).replace(/\p{M}/gu, '')));
      },
    },
  };
};
