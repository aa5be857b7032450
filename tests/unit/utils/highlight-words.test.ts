import { describe, expect, it } from 'vitest';
import { isHighlightWord } from '../../../src/utils/highlight-words';

describe('words marked on a page opened from search', () => {
  it('keeps the words a reader searched for and drops short and common ones', () => {
    const query = 'How do I find a mentor at work for my career';
    expect(query.split(' ').filter(isHighlightWord)).toEqual(['find', 'mentor', 'work', 'career']);
  });

  it('counts letters, not code units, and ignores case', () => {
    expect(isHighlightWord('Ωμέ')).toBe(true);
    expect(isHighlightWord('THE')).toBe(false);
    expect(isHighlightWord('😀😀')).toBe(false);
  });
});
