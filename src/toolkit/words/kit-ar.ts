import type { DateParts, KitWords } from './kit-types';
import { cityInArabic } from './zone-cities';

const WEEKDAYS = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'];
/** Why a date moved, after what moved. */
const movedNote = (moved: string) => ` (نُقل الموعد: ${moved})`;
// The month names of Egypt and the Gulf, the most widely read.
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
/** Weekdays after "كل يوم" and an ordinal: "كل يوم اثنين", "أول اثنين من كل شهر". */
const WEEKDAYS_INDEFINITE = ['اثنين', 'ثلاثاء', 'أربعاء', 'خميس', 'جمعة', 'سبت', 'أحد'];
const NTH = ['أول', 'ثاني', 'ثالث', 'رابع', 'آخر'];
const indefinite = (weekday: string) => WEEKDAYS_INDEFINITE[WEEKDAYS.indexOf(weekday)] ?? weekday;

const dayMonthYear = ({ day, month, year }: DateParts) => `${day} ${MONTHS[month - 1]} ${year}`;
const list = (items: readonly string[]) => (items.length === 1 ? items[0]! : `${items.slice(0, -1).join('، ')} و${items.at(-1)}`);

/**
 * Arabic counts: one and two have their own words, 3 to 10 take the plural, 11 to 99 the singular in the
 * accusative, and a hundred and more, where the last two digits are under 3, the singular in the genitive.
 */
const count = (n: number, [one, two, few, many, hundreds]: readonly [string, string, string, string, string]) =>
  n === 1 ? one : n === 2 ? two : n % 100 >= 3 && n % 100 <= 10 ? `${n} ${few}` : n >= 100 && n % 100 < 3 ? `${n} ${hundreds}` : `${n} ${many}`;
/** "دقيقة واحدة", "دقيقتان", "5 دقائق", "15 دقيقة": the documents' words count minutes the same way. */
export const minutes = (n: number) => count(n, ['دقيقة واحدة', 'دقيقتان', 'دقائق', 'دقيقة', 'دقيقة']);

