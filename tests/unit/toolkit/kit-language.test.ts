import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildKit } from '../../../src/toolkit/kit';
import { readKitTemplates } from '../../../src/toolkit/node';
import { programSchema } from '../../../src/toolkit/program';
import { readPdfWith } from '../../helpers/pdf-tools';
import { fonts } from '../../helpers/templates';

const example = JSON.parse(readFileSync('examples/program.json', 'utf8'));

/** The kit of the example program in `language`, as the CLI makes it: the site's translated templates. */
async function kitIn(language: 'es' | 'ar') {
  const program = programSchema.parse({ ...example, language });
  const zip = await buildKit({ program, templates: readKitTemplates('src/content/templates', { language }), fonts, color: '#1d4ed8', siteUrl: 'https://mentoring.example.org' });
  const files = unzipSync(zip);
  const text = (suffix: string) => strFromU8(Object.entries(files).find(([name]) => name.endsWith(suffix))![1]);
  const pdf = (suffix: string) => readPdfWith('pdftotext', ['-enc', 'UTF-8'], Object.entries(files).find(([name]) => name.endsWith(suffix))![1]).replace(/[\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
  const events = new ICAL.Component(ICAL.parse(text('calendar.ics'))).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
  const log = parseCsv(text('meeting-log.csv'), { bom: true }) as string[][];
  return { files, text, pdf, events, log };
}

/**
 * Letters and digits only, in their order: poppler puts punctuation beside digits and Latin text on the
 * side its glyph is drawn on, which in a right-to-left line is not always the side it belongs to.
 */
const letters = (text: string) => text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

/** Words of the English kit that a kit in another language must not carry. */
const ENGLISH = /What is in the kit|Schedule|First meeting|Regular meeting|session \d+ of|Meetings start|Who fills it in|Mentee reflection|minutes/;

describe('a kit in Spanish', () => {
  it('writes its README, agendas, agreement, calendar and log in Spanish, with Spanish dates', async () => {
    const kit = await kitIn('es');
    const readme = kit.text('README.md');
    expect(readme).toContain('## Qué contiene el kit');
    expect(readme).toContain('12 sesiones de 60 minutos, todos los lunes, del lunes, 2 de marzo de 2026 al lunes, 18 de mayo de 2026.');
    expect(readme).not.toMatch(ENGLISH);
    expect(kit.events[0]!.summary).toBe('Spring 2026 mentoring circle: Primera reunión (1 de 12)');
    expect(kit.events[0]!.description).toContain('sesión 1 de 12: lunes, 2 de marzo de 2026, de 17:30 a 18:30 (Europe/Rome)');
    expect(kit.log[0]).toEqual(['Sesión', 'Fecha', 'Inicio', 'Fin', 'Zona horaria', 'Tipo de reunión', 'Programa', 'Objetivos', 'Temas', 'Decisiones', 'Acciones', 'Reflexión de la persona mentorizada', 'Reflexión del mentor o la mentora']);
    const agenda = kit.pdf('01-2026-03-02-first-meeting.pdf');
    expect(agenda).toContain('Primera reunión: lunes, 2 de marzo de 2026');
    expect(agenda).toContain('Enfoque del programa');
    expect(agenda).not.toMatch(ENGLISH);
    expect(kit.pdf('mentoring-agreement.pdf')).toContain('Todos los lunes, 60 minutos, desde el lunes, 2 de marzo de 2026');
  }, 60_000);
});

describe('a kit in Arabic', () => {
  it('writes its documents in Arabic, right to left, which readers extract in reading order', async () => {
    const kit = await kitIn('ar');
    const readme = kit.text('README.md');
    expect(readme).toContain('## محتويات الحقيبة');
    expect(readme).toContain('جداول أعمال اللقاءات من 2 إلى 5 ومن 7 إلى 11');
    expect(readme).toContain('12 لقاءً، مدة كل لقاء 60 دقيقة، كل يوم اثنين، من الاثنين، 2 مارس 2026');
    expect(readme).not.toMatch(ENGLISH);
    expect(kit.events.map((event) => event.summary).slice(0, 2)).toEqual(['Spring 2026 mentoring circle: اللقاء الأول (1 من 12)', 'Spring 2026 mentoring circle: لقاء دوري (2 من 12)']);
    expect(kit.log[0]![0]).toBe('اللقاء');
    const agenda = kit.pdf('01-2026-03-02-first-meeting.pdf');
    expect(letters(agenda)).toContain(letters('اللقاء الأول: الاثنين، 2 مارس 2026'));
    expect(letters(agenda)).toContain(letters('اللقاء 1 من 12: الاثنين، 2 مارس 2026، من 17:30 إلى 18:30'));
    expect(agenda).toContain('محاور البرنامج');
    expect(agenda).not.toMatch(ENGLISH);
    const [, bytes] = Object.entries(kit.files).find(([name]) => name.endsWith('mentoring-agreement.pdf'))!;
    expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/Lang \(ar\)/);
  }, 60_000);
});

describe('a program description', () => {
  it('names its kit\'s language, and is refused where it changes the words for people in a language other than English', () => {
    expect(programSchema.parse({ ...example, language: 'ar' }).language).toBe('ar');
    const refused = programSchema.safeParse({ ...example, language: 'es', terms: { mentee: 'aprendiz' } });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['terms', expect.stringMatching(/only be changed in a kit in English/)]]);
    expect(programSchema.safeParse({ ...example, language: 'fr' }).error?.issues[0]?.message).toBe('expected one of: en, es, ar');
  });
});
