import { Temporal } from 'temporal-polyfill';
import { COORDINATOR_TEMPLATES, type KitTemplateId } from './kit-templates';
import { datesOf, kitWordsOf } from './dates-in-words';
import { paperOf } from './locale';
import { SESSION_PHASES, checkInDates, planSessions, type Session } from './plan';
import type { Program } from './program';
import { renderCsv } from './render/csv';
import { DocxCache } from './render/docx-cache';
import { renderIcs } from './render/ics';
import { escapeMarkdown, markdownTable as table, renderMarkdown } from './render/markdown';
import { renderPdf, type PdfFonts } from './render/pdf';
import { PdfCache } from './render/pdf-cache';
import { renderZip, type ArchiveFile } from './render/zip';
import { cadenceInWords, scheduleInWords } from './schedule';
import { phaseFolder, timedFor, withTerms, type Branding, type Field, type Template, type TemplateDocument } from './template';

export interface KitInputs {
  program: Program;
  /** The kit's templates in the program's language. */
  templates: Record<KitTemplateId, Template>;
  fonts: PdfFonts;
  /** #rrggbb for the documents' accents. */
  color: string;
  /** Address printed in the documents' footers. */
  siteUrl: string;
}

/** Called before each file is made: how many are done, how many in all, and which one is next. */
export type Progress = (done: number, total: number, file: string) => void;

/** "Mentor" and "mentee" in every text of a template become the program's own words (e.g. "protégé"). */
function applyTerms(template: Template, terms: Program['terms']): Template {
  if (!terms?.mentee && !terms?.mentor) return template;
  const swap = (text: string) => withTerms(text, terms);
  const field = (f: Field): Field => {
    const base = { ...f, label: swap(f.label), ...(f.help && { help: swap(f.help) }) };
    if (base.kind === 'checklist') return { ...base, options: base.options.map(swap) };
    if (base.kind === 'rating') return { ...base, lowLabel: swap(base.lowLabel), highLabel: swap(base.highLabel) };
    if (base.kind === 'choice') return { ...base, options: base.options.map(swap) };
    if (base.kind === 'consent') return { ...base, statement: swap(base.statement) };
    if (base.kind === 'table') return { ...base, columns: base.columns.map((c) => ({ ...c, label: swap(c.label) })) };
    return base;
  };
  return {
    ...template,
    title: swap(template.title),
    purpose: swap(template.purpose),
    sections: template.sections.map((s) => ({ ...s, title: swap(s.title), guidance: swap(s.guidance), fields: s.fields.map(field) })),
  };
}

function where(program: Program): string {
  const words = kitWordsOf(program);
  return words.where(words.formats[program.format], program.location);
}

