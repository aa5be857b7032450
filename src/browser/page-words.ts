/**
 * The words a page gives its script with an element (`data-words`, by dictionary key), as a function that
 * says one with its {name} places filled; a key the page did not give is said as it is.
 */
export function pageWords(element: HTMLElement): (key: string, values?: Record<string, string | number>) => string {
  const words = JSON.parse(element.dataset.words ?? '{}') as Record<string, string>;
  return (key, values = {}) => (words[key] ?? key).replace(/\{(\w+)\}/g, (place, name: string) => String(values[name] ?? place));
}
