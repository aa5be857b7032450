import { SESSION_PHASES } from '../plan';
import { sentenceCase } from '../template';
import type { DateParts, KitWords } from './kit-types';
import { cityOfName } from './zone-cities';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Why a date moved, after what moved. */
const movedNote = (moved: string) => ` (moved: ${moved})`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NTH = ['first', 'second', 'third', 'fourth', 'last'];

/** 1st, 2nd, 3rd, 4th, 11th, 21st… */
const ordinal = (n: number): string => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

const dayMonthYear = ({ day, month, year }: DateParts, monthFirst: boolean) => (monthFirst ? `${MONTHS[month - 1]} ${day}, ${year}` : `${day} ${MONTHS[month - 1]} ${year}`);

/** A list in words: "a, b and c". */
const list = (items: readonly string[]) => (items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);


export const kitEn: KitWords = {
  name: 'English',
  weekday: (index) => WEEKDAYS[index]!,
  longDate: (date, monthFirst) => `${WEEKDAYS[date.weekday]}${monthFirst ? ',' : ''} ${dayMonthYear(date, monthFirst)}`,
  dayMonthYear,
  sessionPhases: { first: SESSION_PHASES.first.title, regular: SESSION_PHASES.regular.title, midpoint: SESSION_PHASES.midpoint.title, closing: SESSION_PHASES.closing.title },
  formats: { 'in-person': 'In person', virtual: 'Online (video call)', hybrid: 'In person or online' },
  focusAreas: {
    'career-guidance': {
      title: 'Career guidance',
      prompts: ['Which career choice or transition is on your mind right now?', 'What would a good next step look like in six months?'],
    },
    'leadership-development': {
      title: 'Leadership development',
      prompts: ['Where did you lead, or want to lead, since we last met?', 'Which leadership skill will you practise before our next meeting?'],
    },
    'skill-building': {
      title: 'Skill building',
      prompts: ['Which skill are you building, and how will you practise it?', 'What resources or people could speed up your learning?'],
    },
    'personal-growth': {
      title: 'Personal growth',
      prompts: ['What did you notice about yourself since we last met?', 'What would you like to understand better about your strengths?'],
    },
  },
  focusSection: { title: 'Focus of the program', guidance: (areas) => `Prompts for this program's focus: ${areas.map((area) => area.toLowerCase()).join(', ')}.` },
  agendaTitle: (phase, date) => `${phase}: ${date}`,
  agendaPurpose: ({ program, number, count, date, start, end, timeZone, where }) => `${program}, session ${number} of ${count}: ${date}, ${start} to ${end} (${timeZone}). ${where}.`,
  agreementOf: (program, organization) => `${program}, ${organization}.`,
  frequency: (cadence, minutes, from) => `${sentenceCase(cadence)}, ${minutes} minutes, from ${from}`,
  where: (format, location) => (location ? `${format}: ${location}` : format),
  cadence: {
    weekly: (weekday) => `every week, on ${weekday}`,
    biweekly: (weekday) => `every two weeks, on ${weekday}`,
    monthly: (week, weekday) => `every month, on the ${NTH[week - 1]} ${weekday}`,
    monthlyDate: (day, shorter) => `every month, on the ${ordinal(day)}${shorter ? ' (the last day of a shorter month)' : ''}`,
  },
  times: {
    city: cityOfName,
    local: (time, city, timeZone) => (city ? `${time} ${city} time (${timeZone})` : `${time} UTC`),
    start: (local) => `Meetings start at ${local}.`,
    startInUtc: (local, utc) => `Meetings start at ${local}, which is ${utc} UTC.`,
    clocksChange: (local, stretches) =>
      `Meetings start at ${local}. The clocks change during the program, so that is ${list(
        stretches.map(({ utc, from, to }) => (!from ? `${utc} UTC until ${to}` : !to ? `${utc} UTC from ${from}` : `${utc} UTC from ${from} to ${to}`)),
      )}.`,
  },
  summary: (count, minutes, span) =>
    `${count} ${count === 1 ? 'session' : 'sessions'} of ${minutes} minutes, ${'on' in span ? `on ${span.on}` : `${span.cadence}, from ${span.from} to ${span.to}`}.`,
  moved: (reason) =>
    reason.kind === 'short-month'
      ? `${MONTHS[reason.month - 1]} has no ${ordinal(reason.day)}: the meeting is on its last day`
      : reason.kind === 'weekend'
        ? `${WEEKDAYS[reason.weekday - 1]} is a day of the weekend where the program runs: the check-in is on the ${reason.later ? 'next working day' : 'working day before'}`
        : `the clocks go forward that night, so ${reason.time} does not exist: the meeting starts at ${reason.start}`,
  movedNote,
  scheduleLine: ({ date, time, kind, moved }) => `${date}, ${time}: ${kind}${moved ? movedNote(moved) : ''}`,
  separator: '; ',
  numberRuns: (runs) => list(runs.map(([from, to]) => (from === to ? String(from) : to === from + 1 ? `${from} and ${to}` : `${from} to ${to}`))),
  readme: {
    intro: (organization) => `A mentoring program kit for ${organization}, made with Mentorkit. The folders follow the program, in order.`,
    contents: 'What is in the kit',
    calendar: 'every session, to import into your calendar.',
    formats: 'Each document comes as a PDF form to fill in on screen or to print, a Word file and a Markdown file.',
    schedule: 'Schedule',
    agendas: (sessions, count) => `the ${count === 1 ? 'agenda of session' : 'agendas of sessions'} ${sessions}`,
    log: 'the meeting log, one row per session (CSV for spreadsheets) and a sheet to print (PDF)',
    table: { session: 'Session', date: 'Date', time: 'Time', meeting: 'Meeting', agenda: 'Agenda', note: 'Note' },
  },
  logColumns: ['Session', 'Date', 'Start', 'End', 'Time zone', 'Meeting', 'Program', 'Objectives', 'Topics', 'Decisions', 'Actions', 'Mentee reflection', 'Mentor reflection'],
  coordinator: {
    readme: (name, contact) => `The program's coordinator is ${name}${contact ? `, reachable at ${contact}` : ''}.`,
    folder: (documents, checkIns) => `the coordinator's documents: ${documents}; and ${checkIns === 1 ? 'the form for the one check-in' : `a form for each of the ${checkIns} check-ins`}`,
    calendar: "the coordinator's check-ins with the pair, as whole-day reminders, in a calendar of their own that stays out of the pair's.",
    checkInTitle: (number, count, date) => `Check-in ${number} of ${count}: ${date}`,
    checkInEvent: (program, number, count) => `${program}: check-in with the pair (${number} of ${count})`,
    pair: (mentor, mentee) => `${mentor} and ${mentee}`,
  },
  eventSummary: (program, phase, number, count) => `${program}: ${phase} (${number} of ${count})`,
};
