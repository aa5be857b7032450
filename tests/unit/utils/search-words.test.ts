import { describe, expect, it } from 'vitest';
import { isHighlightWord, searchTerms } from '../../../src/utils/search-words';

describe('words marked on a page opened from search', () => {
  it('keeps the words a reader searched for and drops short and common ones', () => {
    const query = 'How do I find a mentor at work for my career';
    expect(query.split(' ').filter((word) => isHighlightWord(word))).toEqual(['find', 'mentor', 'work', 'career']);
  });

  it('counts letters, not code units, and ignores case and punctuation around a word', () => {
    expect(isHighlightWord('Ωμέ')).toBe(true);
    expect(isHighlightWord('THE')).toBe(false);
    expect(isHighlightWord('What?')).toBe(false);
    expect(isHighlightWord('😀😀')).toBe(false);
  });
});

describe('the words Pagefind is asked for', () => {
  it('drops the function words, so a page need not contain "of" or "a" to match', () => {
    expect(searchTerms('qualities of a good mentee')).toBe('qualities good mentee');
    expect(searchTerms('  How do I find a mentor?  ')).toBe('find mentor?');
  });

  it('keeps the words that change what is asked', () => {
    expect(searchTerms('what should I not ask my mentor')).toBe('not ask mentor');
    expect(searchTerms('can I have more than one mentor')).toBe('have more than one mentor');
  });

  it('reads short forms with either apostrophe, keeps acronyms in capitals and exact phrases in quotes', () => {
    expect(searchTerms('what’s a sponsor')).toBe('sponsor');
    expect(searchTerms("What's a sponsor")).toBe('sponsor');
    expect(searchTerms('mentoring for women in IT')).toBe('mentoring women IT');
    expect(searchTerms('"what is mentoring"')).toBe('"what is mentoring"');
  });

  it('keeps a query of function words only as typed, so it still finds something', () => {
    expect(searchTerms('What is it')).toBe('What is it');
  });
});

describe('the words that matter in Spanish and Arabic', () => {
  it("leaves out each language's function words, and keeps those that change a question", () => {
    expect(searchTerms('¿Cómo encontrar un mentor?', 'es')).toBe('encontrar mentor?');
    expect(searchTerms('qué no debo pedirle a mi mentor', 'es')).toBe('no pedirle mentor');
    expect(searchTerms('هل يمكن أن يكون مديري مرشدي', 'ar')).toBe('يمكن يكون مديري مرشدي');
    expect(searchTerms('ما لا ينبغي أن أطلبه', 'ar')).toBe('لا ينبغي أطلبه');
    // English function words mean something else, or nothing, in another language.
    expect(searchTerms('a la de', 'en')).toBe('la de');
  });

  it('marks on a page only the words that help a reader find their place, in its language', () => {
    expect('cuánto cuesta la mentoría'.split(' ').filter((word) => isHighlightWord(word, 'es'))).toEqual(['cuesta', 'mentoría']);
    expect('كم يكلف الإرشاد'.split(' ').filter((word) => isHighlightWord(word, 'ar'))).toEqual(['يكلف', 'الإرشاد']);
    expect(isHighlightWord('más', 'es-MX')).toBe(false);
  });
});
