import { expect, it } from 'vitest';
import { letterSlug } from '../../../src/routes';
import { alphabetize, isPaged, letterPages, ONE_PAGE_TOPICS } from '../../../src/utils/topic-index';

const topic = (label: string) => ({ label, href: '/', kind: 'Guide', lang: 'en' });

it('groups topics by their initial letter, accents folded, in collation order', () => {
  const groups = alphabetize(['Zachary', 'écoute', 'Advocacy', 'apprenticeship', 'Éthique', '2 mentors', 'Ängste'].map(topic), 'en');
  expect(groups.map((g) => g.letter)).toEqual(['#', 'A', 'E', 'Z']);
  expect(groups.find((g) => g.letter === 'A')!.topics.map((t) => t.label)).toEqual(['Advocacy', 'Ängste', 'apprenticeship']);
  expect(groups.find((g) => g.letter === 'E')!.topics.map((t) => t.label)).toEqual(['écoute', 'Éthique']);
});

it('keeps a small index on one page and gives a large one a page per letter', () => {
  const groupsOf = (count: number) => alphabetize(Array.from({ length: count }, (_, i) => topic(`Topic ${i}`)), 'en');
  expect(isPaged(groupsOf(ONE_PAGE_TOPICS))).toBe(false);
  expect(isPaged(groupsOf(ONE_PAGE_TOPICS + 1))).toBe(true);
});

it('names letter pages by the letter in lower case, and "other" for numbers and symbols', () => {
  expect(['A', 'Ø', 'Ж', '#'].map(letterSlug)).toEqual(['a', 'ø', 'ж', 'other']);
});

it('splits a letter with more topics than fit on a page over several pages, none over the limit, none lost', () => {
  const groups = alphabetize(Array.from({ length: ONE_PAGE_TOPICS * 2 + 5 }, (_, i) => topic(`Mentoring ${i}`)).concat(topic('Advocacy')), 'en');
  const pages = letterPages(groups);
  expect(pages.map((page) => page.href)).toEqual(['/topics/a/', '/topics/m/', '/topics/m/2/', '/topics/m/3/']);
  expect(Math.max(...pages.map((page) => page.group.topics.length))).toBe(ONE_PAGE_TOPICS);
  expect(pages.flatMap((page) => page.group.topics)).toEqual(groups.flatMap((group) => group.topics));
  expect(pages.at(-1)).toMatchObject({ page: 3, pages: 3 });
});

it('files a topic under one letter even when its first character is a ligature, a compatibility form, "ß" or beyond the BMP', () => {
  const groups = alphabetize(['ﬁnding a mentor', 'Feedback', 'ϴ-test', 'Θεωρία', 'ßtraße', 'Sponsorship', '𝐀lgebra', '𠀀 character'].map(topic), 'en');
  expect(groups.map((g) => g.letter)).toEqual(['A', 'F', 'S', 'Θ', '𠀀']);
  expect(groups.find((g) => g.letter === 'F')!.topics).toHaveLength(2);
  expect(groups.find((g) => g.letter === 'S')!.topics).toHaveLength(2);
  expect(groups.find((g) => g.letter === 'Θ')!.topics).toHaveLength(2);
});

it("files a question by its first letter, past an opening '¿' or quotation mark, and an Arabic topic under its bare letter", () => {
  const spanish = alphabetize(['¿Cómo encontrar un mentor?', 'Confidencialidad', '«Mentoría inversa»', '2 reuniones'].map(topic), 'es');
  expect(spanish.map((g) => [g.letter, g.topics.map((t) => t.label)])).toEqual([
    ['#', ['2 reuniones']],
    ['C', ['¿Cómo encontrar un mentor?', 'Confidencialidad']],
    ['M', ['«Mentoría inversa»']],
  ]);
  expect(alphabetize(['أين تبحث', 'الإرشاد العكسي'].map(topic), 'ar').map((g) => g.letter)).toEqual(['ا']);
});
