import { describe, expect, it } from 'vitest';
import { fitSentences, openingParagraph, plainText } from '../../../src/utils/summary';

describe('a description made from an answer', () => {
  it('reads Markdown as words: link text kept, marks dropped', () => {
    expect(plainText('1. **Check for a program.** See [how to join](/join/).\n- _Then_ ask.')).toBe('Check for a program. See how to join. Then ask.');
  });

  it('keeps whole sentences within the limit', () => {
    const text = 'Mentoring usually costs nothing. Programs inside organizations are free to join. Paid mentoring exists too, but it is rarer and often closer to coaching.';
    expect(fitSentences(text, 90)).toBe('Mentoring usually costs nothing. Programs inside organizations are free to join.');
  });

  it('cuts at a word, never mid-word, when whole sentences would be too short or too long', () => {
    const text = `Yes, it can. ${'Mentoring works across many kinds of distance and difference '.repeat(4)}.`;
    const cut = fitSentences(text, 100, 50);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.length).toBeGreaterThanOrEqual(50);
    expect(cut).toMatch(/ [a-z]+…$/);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('finds the short answer rendered Markdown opens with, markup kept', () => {
    expect(openingParagraph('<p>Usually <em>nothing</em>. See <a href="/join/">how to join</a>.</p>\n<ol><li>Ask.</li></ol>')).toBe('Usually <em>nothing</em>. See <a href="/join/">how to join</a>.');
    expect(openingParagraph('<ol><li>Ask.</li></ol><p>Then wait.</p>')).toBeUndefined();
    expect(openingParagraph('<h2 id="a">Short</h2><p>Then.</p>')).toBeUndefined();
  });
});
