import { letterHref, letterPageParam } from '../routes';

/** A topic of the site for the A–Z index: what it is called, where it is, and what kind of thing it is. */
export interface Topic {
  label: string;
  href: string;
  /** What kind of thing it is, in the words of the index's language. */
  kind: string;
  /** The language of its label (a BCP 47 tag). */
  lang: string;
}

/** The topics under one initial letter. */
export interface TopicGroup {
  letter: string;
  topics: Topic[];
}

/**
 * Topics grouped under their initial letter (accents folded, "The" kept, an opening "¿" or quotation mark
 * passed over), groups and topics in alphabetical order.
 */
export function alphabetize(topics: Topic[], lang: string): TopicGroup[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  // A question in Spanish opens with "¿", a title may open with a quotation mark: both are passed over.
  const bare = (label: string) => label.replace(/^[\p{P}\p{S}\s]+/u, '');
  // Whole code points, compatibility forms folded (the ligature "ﬁ" files under F, "ϴ" under Θ), and
  // one letter of an upper case that has two ("ß" is "SS": it files under S).
  const firstOf = (text: string) => [...text][0] ?? '';
  const initial = (label: string) => {
    const first = firstOf(firstOf(bare(label.normalize('NFKD').replace(/\p{M}/gu, ''))).toLocaleUpperCase(lang));
    return /\p{L}/u.test(first) ? first : '#';
  };
  const groups = new Map<string, Topic[]>();
  for (const topic of [...topics].sort((a, b) => collator.compare(bare(a.label), bare(b.label)))) {
    const letter = initial(topic.label);
    const group = groups.get(letter);
    if (group) group.push(topic);
    else groups.set(letter, [topic]);
  }
  return [...groups].map(([letter, list]) => ({ letter, topics: list })).sort((a, b) => collator.compare(a.letter, b.letter));
}

/** Topics on one page: the search page lists the whole index up to this; beyond, each letter gets pages of this many. */
export const ONE_PAGE_TOPICS = 400;

/** Whether the index is too large for one page and is split into letter pages. */
export const isPaged = (groups: TopicGroup[]): boolean => groups.reduce((sum, group) => sum + group.topics.length, 0) > ONE_PAGE_TOPICS;

/** The letter pages of a split index, each with at most ONE_PAGE_TOPICS topics, so that none grows with the site. */
export function letterPages(groups: TopicGroup[]): { href: string; param: string; group: TopicGroup; page: number; pages: number }[] {
  return groups.flatMap(({ letter, topics }) => {
    const pages = Math.ceil(topics.length / ONE_PAGE_TOPICS);
    return Array.from({ length: pages }, (_, i) => ({
      href: letterHref(letter, i + 1),
      param: letterPageParam(letter, i + 1),
      group: { letter, topics: topics.slice(i * ONE_PAGE_TOPICS, (i + 1) * ONE_PAGE_TOPICS) },
      page: i + 1,
      pages,
    }));
  });
}