/** The program's video link, when its place is one: followed as a link in every document that prints it. */
const linksOf = (program: Program): string[] => (program.location && /^https:\/\//.test(program.location) ? [program.location] : []);

/** The agenda of one session: its phase's template, with the program's focus prompts added as a last section. */
function agenda(inputs: KitInputs, sessions: Session[], session: Session): TemplateDocument {
  const { program } = inputs;
  const words = kitWordsOf(program);
  const dates = datesOf(program);
  const phase = SESSION_PHASES[session.phase];
  // The agenda's items share the program's meeting length, which is also its time needed.
  const template = timedFor(applyTerms(inputs.templates[phase.template], program.terms), program.minutes);
  const focus = {
    title: words.focusSection.title,
    guidance: words.focusSection.guidance(program.focus.map((area) => words.focusAreas[area].title)),
    fields: program.focus.flatMap((area) =>
      words.focusAreas[area].prompts.map((prompt, i) => ({ kind: 'long-text' as const, name: `focus-${area}-${i + 1}`, label: prompt, lines: 4 })),
    ),
  };
  const next = sessions[session.number];
  const date = dates.long(session.date);
  return {
    id: `session-${String(session.number).padStart(2, '0')}`,
    template: {
      ...template,
      title: words.agendaTitle(words.sessionPhases[session.phase], date),
      purpose: words.agendaPurpose({
        program: program.program,
        number: session.number,
        count: sessions.length,
        date,
        start: session.start.slice(11),
        end: session.end.slice(11),
        timeZone: program.timeZone,
        where: where(program),
      }),
      sections: [...template.sections, focus],
    },
    values: next ? { 'next-date': dates.short(next.date) } : {},
    links: linksOf(program),
  };
}

function agreement(inputs: KitInputs, sessions: Session[]): TemplateDocument {
  const { program } = inputs;
  const template = applyTerms(inputs.templates['mentoring-agreement'], program.terms);
  const people = { 'mentor-signature': program.mentor, 'mentee-signature': program.mentee };
  const midpoint = sessions.find((s) => s.phase === 'midpoint');
  const last = sessions.at(-1);
  const dates = datesOf(program);
  return {
    id: 'mentoring-agreement',
    template: {
      ...template,
      purpose: `${template.purpose} ${kitWordsOf(program).agreementOf(program.program, program.organization)}`,
      sections: template.sections.map((section) => ({
        ...section,
        fields: section.fields.map((f) => {
          const person = people[f.name as keyof typeof people];
          return person ? { ...f, label: `${f.label}: ${person}` } : f;
        }),
      })),
    },
    values: {
      purpose: `${program.program} (${program.organization})`,
      frequency: kitWordsOf(program).frequency(cadenceInWords(program), program.minutes, dates.long(program.start)),
      place: where(program),
      ...(midpoint && { 'review-date': dates.short(midpoint.date) }),
      ...(last && { 'end-date': dates.short(last.date) }),
    },
    links: linksOf(program),
  };
}

/** Where the coordinator's documents go: under coordinator/, in the folder of their phase. */
const COORDINATOR_FOLDER = 'coordinator';

/**
 * The coordinator's documents, when the program names a coordinator: each template of the pack once, with
 * what the program already knows filled in, and a check-in form for each check-in, dated.
 */
function coordinatorDocuments(inputs: KitInputs, checkIns: string[]): { base: string; doc: TemplateDocument }[] {
  const { program } = inputs;
  if (!program.coordinator) return [];
  const words = kitWordsOf(program);
  const dates = datesOf(program);
  const pair = program.mentor && program.mentee ? words.coordinator.pair(program.mentor, program.mentee) : undefined;
  const known: Partial<Record<KitTemplateId, Record<string, string>>> = {
    'matching-worksheet': { ...(program.mentee && { mentee: program.mentee }), ...(program.mentor && { 'matched-with': program.mentor }), 'first-meeting': dates.short(program.start) },
    'closure-record': { ...(pair && { pair }), 'matched-on': dates.short(program.start) },
  };
  const folderOf = (id: KitTemplateId) => `${COORDINATOR_FOLDER}/${phaseFolder(inputs.templates[id].phase)}`;
  const template = (id: KitTemplateId) => applyTerms(inputs.templates[id], program.terms);
  return COORDINATOR_TEMPLATES.flatMap((id): { base: string; doc: TemplateDocument }[] => {
    if (id !== 'monthly-check-in') return [{ base: `${folderOf(id)}/${id}`, doc: { id, template: template(id), values: known[id] ?? {} } }];
    return checkIns.map((date, i) => ({
      base: `${folderOf(id)}/check-in-${String(i + 1).padStart(2, '0')}-${date}`,
      doc: {
        id,
        template: { ...template(id), title: words.coordinator.checkInTitle(i + 1, checkIns.length, dates.long(date)) },
        values: { date: dates.short(date), ...(pair && { pair }), ...(checkIns[i + 1] && { 'next-check-in': dates.short(checkIns[i + 1]!) }) },
      },
    }));
  });
}

function readme(program: Program, sessions: Session[], folders: { folder: string; what: string }[], agendaFiles: string[]): string {
  const schedule = scheduleInWords(program, sessions);
  const moved = schedule.sessions.some((s) => s.moved);
  const words = kitWordsOf(program).readme;
  const headers = words.table;
  return [
    `# ${escapeMarkdown(program.program)}`,
    '',
    words.intro(escapeMarkdown(program.organization)),
    '',
    `## ${words.contents}`,
    '',
    `- \`calendar.ics\`: ${words.calendar}`,
    ...(program.coordinator ? [`- \`${COORDINATOR_CALENDAR}\`: ${kitWordsOf(program).coordinator.calendar}`] : []),
    ...folders.map(({ folder, what }) => `- \`${folder}/\`: ${what}`),
    '',
    words.formats,
    ...(program.coordinator ? ['', escapeMarkdown(kitWordsOf(program).coordinator.readme(program.coordinator.name, program.coordinator.contact))] : []),
    '',
    `## ${words.schedule}`,
    '',
    `${schedule.summary} ${schedule.times}`,
    '',
    `${escapeMarkdown(where(program), linksOf(program))}.`,
    '',
    ...table(
      [headers.session, headers.date, headers.time, headers.meeting, headers.agenda, ...(moved ? [headers.note] : [])],
      schedule.sessions.map((s, i) => [String(s.number), s.date, s.time, s.kind, `\`${agendaFiles[i]}\``, ...(moved ? [s.moved ?? ''] : [])]),
    ),
    '',
  ].join('\n');
}

/** Ascending numbers as runs of consecutive ones: [2, 3, 4, 5, 7] is 2 to 5, and 7. */
function numberRuns(numbers: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of numbers) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/** The coordinator's own calendar: their check-ins are not the pair's appointments, so they stay out of calendar.ics, which the pair imports. */
const COORDINATOR_CALENDAR = 'coordinator-calendar.ics';

/** A short, stable fingerprint of the program, so that calendar UIDs stay the same for the same description. */
function fingerprint(program: Program): string {
  let hash = 0x811c9dc5;
  for (const char of `${program.organization}\u0000${program.program}\u0000${program.start}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Lowercase ASCII words joined by hyphens, for file names that every system accepts. */
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The name a kit is saved under, after its program: "spring-mentoring-circle-kit.zip". */
export const kitFileName = (program: Program): string => `${slug(program.program) || 'mentoring'}-kit.zip`;

/**
 * The kit's documents, each with the path it is saved under (without its extension): the agreement, the
 * goal worksheet and the agendas, in every format, and the meeting log, printed (its CSV is the sheet's
 * data). The agendas are also given with their sessions, for the README and the calendar.
 */
export function kitDocuments(inputs: KitInputs, sessions: Session[]) {
  const { program } = inputs;
  const goalsId = program.goals === 'smart' ? 'smart-goals' : 'grow-conversation';
  const agendas = sessions.map((session) => ({ session, doc: agenda(inputs, sessions, session) }));
  // Every document in the folder of the phase it serves, the folders numbered in program order.
  const folderOf = (id: KitTemplateId) => phaseFolder(inputs.templates[id].phase);
  const agendaName = ({ number, date, phase }: Session) =>
    `${folderOf(SESSION_PHASES[phase].template)}/${String(number).padStart(2, '0')}-${date}-${slug(SESSION_PHASES[phase].title)}`;
  // The renderers word what they add themselves (who fills a document in) in the program's terms too.
  const termed = (doc: TemplateDocument): TemplateDocument => (program.terms ? { ...doc, terms: program.terms } : doc);
  const documents: { base: string; doc: TemplateDocument }[] = [
    { base: `${folderOf('mentoring-agreement')}/mentoring-agreement`, doc: agreement(inputs, sessions) },
    { base: `${folderOf(goalsId)}/${goalsId}`, doc: { id: goalsId, template: applyTerms(inputs.templates[goalsId], program.terms) } },
    ...agendas.map(({ session, doc }) => ({ base: agendaName(session), doc })),
  ].map(({ base, doc }) => ({ base, doc: termed(doc) }));
  const log = { base: `${folderOf('meeting-log')}/meeting-log`, doc: termed({ id: 'meeting-log', template: applyTerms(inputs.templates['meeting-log'], program.terms) }) };
  const checkIns = checkInDates(program, sessions).map(({ date }) => date);
  const coordinator = coordinatorDocuments(inputs, checkIns).map(({ base, doc }) => ({ base, doc: termed(doc) }));
  return { agendas, agendaName, documents: [...documents, ...coordinator], log, checkIns };
}

/**
 * The whole kit as one ZIP: the same description always gives the same bytes (every date inside is
 * derived from the program, never from the clock).
 */
export async function buildKit(inputs: KitInputs, onProgress: Progress = () => {}): Promise<Uint8Array> {
  const { program } = inputs;
  const words = kitWordsOf(program);
  const sessions = planSessions(program);
  const date = new Date(`${program.start}T00:00:00Z`);
  const brand: Branding = { organization: program.organization, color: inputs.color, lang: program.language ?? 'en', siteUrl: inputs.siteUrl };
  const paper = paperOf(program.locale, program.timeZone);
  // Agendas differ from session to session only in some texts: the caches do their shared work once.
  const pdfOptions = { paper, fonts: inputs.fonts, date, breakLongWords: true, cache: new PdfCache(), alike: true };
  const docx = new DocxCache(brand, date);

  const { agendas, agendaName, documents, log, checkIns } = kitDocuments(inputs, sessions);
  const total = documents.length * 3 + 4 + (program.coordinator ? 1 : 0);
  let done = 0;
  const step = (file: string) => onProgress(done++, total, file);

  const files: ArchiveFile[] = [];
  step('README.md');
  // What each folder holds, from the documents themselves, so that the README stays true whatever the templates' phases.
  const folderOfPath = (path: string) => path.slice(0, path.indexOf('/'));
  const held = [
    ...documents
      .filter(({ base, doc }) => !doc.id.startsWith('session-') && folderOfPath(base) !== COORDINATOR_FOLDER)
      .map(({ base, doc }) => ({ folder: folderOfPath(base), what: doc.template.title })),
    ...(program.coordinator
      ? [
          {
            folder: COORDINATOR_FOLDER,
            what: words.coordinator.folder(
              COORDINATOR_TEMPLATES.filter((id) => id !== 'monthly-check-in').map((id) => inputs.templates[id].title).join(words.separator),
              checkIns.length,
            ),
          },
        ]
      : []),
    ...[...Map.groupBy(agendas, ({ session }) => folderOfPath(agendaName(session)))].map(([folder, list]) => ({
      folder,
      what: words.readme.agendas(words.numberRuns(numberRuns(list.map(({ session }) => session.number))), list.length),
    })),
    { folder: folderOfPath(log.base), what: words.readme.log },
  ];
  const folders = [...Map.groupBy(held, ({ folder }) => folder)]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([folder, items]) => ({ folder, what: `${items.map(({ what }) => what).join(words.separator)}.` }));
  files.push({ path: 'README.md', data: readme(program, sessions, folders, agendas.map(({ session }) => `${agendaName(session)}.pdf`)) });
  step('calendar.ics');
  files.push({
    path: 'calendar.ics',
    data: renderIcs({
      name: program.program,
      timeZone: program.timeZone,
      stamp: date.toISOString(),
      events: agendas.map(({ session, doc }) => ({
        uid: `session-${session.number}-${fingerprint(program)}@mentorkit`,
        start: session.start,
        end: session.end,
        summary: words.eventSummary(program.program, words.sessionPhases[session.phase], session.number, sessions.length),
        description: [doc.template.purpose, '', ...doc.template.sections.map((s) => `${s.title}: ${s.guidance}`)].join('\n'),
        location: program.format !== 'virtual' ? program.location : undefined,
        url: program.format === 'virtual' ? program.location : undefined,
      })),
    }),
  });
  if (program.coordinator) {
    step(COORDINATOR_CALENDAR);
    const checkIn = inputs.templates['monthly-check-in'];
    files.push({
      path: COORDINATOR_CALENDAR,
      data: renderIcs({
        name: `${program.program}: ${program.coordinator.name}`,
        timeZone: program.timeZone,
        stamp: date.toISOString(),
        // Whole days: the coordinator books the call or visit within the day.
        events: checkIns.map((day, i) => ({
          uid: `check-in-${i + 1}-${fingerprint(program)}@mentorkit`,
          start: day,
          end: Temporal.PlainDate.from(day).add({ days: 1 }).toString(),
          summary: words.coordinator.checkInEvent(program.program, i + 1, checkIns.length),
          description: [checkIn.purpose, '', ...checkIn.sections.map((s) => `${s.title}: ${s.guidance}`)].join('\n'),
        })),
      }),
    });
  }
  for (const { base, doc } of documents) {
    step(`${base}.pdf`);
    files.push({ path: `${base}.pdf`, data: await renderPdf(doc, brand, pdfOptions) });
    step(`${base}.docx`);
    files.push({ path: `${base}.docx`, data: await docx.render(doc) });
    step(`${base}.md`);
    files.push({ path: `${base}.md`, data: renderMarkdown(doc, brand) });
  }
  step(`${log.base}.csv`);
  files.push({
    path: `${log.base}.csv`,
    data: renderCsv(
      words.logColumns.map((label) => withTerms(label, program.terms)),
      sessions.map((s) => [String(s.number), s.date, s.start.slice(11), s.end.slice(11), program.timeZone, words.sessionPhases[s.phase], program.program, '', '', '', '', '', '']),
    ),
  });
  step(`${log.base}.pdf`);
  files.push({ path: `${log.base}.pdf`, data: await renderPdf(log.doc, brand, pdfOptions) });
  onProgress(total, total, '');
  return renderZip(files, date);
}
