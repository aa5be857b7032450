import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { Temporal } from 'temporal-polyfill';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildKit } from '../../../src/toolkit/kit';
import { planSessions } from '../../../src/toolkit/plan';
import { programSchema } from '../../../src/toolkit/program';
import { renderCsv } from '../../../src/toolkit/render/csv';
import { renderIcs } from '../../../src/toolkit/render/ics';
import { readKitTemplates } from '../../../src/toolkit/node';
import { arbitraryName, arbitraryProgram } from '../../helpers/programs';
import { fonts } from '../../helpers/templates';

describe('any valid program (thousands of random ones)', () => {
  it('plans the number of sessions its weeks and cadence give, all inside the program, at the chosen local time', () => {
    fc.assert(
      fc.property(arbitraryProgram(), (program) => {
        const sessions = planSessions(program);
        const first = Temporal.PlainDate.from(program.start);
        const end = first.add({ weeks: program.weeks });
        const days = program.weeks * 7;
        if (program.cadence === 'weekly') expect(sessions).toHaveLength(Math.ceil(days / 7));
        if (program.cadence === 'biweekly') expect(sessions).toHaveLength(Math.ceil(days / 14));
        if (program.cadence === 'monthly') {
          expect(sessions.length).toBeGreaterThanOrEqual(1);
          expect(sessions.length).toBeLessThanOrEqual(Math.ceil(days / 28));
        }
        expect(sessions[0]!.date).toBe(program.start);
        for (const s of sessions) {
          const date = Temporal.PlainDate.from(s.date);
          expect(Temporal.PlainDate.compare(date, first)).toBeGreaterThanOrEqual(0);
          expect(Temporal.PlainDate.compare(date, end)).toBeLessThan(0);
          // The local time is the one asked for, unless the clocks skip it that day (then it moves later).
          const asked = Temporal.PlainTime.from(program.time);
          const got = Temporal.PlainTime.from(s.start.slice(11));
          expect(Temporal.PlainTime.compare(got, asked)).toBeGreaterThanOrEqual(0);
          expect(Temporal.Instant.from(s.endUtc).epochMilliseconds - Temporal.Instant.from(s.startUtc).epochMilliseconds).toBe(program.minutes * 60_000);
        }
        expect(sessions.filter((s) => s.phase === 'first')).toHaveLength(1);
        expect(sessions.filter((s) => s.phase === 'closing')).toHaveLength(sessions.length > 1 ? 1 : 0);
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
      fc.property(fc.array(fc.array(arbitraryName, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const parsed: string[][] = parseCsv(renderCsv(['a', 'b', 'c'], rows), { relax_quotes: false });
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

describe('whole kits for random programs', () => {
  const templates = readKitTemplates('src/content/templates');

  it('hold files that every reader opens: PDFs reload, Word XML parses, the calendar and the log read back', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryProgram(6), async (program) => {
        const zip = unzipSync(await buildKit({ program, templates, fonts, color: '#1d4ed8', siteUrl: 'https://mentoring.example.org' }));
        const sessions = planSessions(program);
        const names = Object.keys(zip);
        expect(names.filter((n) => n.startsWith('agendas/') && n.endsWith('.pdf'))).toHaveLength(sessions.length);
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
        const log: string[][] = parseCsv(strFromU8(zip['meeting-log/meeting-log.csv']!));
        expect(log).toHaveLength(sessions.length + 1);
        expect(log.slice(1).map((row) => row[6])).toEqual(sessions.map(() => (/^[=+\-@]/.test(program.program) ? `'${program.program}` : program.program)));
      }),
      { numRuns: 12 },
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
    const zip = unzipSync(await buildKit({ program, templates, fonts, color: '#1d4ed8', siteUrl: 'https://mentoring.example.org' }));
    const pdf = await getDocument({ data: zip['agreement/mentoring-agreement.pdf']!.slice() }).promise;
    const text = (await (await pdf.getPage(1)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
    expect(text).toContain('Ω'.repeat(120));
    expect(text.replace(/\s+/g, '')).toContain('P'.repeat(120));
  }, 60_000);

  it('is the same ZIP, byte for byte, for the same description', async () => {
    const [program] = fc.sample(arbitraryProgram(4), { numRuns: 1, seed: 42 });
    const [a, b] = await Promise.all([1, 2].map(() => buildKit({ program: program!, templates, fonts, color: '#1d4ed8', siteUrl: 'https://mentoring.example.org' })));
    expect(Buffer.from(a!).equals(Buffer.from(b!))).toBe(true);
  }, 60_000);
});
