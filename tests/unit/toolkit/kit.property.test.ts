import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { Temporal } from 'temporal-polyfill';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { load } from 'cheerio';
import { marked } from 'marked';
import { buildKit } from '../../../src/toolkit/kit';
import { SESSION_PHASES, planSessions } from '../../../src/toolkit/plan';
import { AUDIENCES } from '../../../src/toolkit/template';
import { FOCUS_AREAS, FORMATS, programSchema, type FocusArea, type Program } from '../../../src/toolkit/program';
import { renderCsv } from '../../../src/toolkit/render/csv';
import { renderIcs } from '../../../src/toolkit/render/ics';
import { readKitTemplates } from '../../../src/toolkit/node';
import { arbitraryCell, arbitraryName, arbitraryProgram } from '../../helpers/programs';
import { fonts } from '../../helpers/templates';

describe('any valid program (thousands of random ones)', () => {
  it('plans every meeting the cadence gives, spaced as it says, all inside the program, at the chosen local time', () => {
    fc.assert(
      fc.property(arbitraryProgram(), (program) => {
        const sessions = planSessions(program);
        const first = Temporal.PlainDate.from(program.start);
        const end = first.add({ weeks: program.weeks });
        const dates = sessions.map((s) => Temporal.PlainDate.from(s.date));
        expect(sessions[0]!.date).toBe(program.start);
        expect(dates.map(String)).toEqual(expectedDates(program));
        for (const [i, date] of dates.entries()) {
          expect(Temporal.PlainDate.compare(date, first)).toBeGreaterThanOrEqual(0);
          expect(Temporal.PlainDate.compare(date, end)).toBeLessThan(0);
          if (i === 0) continue;
          if (program.cadence === 'weekly' || program.cadence === 'biweekly') expect(dates[i - 1]!.until(date).days).toBe(program.cadence === 'weekly' ? 7 : 14);
          // Monthly: one meeting in every calendar month, none dropped.
          else expect(dates[i - 1]!.toPlainYearMonth().add({ months: 1 }).equals(date.toPlainYearMonth())).toBe(true);
        }
        for (const s of sessions) {
          expectAtAskedTime(s.startUtc, program.time, program.timeZone);
          expect(s.start.slice(0, 10)).toBe(s.date);
          expect(Temporal.Instant.from(s.endUtc).epochMilliseconds - Temporal.Instant.from(s.startUtc).epochMilliseconds).toBe(program.minutes * 60_000);
        }
        const phases = sessions.map((s) => s.phase);
        const n = sessions.length;
        expect(phases[0]).toBe('first');
        if (n > 1) expect(phases.at(-1)).toBe('closing');
        expect(phases.filter((p) => p === 'midpoint')).toEqual(n >= 3 ? ['midpoint'] : []);
        if (n >= 3) expect(phases.indexOf('midpoint')).toBe(Math.floor((n - 1) / 2));
        expect(phases.filter((p) => p === 'regular')).toHaveLength(Math.max(0, n - 2 - (n >= 3 ? 1 : 0)));
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  it('writes a calendar that ical.js reads back event for event, text intact', () => {
    fc.assert(
      fc.property(arbitraryProgram(), arbitraryName, (program, text) => {
        const sessions = planSessions(program);
        const ics = renderIcs({
          name: program.program,
          timeZone: program.timeZone,
          stamp: '2026-01-01T00:00:00.000Z',
          events: sessions.map((s) => ({ uid: `s${s.number}@x`, start: s.start, end: s.end, summary: `${program.program} ${s.number}`, description: `${text}\n${program.organization}`, location: program.location })),
        });
        const root = new ICAL.Component(ICAL.parse(ics));
        const events = root.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
        expect(events).toHaveLength(sessions.length);
        events.forEach((event, i) => {
          expect(event.summary).toBe(`${program.program} ${sessions[i]!.number}`);
          expect(event.description).toBe(`${text}\n${program.organization}`);
          expect(event.startDate.toString()).toBe(`${sessions[i]!.start}:00`);
        });
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('writes CSV that another parser reads back, formulas shown as text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(arbitraryCell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const csv = renderCsv(['a', 'b', 'c'], rows);
        expect(csv.startsWith('\uFEFF"a"')).toBe(true);
        const parsed: string[][] = parseCsv(csv, { relax_quotes: false, bom: true });
        expect(parsed).toHaveLength(rows.length + 1);
        expect(parsed[0]).toEqual(['a', 'b', 'c']);
        parsed.slice(1).forEach((row, r) =>
          row.forEach((cell, c) => {
            const original = rows[r]![c]!;
            expect(cell).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
          }),
        );
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});

/** Where a kit keeps its documents: in the folder of the phase they serve, numbered in program order. */
const PHASE_FOLDERS = { start: '1-getting-started', ongoing: '2-every-meeting', midpoint: '3-mid-point', closing: '4-closing' };
const AGREEMENT = '1-getting-started/mentoring-agreement.pdf';
const LOG = '2-every-meeting/meeting-log.csv';
const isAgenda = (path: string) => /^[1-4]-[a-z-]+\/\d{2}-\d{4}-\d{2}-\d{2}-[a-z-]+\.\w+$/.test(path);

describe('whole kits for random programs', () => {
  const templates = readKitTemplates('src/content/templates');
  const build = (program: Program) => buildKit({ program, templates, fonts, color: '#1d4ed8', siteUrl: 'https://mentoring.example.org' });
  /** A program's kit, opened, with the sessions it plans. */
  const open = async (program: Program) => {
    const zip = unzipSync(await build(program));
    return { zip, names: Object.keys(zip), sessions: planSessions(program) };
  };

  it('hold files that every reader opens: PDFs reload, Word XML parses, the calendar and the log read back', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryProgram(6), async (program) => {
        const { zip, names, sessions } = await open(program);
        // Each session's agenda in the folder of its kind of meeting, numbered and dated.
        const folders = { first: PHASE_FOLDERS.start, regular: PHASE_FOLDERS.ongoing, midpoint: PHASE_FOLDERS.midpoint, closing: PHASE_FOLDERS.closing };
        expect(names.filter((n) => isAgenda(n) && n.endsWith('.pdf')).sort()).toEqual(
          sessions.map((s) => `${folders[s.phase]}/${String(s.number).padStart(2, '0')}-${s.date}-${s.phase === 'midpoint' ? 'mid-point-review' : `${s.phase}-meeting`}.pdf`).sort(),
        );
        // The README says what each folder holds, in program order.
        const listed = [...strFromU8(zip['README.md']!).matchAll(/^- `(\d-[a-z-]+)\/`/gm)].map((m) => m[1]);
        expect(listed).toEqual([...new Set(names.filter((n) => n.includes('/')).map((n) => n.split('/')[0]!))].sort());
        for (const name of names.filter((n) => n.endsWith('.pdf'))) {
          const pdf = await getDocument({ data: zip[name]!.slice() }).promise;
          expect(pdf.numPages, name).toBeGreaterThan(0);
          const text = (await (await pdf.getPage(1)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
          expect(text.replace(/\s+/g, ' ')).toContain(program.organization.replace(/\s+/g, ' '));
        }
        for (const name of names.filter((n) => n.endsWith('.docx'))) {
          const document = unzipSync(zip[name]!)['word/document.xml']!;
          const errors: string[] = [];
          new DOMParser({ onError: (level, message) => level !== 'warning' && errors.push(message) }).parseFromString(strFromU8(document), 'text/xml');
          expect(errors, name).toEqual([]);
        }
        const events = new ICAL.Component(ICAL.parse(strFromU8(zip['calendar.ics']!))).getAllSubcomponents('vevent');
        expect(events).toHaveLength(sessions.length);
        // Excel on Windows reads the log as UTF-8 only with a byte-order mark.
        const logBytes = zip[LOG]!;
        expect([...logBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const log: string[][] = parseCsv(Buffer.from(logBytes), { bom: true });
        expect(log).toHaveLength(sessions.length + 1);
        expect(log.slice(1).map((row) => row[6])).toEqual(sessions.map(() => (/^[=+\-@]/.test(program.program) ? `'${program.program}` : program.program)));
      }),
      { numRuns: 12 },
    );
  }, 300_000);

  it('carry the program into every document: the agreement prefilled, names, terms, focus prompts, the chosen goal worksheet', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryProgram(12), async (program) => {
        const { zip, names, sessions } = await open(program);

        // The agreement's form fields, as pdf.js reads them.
        const agreement = await getDocument({ data: zip[AGREEMENT]!.slice() }).promise;
        const widgets = (await Promise.all(Array.from({ length: agreement.numPages }, async (_, i) => (await agreement.getPage(i + 1)).getAnnotations()))).flat();
        const fields = new Map(widgets.map((widget: { fieldName?: string; fieldValue?: string }) => [widget.fieldName, widget.fieldValue ?? '']));
        expect(fields.size).toBeGreaterThan(10);
        const value = (name: string) => fields.get(name) ?? '';
        expect(value('purpose')).toBe(`${program.program} (${program.organization})`);
        // Dates in English words, in the order of the program's locale ("29 January 2027" without one), as
        // Intl writes them in British or American English.
        const monthFirst = ['en', 'en-US', 'en-CA'].includes(program.locale ?? '');
        const inWords = (iso: string) => new Intl.DateTimeFormat(monthFirst ? 'en-US' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
        expect(value('frequency')).toMatch(new RegExp(`^Every (week|two weeks|month), on .+, ${program.minutes} minutes, from `));
        expect(value('frequency').endsWith(` ${inWords(program.start)}`), value('frequency')).toBe(true);
        expect(value('place')).toBe(program.location ? `${FORMATS[program.format]}: ${program.location}` : FORMATS[program.format]);
        expect(value('review-date')).toBe(sessions.length >= 3 ? inWords(sessions[Math.floor((sessions.length - 1) / 2)]!.date) : '');
        expect(value('end-date')).toBe(inWords(sessions.at(-1)!.date));
        // The paper of the locale's region (US Letter in the United States, Canada and Mexico), else of the time zone.
        const region = program.locale?.split('-')[1];
        const letter = region ? ['US', 'CA', 'MX'].includes(region) : program.timeZone.startsWith('America/');
        expect((await agreement.getPage(1)).view[2], program.locale).toBeCloseTo(letter ? 612 : 595.28, 1);
        const agreementText = await pdfText(agreement);
        for (const person of [program.mentor, program.mentee]) if (person) expect(agreementText).toContain(person.replace(/\s+/g, ''));

        // Every PDF names the organization as its author.
        for (const name of names.filter((n) => n.endsWith('.pdf'))) {
          const { info } = (await (await getDocument({ data: zip[name]!.slice() }).promise).getMetadata()) as { info: { Author: string } };
          expect(info.Author, name).toBe(program.organization);
        }

        // The agendas, read as text by a Markdown parser: the focus prompts chosen and no others, the program's own word for mentees.
        // Each agenda's items share the program's meeting length, which is its time needed.
        for (const name of names.filter((n) => isAgenda(n) && n.endsWith('.md'))) {
          const markdown = strFromU8(zip[name]!);
          expect(markdown, name).toMatch(new RegExp(`\\| ${program.minutes} minutes \\|$`, 'm'));
          const shares = [...markdown.matchAll(/^## .* \((\d+) minutes?\)$/gm)].map((m) => Number(m[1]));
          expect(shares.length, name).toBeGreaterThan(3);
          expect(shares.reduce((sum, n) => sum + n, 0), name).toBe(program.minutes);
        }
        const agendas = names.filter((n) => isAgenda(n) && n.endsWith('.md')).map((n) => markdownText(strFromU8(zip[n]!)));
        expect(agendas).toHaveLength(sessions.length);
        for (const [i, text] of agendas.entries()) {
          for (const [area, { prompts }] of Object.entries(FOCUS_AREAS)) {
            for (const prompt of prompts) expect(text.includes(prompt), `${area}: ${prompt}`).toBe(program.focus.includes(area as FocusArea));
          }
          const template = templates[SESSION_PHASES[sessions[i]!.phase].template];
          expect(text).toContain(applyTermsLike(AUDIENCES[template.audience], program));
          for (const section of template.sections) expect(text).toContain(applyTermsLike(section.guidance, program));
          if (program.terms?.mentee) expect(text).not.toMatch(/\bmentees?\b/i);
          if (program.terms?.mentor) expect(text).not.toMatch(/\bmentors?\b/i);
        }
        // The Word files say who fills them in with the same words.
        for (const name of names.filter((n) => n.endsWith('.docx'))) {
          const text = docxText(zip[name]!);
          if (program.terms?.mentee) expect(text, name).not.toMatch(/\bmentees?\b/i);
          if (program.terms?.mentor) expect(text, name).not.toMatch(/\bmentors?\b/i);
        }

        // The meeting log's columns use the program's word for mentees too.
        const header = (parseCsv(Buffer.from(zip[LOG]!), { bom: true }) as string[][])[0]!;
        expect(header).toEqual(expect.arrayContaining([`${applyTermsLike('Mentee', program)} reflection`, `${applyTermsLike('Mentor', program)} reflection`]));

        // The goal worksheet of the chosen framework, whole, and not the other one.
        const [chosen, other] = program.goals === 'smart' ? ['smart-goals', 'grow-conversation'] : ['grow-conversation', 'smart-goals'];
        expect(names.filter((n) => n.includes(`/${other}`))).toEqual([]);
        const folder = PHASE_FOLDERS[templates[chosen as 'smart-goals'].phase];
        expect(names.filter((n) => n.includes(`/${chosen}.`)).sort()).toEqual(['docx', 'md', 'pdf'].map((ext) => `${folder}/${chosen}.${ext}`));
        const worksheet = markdownText(strFromU8(zip[`${folder}/${chosen}.md`]!));
        for (const section of templates[chosen as 'smart-goals'].sections) expect(worksheet).toContain(applyTermsLike(section.title, program));
      }),
      { numRuns: 8 },
    );
  }, 300_000);

  it('breaks what people typed when it is too wide for a line, rather than refusing the kit', async () => {
    const program = programSchema.parse({
      ...JSON.parse(readFileSync('examples/program.json', 'utf8')),
      program: 'P'.repeat(120),
      organization: 'Ω'.repeat(120),
      format: 'virtual',
      location: `https://meet.example.org/${'x'.repeat(90)}`,
      weeks: 2,
    });
    const { zip } = await open(program);
    const pdf = await getDocument({ data: zip[AGREEMENT]!.slice() }).promise;
    const text = (await (await pdf.getPage(1)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
    expect(text).toContain('Ω'.repeat(120));
    expect(text.replace(/\s+/g, '')).toContain('P'.repeat(120));
  }, 60_000);

  it('is the same ZIP, byte for byte, for the same description, whatever the clock and its zone say', async () => {
    const [program] = fc.sample(arbitraryProgram(4), { numRuns: 1, seed: 42 });
    const zone = process.env.TZ;
    const kits: Uint8Array[] = [];
    const offsets: number[] = [];
    try {
      // Either side of Europe's autumn clock change, on machines in zones far apart.
      for (const [now, tz] of [['2026-10-25T00:30:00Z', 'Europe/Rome'], ['2026-10-25T01:30:00Z', 'Europe/Rome'], ['2031-01-01T12:00:00Z', 'Pacific/Kiritimati']] as const) {
        vi.useFakeTimers({ now: new Date(now), toFake: ['Date'] });
        process.env.TZ = tz;
        offsets.push(new Date().getTimezoneOffset());
        kits.push(await build(program!));
        vi.useRealTimers();
      }
    } finally {
      vi.useRealTimers();
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    // The machine's clock really read three different local times: summer time, winter time, UTC+14.
    expect(offsets).toEqual([-120, -60, -840]);
    for (const kit of kits.slice(1)) expect(Buffer.from(kit).equals(Buffer.from(kits[0]!))).toBe(true);
  }, 60_000);
});

/**
 * The meeting dates a cadence gives, worked out here with plain UTC dates (not Temporal, which the
 * planner uses): every 7 or 14 days from the start; monthly, the same weekday in the same week of each
 * month (the last such weekday for a start in the fifth week); or the same date each month (the month's
 * last day when it is shorter). All before start + weeks.
 */
function expectedDates(program: { start: string; weeks: number; cadence: string }): string[] {
  const day = 86_400_000;
  const start = Date.parse(`${program.start}T00:00:00Z`);
  const end = start + program.weeks * 7 * day;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  const dates: string[] = [];
  if (program.cadence === 'weekly' || program.cadence === 'biweekly') {
    for (let t = start; t < end; t += (program.cadence === 'weekly' ? 7 : 14) * day) dates.push(iso(t));
    return dates;
  }
  const first = new Date(start);
  const weekday = first.getUTCDay();
  const nth = Math.ceil(first.getUTCDate() / 7);
  for (let m = 0; ; m++) {
    const month = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1);
    const daysInMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m + 1, 0)).getUTCDate();
    let t: number;
    if (program.cadence === 'monthly-date') t = month + (Math.min(first.getUTCDate(), daysInMonth) - 1) * day;
    else if (nth === 5) {
      const last = month + (daysInMonth - 1) * day;
      t = last - ((new Date(last).getUTCDay() - weekday + 7) % 7) * day;
    } else t = month + (((weekday - new Date(month).getUTCDay() + 7) % 7) + 7 * (nth - 1)) * day;
    if (t >= end) return dates;
    dates.push(iso(t));
  }
}

/** The wall-clock date and time of an instant in a zone, as the runtime's ICU data (not Temporal) gives it. */
const clocks = new Map<string, Intl.DateTimeFormat>();
function wallClock(instant: number, timeZone: string): { date: string; time: string } {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clocks.set(timeZone, clock);
  }
  const parts = Object.fromEntries(
    clock
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The meeting starts at the asked local time; only where the clocks skip that time that day does it
 * start later, by exactly the length of the skip (as calendar programs do). An hour off fails.
 */
function expectAtAskedTime(startUtc: string, asked: string, timeZone: string): void {
  const instant = Date.parse(startUtc);
  const wall = wallClock(instant, timeZone);
  if (wall.time === asked) return;
  // A spring-forward gap: the offset just before the start is smaller, and the asked time lies in the gap.
  const offset = (t: number) => {
    const w = wallClock(t, timeZone);
    return (Date.parse(`${w.date}T${w.time}:00Z`) - t) / 60_000;
  };
  const skipped = offset(instant) - offset(instant - 3 * 3_600_000);
  expect(skipped, `${startUtc} in ${timeZone} shows ${wall.time}, asked ${asked}`).toBeGreaterThan(0);
  expect(minutesOf(wall.time) - minutesOf(asked), `${startUtc} in ${timeZone}`).toBeLessThanOrEqual(skipped);
  expect(minutesOf(wall.time)).toBeGreaterThan(minutesOf(asked));
}

/** What a reader sees of a Markdown file: marked renders it, and the text is read from the HTML. */
function markdownText(markdown: string): string {
  return load(marked.parse(markdown, { async: false })).text().replace(/\s+/g, ' ');
}

/** A PDF's text as pdf.js extracts it, white space removed (lines may break anywhere between words). */
async function pdfText(pdf: Awaited<ReturnType<typeof getDocument>['promise']>): Promise<string> {
  const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pdf.getPage(i + 1)));
  const texts = await Promise.all(pages.map(async (page) => (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('')));
  return texts.join('').replace(/\s+/g, '');
}

/** A template's text with the program's words for its people, as the kit shows it (first letter capitalized where the word was). */
function applyTermsLike(text: string, program: Program): string {
  const words: Record<string, string | undefined> = { mentor: program.terms?.mentor, mentee: program.terms?.mentee };
  return text.replace(/\b(mentor|mentee)(s?)\b/gi, (found: string, word: string, plural: string) => {
    const term = words[word.toLowerCase()];
    if (!term) return found;
    return `${/^[A-Z]/.test(word) ? term.charAt(0).toUpperCase() + term.slice(1) : term}${plural}`;
  });
}

/** The text of a Word file's body, read by xmldom from word/document.xml. */
function docxText(docx: Uint8Array): string {
  const xml = new DOMParser().parseFromString(strFromU8(unzipSync(docx)['word/document.xml']!), 'text/xml');
  return Array.from(xml.getElementsByTagName('w:t'), (t) => t.textContent ?? '').join(' ').replace(/\s+/g, ' ');
}
