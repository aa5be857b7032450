import { sentenceCase } from '../template';
import type { DateParts, KitWords } from './kit-types';
import { cityInSpanish } from './zone-cities';

const WEEKDAYS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];
/** After "los": "todos los sábados". */
const EVERY_WEEKDAY: Record<string, string> = { sábado: 'sábados', domingo: 'domingos' };
const plural = (weekday: string) => EVERY_WEEKDAY[weekday] ?? weekday;
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const NTH = ['primer', 'segundo', 'tercer', 'cuarto', 'último'];

const dayMonthYear = ({ day, month, year }: DateParts) => `${day} de ${MONTHS[month - 1]} de ${year}`;
const list = (items: readonly string[]) => (items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} y ${items.at(-1)}`);

export const kitEs: KitWords = {
  name: 'Español',
  weekday: (index) => WEEKDAYS[index]!,
  longDate: (date) => `${WEEKDAYS[date.weekday]}, ${dayMonthYear(date)}`,
  dayMonthYear,
  sessionPhases: { first: 'Primera reunión', regular: 'Reunión periódica', midpoint: 'Revisión a mitad del programa', closing: 'Reunión de cierre' },
  formats: { 'in-person': 'En persona', virtual: 'En línea (videollamada)', hybrid: 'En persona o en línea' },
  focusAreas: {
    'career-guidance': { title: 'Orientación profesional', prompts: ['¿Qué decisión o cambio profesional tiene ahora en mente?', '¿Cómo sería un buen próximo paso dentro de seis meses?'] },
    'leadership-development': { title: 'Desarrollo del liderazgo', prompts: ['¿Dónde ha ejercido el liderazgo, o ha querido ejercerlo, desde la última reunión?', '¿Qué habilidad de liderazgo practicará antes de la próxima reunión?'] },
    'skill-building': { title: 'Desarrollo de habilidades', prompts: ['¿Qué habilidad está desarrollando y cómo la practicará?', '¿Qué recursos o personas podrían acelerar su aprendizaje?'] },
    'personal-growth': { title: 'Crecimiento personal', prompts: ['¿Qué ha descubierto sobre sí mismo o sí misma desde la última reunión?', '¿Qué le gustaría entender mejor de sus fortalezas?'] },
  },
  focusSection: { title: 'Enfoque del programa', guidance: (areas) => `Preguntas para el enfoque de este programa: ${areas.map((area) => area.toLowerCase()).join(', ')}.` },
  agendaTitle: (phase, date) => `${phase}: ${date}`,
  agendaPurpose: ({ program, number, count, date, start, end, timeZone, where }) => `${program}, sesión ${number} de ${count}: ${date}, de ${start} a ${end} (${timeZone}). ${where}.`,
  agreementOf: (program, organization) => `${program}, ${organization}.`,
  frequency: (cadence, minutes, from) => `${sentenceCase(cadence)}, ${minutes} minutos, desde el ${from}`,
  where: (format, location) => (location ? `${format}: ${location}` : format),
  cadence: {
    weekly: (weekday) => `todos los ${plural(weekday)}`,
    biweekly: (weekday) => `cada dos semanas, los ${plural(weekday)}`,
    monthly: (week, weekday) => `el ${NTH[week - 1]} ${weekday} de cada mes`,
    monthlyDate: (day, shorter) => `cada mes, el día ${day}${shorter ? ' (el último día en los meses más cortos)' : ''}`,
  },
  times: {
    city: cityInSpanish,
    local: (time, city, timeZone) => (city ? `${time}, hora de ${city} (${timeZone})` : `${time} UTC`),
    start: (local) => `Las reuniones empiezan a las ${local}.`,
    startInUtc: (local, utc) => `Las reuniones empiezan a las ${local}, es decir, a las ${utc} UTC.`,
    clocksChange: (local, stretches) =>
      `Las reuniones empiezan a las ${local}. La hora cambia durante el programa, así que en UTC son ${list(
        stretches.map(({ utc, from, to }) => (!from ? `las ${utc} hasta el ${to}` : !to ? `las ${utc} desde el ${from}` : `las ${utc} del ${from} al ${to}`)),
      )}.`,
  },
  summary: (count, minutes, span) =>
    `${count} ${count === 1 ? 'sesión' : 'sesiones'} de ${minutes} minutos, ${'on' in span ? `el ${span.on}` : `${span.cadence}, del ${span.from} al ${span.to}`}.`,
  moved: (reason) =>
    reason.kind === 'short-month'
      ? `${MONTHS[reason.month - 1]} no tiene día ${reason.day}, así que la reunión es el último día del mes`
      : reason.kind === 'weekend'
        ? `el ${WEEKDAYS[reason.weekday - 1]} es fin de semana donde se hace el programa, así que el contacto pasa al día laborable ${reason.later ? 'siguiente' : 'anterior'}`
        : `esa noche se adelanta la hora y las ${reason.time} no existen, así que la reunión empieza a las ${reason.start}`,
  movedNote: (moved) => ` (trasladado: ${moved})`,
  scheduleLine: ({ date, time, kind, moved }) => `${date}, ${time}: ${kind}${moved ? ` (trasladada: ${moved})` : ''}`,
  separator: '; ',
  numberRuns: (runs) => list(runs.map(([from, to]) => (from === to ? String(from) : to === from + 1 ? `${from} y ${to}` : `${from} a ${to}`))),
  readme: {
    intro: (organization) => `Kit del programa de mentoría de ${organization}, creado con Mentorkit. Las carpetas siguen el orden del programa.`,
    contents: 'Qué contiene el kit',
    calendar: 'todas las sesiones, para importarlas a su calendario.',
    formats: 'Cada documento viene como formulario PDF para rellenar en pantalla o imprimir, como archivo de Word y como archivo Markdown.',
    schedule: 'Calendario de sesiones',
    agendas: (sessions, count) => `${count === 1 ? 'la agenda de la sesión' : 'las agendas de las sesiones'} ${sessions}`,
    log: 'el registro de reuniones, una fila por sesión (CSV para hojas de cálculo) y una hoja para imprimir (PDF)',
    table: { session: 'Sesión', date: 'Fecha', time: 'Hora', meeting: 'Tipo de reunión', agenda: 'Agenda', note: 'Nota' },
  },
  logColumns: [
    'Sesión',
    'Fecha',
    'Inicio',
    'Fin',
    'Zona horaria',
    'Tipo de reunión',
    'Programa',
    'Objetivos',
    'Temas',
    'Decisiones',
    'Acciones',
    'Reflexión de la persona mentorizada',
    'Reflexión del mentor o la mentora',
  ],
  form: {
    legends: { program: 'El programa', schedule: 'Calendario', place: 'Dónde se reúnen', coordinator: 'Documentos de la coordinación (opcional)' },
    fields: {
      language: 'Idioma del kit',
      program: 'Nombre del programa',
      organization: 'Organización',
      mentor: 'Nombre del mentor o la mentora',
      mentee: 'Nombre de la persona mentorizada',
      'terms.mentor': 'Cómo llama su programa a los mentores',
      'terms.mentee': 'Cómo llama su programa a las personas mentorizadas',
      start: 'Fecha de la primera reunión',
      weeks: 'Duración del programa, en semanas',
      cadence: 'Con qué frecuencia se reúnen',
      time: 'Hora de inicio',
      timeZone: 'Zona horaria',
      locale: 'Idioma y región',
      minutes: 'Duración de cada reunión, en minutos',
      format: 'Formato',
      location: 'Lugar, o el enlace de la videollamada para las reuniones en línea',
      focus: 'Enfoque del programa',
      goals: 'Fijación de objetivos',
      'coordinator.name': 'Nombre de la persona que coordina',
      'coordinator.contact': 'Correo electrónico o teléfono de la coordinación',
      'coordinator.checkIns': 'Contactos de seguimiento con el mentor o la mentora y la persona mentorizada',
    },
    cadences: {
      weekly: 'Cada semana',
      biweekly: 'Cada dos semanas',
      monthly: 'Cada mes, el mismo día de la semana (p. ej., el primer lunes)',
      'monthly-date': 'Cada mes, en la misma fecha',
    },
    goals: { smart: 'Hoja de trabajo de objetivos SMART', grow: 'Planificador de conversaciones GROW' },
    checkIns: { monthly: 'Cada mes', biweekly: 'Cada dos semanas' },
    optional: 'opcional',
    range: (min, max) => `de ${min} a ${max}`,
    example: (value) => `p. ej., ${value}`,
    comma: ', ',
    invalid: {
      language: 'Elija uno de los idiomas.',
      program: 'Escriba un nombre en una sola línea, de 120 caracteres como máximo.',
      organization: 'Escriba un nombre en una sola línea, de 120 caracteres como máximo.',
      mentor: 'Escriba un nombre en una sola línea, de 120 caracteres como máximo.',
      mentee: 'Escriba un nombre en una sola línea, de 120 caracteres como máximo.',
      terms: 'Los nombres para las personas solo se pueden cambiar en un kit en inglés: deje estos campos vacíos o elija el inglés.',
      'terms.mentor': 'Escriba una palabra o un nombre en una sola línea, de 120 caracteres como máximo.',
      'terms.mentee': 'Escriba una palabra o un nombre en una sola línea, de 120 caracteres como máximo.',
      start: 'Escriba una fecha que exista, como 2026-03-02, entre los años 2000 y 2097.',
      weeks: 'Escriba un número entero de semanas, de 1 a 104.',
      cadence: 'Elija una de las opciones.',
      time: 'Escriba una hora en formato de 24 horas, como 17:30.',
      timeZone: 'Escriba una zona horaria como región/ciudad, por ejemplo Europe/Madrid o America/Mexico_City.',
      locale: 'Escriba un idioma y una región como etiqueta, por ejemplo es-ES o es-MX.',
      minutes: 'Escriba un número entero de minutos, de 15 a 240.',
      format: 'Elija una de las opciones.',
      location: 'Escriba un lugar en una sola línea; para reuniones en línea, el enlace de la videollamada, que empieza por https://.',
      focus: 'Elija al menos un enfoque.',
      goals: 'Elija una de las opciones.',
      coordinator: 'Para añadir los documentos de la coordinación, escriba el nombre de quien coordina; si no los quiere, deje vacíos estos campos.',
      'coordinator.name': 'Escriba un nombre en una sola línea, de 120 caracteres como máximo; o deje vacíos los campos de la coordinación.',
      'coordinator.contact': 'Escriba un correo electrónico o un teléfono en una sola línea, de 120 caracteres como máximo.',
      'coordinator.checkIns': 'Elija una de las opciones.',
    },
    unprintable: (character) => `Contiene «${character}», que los documentos del kit no pueden imprimir: quítelo o escríbalo de otra forma.`,
  },
  coordinator: {
    readme: (name, contact) => `La coordinación del programa está a cargo de ${name}${contact ? `; contacto: ${contact}` : ''}.`,
    folder: (documents, checkIns) =>
      `los documentos de la coordinación: ${documents}; y ${checkIns === 1 ? 'el formulario del único contacto de seguimiento' : `un formulario para cada uno de los ${checkIns} contactos de seguimiento`}`,
    calendar: 'los contactos de seguimiento de la coordinación, como recordatorios de día completo, en un calendario propio, aparte del de las reuniones de mentoría.',
    checkInTitle: (number, count, date) => `Contacto de seguimiento ${number} de ${count}: ${date}`,
    checkInEvent: (program, number, count) => `${program}: contacto de seguimiento (${number} de ${count})`,
    pair: (mentor, mentee) => `${mentor} y ${mentee}`,
  },
  eventSummary: (program, phase, number, count) => `${program}: ${phase} (${number} de ${count})`,
};
