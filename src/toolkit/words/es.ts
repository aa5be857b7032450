import { kitEs } from './kit-es';
import type { DocumentWords } from './types';

const minutes = (count: number) => `${count} ${count === 1 ? 'minuto' : 'minutos'}`;

export const es: DocumentWords = {
  lang: 'es',
  direction: 'ltr',
  reviewed: false,
  phases: { start: 'Para empezar', ongoing: 'En cada reunión', midpoint: 'A mitad del programa', closing: 'Cierre' },
  audiences: { mentor: 'Mentor o mentora', mentee: 'Persona mentorizada', both: 'Mentor o mentora y persona mentorizada', coordinator: 'Coordinación del programa' },
  minutes,
  onlyFor: { mentor: 'solo para mentores', mentee: 'solo para personas mentorizadas' },
  whoFillsItIn: 'Quién lo rellena',
  when: 'Cuándo',
  timeNeeded: 'Tiempo necesario',
  signature: 'Firma',
  date: 'Fecha',
  dateToWrite: 'Fecha (AAAA-MM-DD)',
  dateBox: (label) => `${label} (fecha, p. ej., 2026-03-31)`,
  signatureBox: (label) => `${label}: firma (escriba su nombre)`,
  signedOnBox: (label) => `${label}: fecha de la firma`,
  tableCell: (table, row, column) => `${table}, fila ${row}: ${column}`,
  folio: (title, page, pages) => `${title} · ${page} de ${pages}`,
  page: 'página',
  mentoring: 'mentoría',
  formats: { pdf: (paper) => `PDF, ${paper}`, word: 'Word', markdown: 'Markdown' },
  templatesReadme: {
    title: 'Plantillas de mentoría',
    intro: 'Una carpeta para cada parte del programa; las carpetas están numeradas en el orden en que se usan.',
    forWhom: (audience, count) => `Para: ${audience.toLowerCase()}; unos ${minutes(count)}.`,
    formats: 'Formatos',
    formatsIntro: 'Cada plantilla viene en todos los formatos. Los PDF son formularios: rellénelos en pantalla, o imprímalos y escriba a mano.',
  },
  kit: kitEs,
};
