// citation-js ships no type declarations; these cover the part Mentorkit uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { format: 'html' | 'text'; template: string; lang: string; asEntryArray: true }): [string, string][];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
