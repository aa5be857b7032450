import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { buildKit } from '../../../src/toolkit/kit';
import { readKitTemplates } from '../../../src/toolkit/node';
import { programSchema } from '../../../src/toolkit/program';
import { fonts } from '../../helpers/templates';

const example = JSON.parse(readFileSync('examples/program.json', 'utf8'));

async function kitOf(description: Record<string, unknown>) {
  const program = programSchema.parse({ ...example, ...description });
  const files = unzipSync(await buildKit({ program, templates: readKitTemplates('src/content/templates'), fonts, color: '#1d4ed8', siteUrl: 'https://mentoring.example.org' }));
  const text = (name: string) => strFromU8(files[name]!);
  const calendar = (name: string) => new ICAL.Component(ICAL.parse(text(name))).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
  return { names: Object.keys(files).sort(), files, text, calendar };
}

/** A PDF form's filled-in values by field name, as pdf.js (independent of pdf-lib) reads its widgets. */
async function formValues(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const task = getDocument({ data: bytes.slice(), verbosity: 0 });
  const pdf = await task.promise;
  const values: Record<string, unknown> = {};
  for (let p = 1; p <= pdf.numPages; p++) {
    for (const widget of (await (await pdf.getPage(p)).getAnnotations()) as { fieldName?: string; fieldValue?: unknown }[]) {
      if (widget.fieldName && widget.fieldValue) values[widget.fieldName] = widget.fieldValue;
    }
  }
  await task.destroy();
  return values;
}

// A monthly program that starts on the 31st: its check-ins fall on the 14th, two weeks after, or on the Monday
// after it when the 14th is a Sunday (the program meets on every weekday in turn, so a Sunday is not its own).
// 14 February and 14 March 2027 are Sundays.
const CHECK_IN_DAYS = ['2027-02-15', '2027-03-15', '2027-04-14', '2027-05-14', '2027-06-14', '2027-07-14'];
const coordinated = { start: '2027-01-31', weeks: 26, cadence: 'monthly-date', locale: 'en-GB', coordinator: { name: 'Dana Levi', contact: 'dana@example.org' } };

describe("a kit with the coordinator's pack", () => {
  it('adds each document of the pack in every format, and a dated check-in form for each check-in', async () => {
    const kit = await kitOf(coordinated);
    const coordinator = kit.names.filter((name) => name.startsWith('coordinator/'));
    for (const id of ['program-readiness', 'participant-application', 'mentor-training-checklist', 'matching-questionnaire', 'matching-worksheet', 'closure-record', 'program-evaluation']) {
      for (const extension of ['pdf', 'docx', 'md']) expect(coordinator.some((name) => name.endsWith(`/${id}.${extension}`)), `${id}.${extension}`).toBe(true);
    }
    // The sessions are on the last day of each month from 31 January to 31 July; the check-ins two weeks after the first, then monthly, until the last.
    const checkIns = coordinator.filter((name) => name.endsWith('.pdf') && name.includes('/check-in-'));
    expect(checkIns).toEqual(CHECK_IN_DAYS.map((day, i) => `coordinator/2-every-meeting/check-in-0${i + 1}-${day}.pdf`));
    const second = await formValues(kit.files[checkIns[1]!]!);
    expect(second).toMatchObject({ date: '15 March 2027', pair: 'Amina Haddad and Luca Bianchi', 'next-check-in': '14 April 2027' });
    expect(await formValues(kit.files['coordinator/4-closing/closure-record.pdf']!)).toMatchObject({ pair: 'Amina Haddad and Luca Bianchi', 'matched-on': '31 January 2027' });
  }, 120_000);

  it("puts the check-ins in the coordinator's own calendar, as whole days, and leaves the pair's calendar as it was", async () => {
    const kit = await kitOf(coordinated);
    const checkIns = kit.calendar('coordinator-calendar.ics');
    expect(checkIns.map((event) => [event.startDate.isDate, event.startDate.toString(), event.endDate.toString()])).toEqual(
      CHECK_IN_DAYS.map((day) => [true, day, Temporal.PlainDate.from(day).add({ days: 1 }).toString()]),
    );
    expect(checkIns[0]!.summary).toBe('Spring 2026 mentoring circle: check-in with the pair (1 of 6)');
    const sessions = kit.calendar('calendar.ics');
    expect(sessions.map((event) => event.summary).filter((summary) => summary.includes('check-in'))).toEqual([]);
    const readme = kit.text('README.md');
    expect(readme).toContain("The program's coordinator is Dana Levi, reachable at dana@example.org.");
    expect(readme).toContain('`coordinator-calendar.ics`');
    expect(readme).toContain('a form for each of the 6 check-ins');
  }, 120_000);

  it('checks in every two weeks when asked to', async () => {
    const kit = await kitOf({ ...coordinated, weeks: 8, cadence: 'weekly', coordinator: { name: 'Dana Levi', checkIns: 'biweekly' } });
    expect(kit.calendar('coordinator-calendar.ics').map((event) => event.startDate.toString())).toEqual(['2027-02-14', '2027-02-28', '2027-03-14']);
  }, 120_000);

  it('is left out of a kit whose program names no coordinator', async () => {
    const kit = await kitOf({});
    expect(kit.names.filter((name) => name.startsWith('coordinator') || name.includes('check-in'))).toEqual([]);
  }, 120_000);
});
