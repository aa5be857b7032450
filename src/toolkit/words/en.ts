import { AUDIENCES, PHASES } from '../template';
import { kitEn } from './kit-en';
import type { DocumentWords } from './types';

const minutes = (count: number) => `${count} ${count === 1 ? 'minute' : 'minutes'}`;

export const en: DocumentWords = {
  lang: 'en',
  direction: 'ltr',
  reviewed: true,
  phases: PHASES,
  audiences: AUDIENCES,
  minutes,
  onlyFor: { mentor: 'mentors only', mentee: 'mentees only' },
  whoFillsItIn: 'Who fills it in',
  when: 'When',
  timeNeeded: 'Time needed',
  signature: 'Signature',
  date: 'Date',
  dateToWrite: 'Date (YYYY-MM-DD)',
  dateBox: (label) => `${label} (date, e.g. 2026-03-31)`,
  signatureBox: (label) => `${label}: signature (type your name)`,
  signedOnBox: (label) => `${label}: date signed`,
  tableCell: (table, row, column) => `${table}, row ${row}: ${column}`,
  folio: (title, page, pages) => `${title} · ${page} of ${pages}`,
  page: 'page',
  mentoring: 'mentoring',
  formats: { pdf: (paper) => `PDF, ${paper}`, word: 'Word', markdown: 'Markdown' },
  templatesReadme: {
    title: 'Mentoring templates',
    intro: 'One folder for each part of a program, numbered in the order a program uses them.',
    forWhom: (audience, count) => `For: ${audience.toLowerCase()}; about ${minutes(count)}.`,
    formats: 'Formats',
    formatsIntro: 'Each template comes in every format. The PDFs are forms: fill them in on screen, or print them and write by hand.',
  },
  kit: kitEn,
};
