import { kitAr, minutes } from './kit-ar';
import type { DocumentWords } from './types';

export const ar: DocumentWords = {
  lang: 'ar',
  direction: 'rtl',
  reviewed: false,
  phases: { start: 'البداية', ongoing: 'في كل لقاء', midpoint: 'منتصف البرنامج', closing: 'الختام' },
  audiences: { mentor: 'المرشد', mentee: 'المسترشد', both: 'المرشد والمسترشد', coordinator: 'منسق البرنامج' },
  minutes,
  onlyFor: { mentor: 'للمرشدين فقط', mentee: 'للمسترشدين فقط' },
  whoFillsItIn: 'من يملؤه',
  when: 'متى',
  timeNeeded: 'الوقت اللازم',
  signature: 'التوقيع',
  date: 'التاريخ',
  dateToWrite: 'التاريخ (مثل 2026-03-31)',
  dateBox: (label) => `${label} (تاريخ، مثل 2026-03-31)`,
  signatureBox: (label) => `${label}: التوقيع (اكتب اسمك)`,
  signedOnBox: (label) => `${label}: تاريخ التوقيع`,
  tableCell: (table, row, column) => `${table}، الصف ${row}: ${column}`,
  folio: (title, page, pages) => `${title} · ${page} من ${pages}`,
  page: 'صفحة',
  mentoring: 'الإرشاد',
  formats: { pdf: (paper) => `PDF، ${paper}`, word: 'Word', markdown: 'Markdown' },
  templatesReadme: {
    title: 'نماذج الإرشاد',
    intro: 'لكل مرحلة من مراحل البرنامج مجلد، والمجلدات مرقّمة بترتيب استخدامها.',
    forWhom: (audience, count) => `لمن: ${audience}؛ نحو ${minutes(count)}.`,
    formats: 'الصيغ',
    formatsIntro: 'يأتي كل نموذج بكل الصيغ. ملفات PDF نماذج قابلة للتعبئة: املأها على الشاشة، أو اطبعها واكتب بخط اليد.',
  },
  kit: kitAr,
};
