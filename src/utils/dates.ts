/** A day as people read it in the site's language, e.g. "2 December 2026"; dates are calendar days, so UTC. */
export const longDate = (date: Date, lang: string): string => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);

/** The same day as `<time datetime>` wants it: YYYY-MM-DD. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
