import type { Direction } from '../render/bidi';
import type { Audience, Phase } from '../template';
import type { KitWords } from './kit-types';

/**
 * The words a document adds to a template's own text, in one language: what its headings, its boxes and its
 * page furniture say. The template's text itself comes translated from its definition (a translation file);
 * these are the rest. Functions where a number or a name goes inside a sentence, so that each language puts
 * it where its grammar wants.
 */
export interface DocumentWords {
  /** BCP 47 tag of the language. */
  lang: string;
  direction: Direction;
  /** Whether a native speaker has reviewed these words (see README, "Translations"). */
  reviewed: boolean;
  phases: Record<Phase, string>;
  audiences: Record<Audience, string>;
  /** "5 minutes", "1 minute". */
  minutes: (count: number) => string;
  /** After the label of a question for one side only: "mentors only". */
  onlyFor: Record<'mentor' | 'mentee', string>;
  whoFillsItIn: string;
  when: string;
  timeNeeded: string;
  /** Under a signature's two boxes. */
  signature: string;
  date: string;
  /** Before a date to write by hand: "Date (YYYY-MM-DD)". */
  dateToWrite: string;
  /** A date box's accessible name. */
  dateBox: (label: string) => string;
  signatureBox: (label: string) => string;
  signedOnBox: (label: string) => string;
  /** A table cell's accessible name: the table's, its row and its column. */
  tableCell: (table: string, row: number, column: string) => string;
  /** The footer's folio: "Mentoring agreement · 1 of 3". */
  folio: (title: string, page: number, pages: number) => string;
  /** Before the page number in a Word file's footer. */
  page: string;
  /** The documents' keyword, in their metadata. */
  mentoring: string;
  /** Names of the formats, as links and the README list them. */
  formats: { pdf: (paper: string) => string; word: string; markdown: string };
  /** The README of the set of templates. */
  templatesReadme: {
    title: string;
    intro: string;
    /** One template's line: who it is for and how long it takes. */
    forWhom: (audience: string, minutes: number) => string;
    formats: string;
    formatsIntro: string;
  };
  /** The words of a program's kit. */
  kit: KitWords;
}