export const kitAr: KitWords = {
  name: 'العربية',
  weekday: (index) => WEEKDAYS[index]!,
  longDate: (date) => `${WEEKDAYS[date.weekday]}، ${dayMonthYear(date)}`,
  dayMonthYear,
  sessionPhases: { first: 'اللقاء الأول', regular: 'لقاء دوري', midpoint: 'مراجعة منتصف البرنامج', closing: 'اللقاء الختامي' },
  formats: { 'in-person': 'حضوريًا', virtual: 'عبر الإنترنت (مكالمة فيديو)', hybrid: 'حضوريًا أو عبر الإنترنت' },
  focusAreas: {
    'career-guidance': { title: 'التوجيه المهني', prompts: ['ما القرار أو الانتقال المهني الذي يشغل بالك الآن؟', 'ما الخطوة التالية الجيدة التي تريد بلوغها خلال ستة أشهر؟'] },
    'leadership-development': { title: 'تنمية القيادة', prompts: ['أين مارست القيادة، أو أردت أن تمارسها، منذ لقائنا الأخير؟', 'ما المهارة القيادية التي ستتدرب عليها قبل لقائنا القادم؟'] },
    'skill-building': { title: 'بناء المهارات', prompts: ['ما المهارة التي تبنيها، وكيف ستتدرب عليها؟', 'ما الموارد أو الأشخاص الذين قد يسرّعون تعلّمك؟'] },
    'personal-growth': { title: 'النمو الشخصي', prompts: ['ماذا لاحظت في نفسك منذ لقائنا الأخير؟', 'ما الذي تود أن تفهمه أكثر عن نقاط قوتك؟'] },
  },
  focusSection: { title: 'محاور البرنامج', guidance: (areas) => `أسئلة لمحاور هذا البرنامج: ${areas.join('، ')}.` },
  agendaTitle: (phase, date) => `${phase}: ${date}`,
  agendaPurpose: ({ program, number, count: total, date, start, end, timeZone, where }) => `${program}، اللقاء ${number} من ${total}: ${date}، من ${start} إلى ${end} (${timeZone}). ${where}.`,
  agreementOf: (program, organization) => `${program}، ${organization}.`,
  frequency: (cadence, length, from) => `${cadence}، ${minutes(length)}، ابتداءً من ${from}`,
  where: (format, location) => (location ? `${format}: ${location}` : format),
  cadence: {
    weekly: (weekday) => `كل يوم ${indefinite(weekday)}`,
    biweekly: (weekday) => `كل أسبوعين، يوم ${weekday}`,
    monthly: (week, weekday) => `${NTH[week - 1]} ${indefinite(weekday)} من كل شهر`,
    monthlyDate: (day, shorter) => `كل شهر، في اليوم ${day}${shorter ? ' (أو آخر يوم في الأشهر الأقصر)' : ''}`,
  },
  times: {
    city: cityInArabic,
    local: (time, city, timeZone) => (city ? `${time} بتوقيت ${city} (${timeZone})` : `${time} UTC`),
    start: (local) => `تبدأ اللقاءات الساعة ${local}.`,
    startInUtc: (local, utc) => `تبدأ اللقاءات الساعة ${local}، أي ${utc} UTC.`,
    clocksChange: (local, stretches) =>
      `تبدأ اللقاءات الساعة ${local}. يتغير التوقيت خلال البرنامج، فيوافق ذلك ${list(
        stretches.map(({ utc, from, to }) => (!from ? `الساعة ${utc} UTC حتى ${to}` : !to ? `الساعة ${utc} UTC ابتداءً من ${from}` : `الساعة ${utc} UTC من ${from} إلى ${to}`)),
      )}.`,
  },
  summary: (n, length, span) =>
    `${count(n, ['لقاء واحد', 'لقاءان', 'لقاءات', 'لقاءً', 'لقاء'])}، مدة كل لقاء ${minutes(length)}، ${'on' in span ? `يوم ${span.on}` : `${span.cadence}، من ${span.from} إلى ${span.to}`}.`,
  moved: (reason) =>
    reason.kind === 'short-month'
      ? `لا يوجد يوم ${reason.day} في ${MONTHS[reason.month - 1]}، لذا يُعقد اللقاء في آخر يوم منه`
      : reason.kind === 'weekend'
        ? `يوم ${WEEKDAYS[reason.weekday - 1]} عطلة نهاية الأسبوع حيث يُقام البرنامج، لذا تُنقل المتابعة إلى يوم العمل ${reason.later ? 'التالي' : 'السابق'}`
        : `تُقدَّم الساعة في تلك الليلة فلا وجود للساعة ${reason.time}، لذا يبدأ اللقاء الساعة ${reason.start}`,
  movedNote,
  scheduleLine: ({ date, time, kind, moved }) => `${date}، ${time}: ${kind}${moved ? movedNote(moved) : ''}`,
  separator: '؛ ',
  numberRuns: (runs) => list(runs.map(([from, to]) => (from === to ? String(from) : to === from + 1 ? `${from} و${to}` : `من ${from} إلى ${to}`))),
  readme: {
    intro: (organization) => `حقيبة برنامج إرشاد لـ${organization}، أُعدّت باستخدام Mentorkit. المجلدات مرتبة حسب مراحل البرنامج.`,
    contents: 'محتويات الحقيبة',
    calendar: 'كل اللقاءات، لاستيرادها إلى تقويمك.',
    formats: 'يتوفر كل مستند نموذجَ PDF يُملأ على الشاشة أو يُطبع، وملفَّ Word، وملفَّ Markdown.',
    schedule: 'الجدول الزمني',
    agendas: (sessions, n) => `${n === 1 ? 'جدول أعمال اللقاء' : 'جداول أعمال اللقاءات'} ${sessions}`,
    log: 'سجل اللقاءات، صف لكل لقاء (CSV لجداول البيانات) وورقة للطباعة (PDF)',
    table: { session: 'اللقاء', date: 'التاريخ', time: 'الوقت', meeting: 'نوع اللقاء', agenda: 'جدول الأعمال', note: 'ملاحظة' },
  },
  logColumns: ['اللقاء', 'التاريخ', 'البداية', 'النهاية', 'المنطقة الزمنية', 'نوع اللقاء', 'البرنامج', 'الأهداف', 'الموضوعات', 'القرارات', 'المهام', 'تأملات المسترشد', 'تأملات المرشد'],
  form: {
    legends: { program: 'البرنامج', schedule: 'الجدول الزمني', place: 'مكان اللقاءات', coordinator: 'مستندات منسق البرنامج (اختياري)' },
    fields: {
      language: 'لغة الحقيبة',
      program: 'اسم البرنامج',
      organization: 'الجهة',
      mentor: 'اسم المرشد',
      mentee: 'اسم المسترشد',
      'terms.mentor': 'بمَ يسمّي برنامجك المرشدين',
      'terms.mentee': 'بمَ يسمّي برنامجك المسترشدين',
      start: 'تاريخ اللقاء الأول',
      weeks: 'مدة البرنامج بالأسابيع',
      cadence: 'تكرار اللقاءات',
      time: 'وقت البدء',
      timeZone: 'المنطقة الزمنية',
      locale: 'اللغة والمنطقة',
      minutes: 'مدة اللقاء بالدقائق',
      format: 'طريقة اللقاء',
      location: 'المكان، أو رابط مكالمة الفيديو للقاءات عبر الإنترنت',
      focus: 'محاور البرنامج',
      goals: 'تحديد الأهداف',
      'coordinator.name': 'اسم منسق البرنامج',
      'coordinator.contact': 'البريد الإلكتروني أو الهاتف لمنسق البرنامج',
      'coordinator.checkIns': 'متابعة المنسق مع المرشد والمسترشد',
    },
    cadences: {
      weekly: 'كل أسبوع',
      biweekly: 'كل أسبوعين',
      monthly: 'كل شهر، في اليوم نفسه من الأسبوع (مثل أول اثنين من الشهر)',
      'monthly-date': 'كل شهر، في التاريخ نفسه',
    },
    goals: { smart: 'ورقة عمل الأهداف الذكية (SMART)', grow: 'مخطط محادثة GROW' },
    checkIns: { monthly: 'كل شهر', biweekly: 'كل أسبوعين' },
    optional: 'اختياري',
    range: (min, max) => `من ${min} إلى ${max}`,
    example: (value) => `مثل ${value}`,
    comma: '، ',
    invalid: {
      language: 'اختر إحدى اللغات.',
      program: 'اكتب اسمًا في سطر واحد، لا يزيد على 120 حرفًا.',
      organization: 'اكتب اسمًا في سطر واحد، لا يزيد على 120 حرفًا.',
      mentor: 'اكتب اسمًا في سطر واحد، لا يزيد على 120 حرفًا.',
      mentee: 'اكتب اسمًا في سطر واحد، لا يزيد على 120 حرفًا.',
      terms: 'لا يمكن تغيير تسمية المشاركين إلا في حقيبة باللغة الإنجليزية: اترك هذين الحقلين فارغين أو اختر الإنجليزية.',
      'terms.mentor': 'اكتب كلمة أو اسمًا في سطر واحد، لا يزيد على 120 حرفًا.',
      'terms.mentee': 'اكتب كلمة أو اسمًا في سطر واحد، لا يزيد على 120 حرفًا.',
      start: 'اكتب تاريخًا صحيحًا مثل 2026-03-02، بين عامي 2000 و2097.',
      weeks: 'اكتب عددًا صحيحًا من الأسابيع، من 1 إلى 104.',
      cadence: 'اختر أحد الخيارات.',
      time: 'اكتب الوقت بنظام 24 ساعة، مثل 17:30.',
      timeZone: 'اكتب المنطقة الزمنية بصيغة المنطقة/المدينة، مثل Asia/Dubai أو Africa/Cairo.',
      locale: 'اكتب اللغة والمنطقة برمزهما، مثل ar-EG أو ar-AE.',
      minutes: 'اكتب عددًا صحيحًا من الدقائق، من 15 إلى 240.',
      format: 'اختر أحد الخيارات.',
      location: 'اكتب المكان في سطر واحد؛ وللقاءات عبر الإنترنت، رابط مكالمة الفيديو الذي يبدأ بـ https://.',
      focus: 'اختر محورًا واحدًا على الأقل.',
      goals: 'اختر أحد الخيارات.',
      coordinator: 'لإضافة مستندات منسق البرنامج، اكتب اسم المنسق؛ وإن لم تُرِدها فاترك هذه الحقول فارغة.',
      'coordinator.name': 'اكتب اسمًا في سطر واحد، لا يزيد على 120 حرفًا؛ أو اترك حقول المنسق فارغة.',
      'coordinator.contact': 'اكتب بريدًا إلكترونيًا أو رقم هاتف في سطر واحد، لا يزيد على 120 حرفًا.',
      'coordinator.checkIns': 'اختر أحد الخيارات.',
    },
    unprintable: (character) => `يحتوي على «${character}»، ولا تستطيع مستندات الحقيبة طباعته: احذفه أو اكتبه بطريقة أخرى.`,
  },
  coordinator: {
    readme: (name, contact) => `منسق البرنامج: ${name}${contact ? `، ويمكن التواصل عبر ${contact}` : ''}.`,
    folder: (documents, checkIns) => `مستندات منسق البرنامج: ${documents}؛ واستمارة لكل متابعة (عدد المتابعات: ${checkIns})`,
    calendar: 'متابعات منسق البرنامج مع المرشد والمسترشد، تذكيراتٍ ليوم كامل، في تقويم مستقل عن تقويم اللقاءات.',
    checkInTitle: (number, n, date) => `المتابعة ${number} من ${n}: ${date}`,
    checkInEvent: (program, number, n) => `${program}: متابعة مع المرشد والمسترشد (${number} من ${n})`,
    pair: (mentor, mentee) => `${mentor} و${mentee}`,
  },
  eventSummary: (program, phase, number, n) => `${program}: ${phase} (${number} من ${n})`,
};
