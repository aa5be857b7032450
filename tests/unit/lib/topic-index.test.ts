import { expect, it } from 'vitest';
import { alphabetize } from '../../../src/lib/topic-index';

const topic = (label: string) => ({ label, href: '/', kind: 'Guide' });

it('groups topics by their initial letter, accents folded, in collation order', () => {
  const groups = alphabetize(['Zachary', 'écoute', 'Advocacy', 'apprenticeship', 'Éthique', '2 mentors', 'Ängste'].map(topic), 'en');
  expect(groups.map((g) => g.letter)).toEqual(['#', 'A', 'E', 'Z']);
  expect(groups.find((g) => g.letter === 'A')!.topics.map((t) => t.label)).toEqual(['Advocacy', 'Ängste', 'apprenticeship']);
  expect(groups.find((g) => g.letter === 'E')!.topics.map((t) => t.label)).toEqual(['écoute', 'Éthique']);
});
