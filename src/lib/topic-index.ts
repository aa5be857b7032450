/** A topic of the site for the A–Z index: what it is called, where it is, and what kind of thing it is. */
export interface Topic {
  label: string;
  href: string;
  kind: string;
}

/** Topics grouped under their initial letter (accents folded, "The" kept), groups and topics in alphabetical order. */
export function alphabetize(topics: Topic[], lang: string): { letter: string; topics: Topic[] }[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const initial = (label: string) => {
    const first = label.normalize('NFD').replace(/\p{M}/gu, '').trim().charAt(0).toLocaleUpperCase(lang);
    return /\p{L}/u.test(first) ? first : '#';
  };
  const groups = new Map<string, Topic[]>();
  for (const topic of [...topics].sort((a, b) => collator.compare(a.label, b.label))) {
    const letter = initial(topic.label);
    groups.set(letter, [...(groups.get(letter) ?? []), topic]);
  }
  return [...groups].map(([letter, list]) => ({ letter, topics: list })).sort((a, b) => collator.compare(a.letter, b.letter));
}
