/** `items` cut wherever `keyOf` changes, in order: each run with its key and the position of its first item. */
export function runsOf<T, K>(items: readonly T[], keyOf: (item: T) => K): { key: K; items: T[]; offset: number }[] {
  const runs: { key: K; items: T[]; offset: number }[] = [];
  items.forEach((item, offset) => {
    const key = keyOf(item);
    const last = runs.at(-1);
    if (last && Object.is(last.key, key)) last.items.push(item);
    else runs.push({ key, items: [item], offset });
  });
  return runs;
}
