// The guide's settings in English, Spanish and Arabic, as tests build it: the shipped settings list English
// alone until every page of the other two is checked in them (README, "Languages").
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCALES = `  locales: [
    { code: 'en' },
    {
      code: 'es',
      title: 'La guía de la mentoría',
      description: 'Una guía práctica de la mentoría: qué es, cómo ayuda, qué esperar, en qué se diferencia del coaching y de la orientación psicológica, y respuestas a preguntas comunes.',
      faqCategories: { 'getting-started': 'Primeros pasos', 'mentors-and-mentees': 'Mentores y personas mentorizadas', 'how-it-works': 'Cómo funciona la mentoría' },
      program: {
        name: 'Programa de Mentoría de Mentorkit',
        summary: 'Nueve meses de reuniones mensuales con un mentor o una mentora de otro equipo, con una sesión de inicio, una revisión a mitad del programa y un acto de cierre.',
        eligibility: 'Cualquier persona de la red puede participar como persona mentorizada. Los mentores tienen al menos tres años de experiencia en su campo.',
        timing: 'Las solicitudes se abren cada enero y cada septiembre; los emparejamientos se hacen en el plazo de un mes.',
        contact: 'Priya Shah, coordinadora del programa',
      },
    },
    {
      code: 'ar',
      title: 'دليل الإرشاد المهني',
      description: 'دليل عملي للإرشاد المهني: ما هو، وكيف يساعد، وما الذي تتوقعه منه، وكيف يختلف عن التدريب والاستشارة النفسية، مع إجابات عن الأسئلة الشائعة.',
      faqCategories: { 'getting-started': 'البداية', 'mentors-and-mentees': 'المرشدون والمسترشدون', 'how-it-works': 'كيف يسير الإرشاد' },
      program: {
        name: 'برنامج Mentorkit للإرشاد المهني',
        summary: 'تسعة أشهر من اللقاءات الشهرية مع مرشد من فريق آخر، مع لقاء افتتاحي ومراجعة في منتصف البرنامج وفعالية ختامية.',
        eligibility: 'يمكن لأي شخص في الشبكة أن ينضم مسترشدًا. ولدى المرشدين خبرة لا تقل عن ثلاث سنوات في مجالهم.',
        timing: 'يُفتح باب التقديم كل يناير وكل سبتمبر، ويتم التوفيق بين المرشدين والمسترشدين في غضون شهر.',
        contact: 'بريا شاه، منسّقة البرنامج',
      },
    },
  ],
`;

/** Lists English, Spanish and Arabic, each with its texts, in the settings of the project copy in `dir`. */
export function inThreeLanguages(dir: string): void {
  const file = join(dir, 'site.config.ts');
  const settings = readFileSync(file, 'utf8');
  if (!settings.includes("  defaultLocale: 'en',\n")) throw new Error(`${file} no longer says defaultLocale: 'en' where the languages go`);
  writeFileSync(file, settings.replace("  defaultLocale: 'en',\n", `  defaultLocale: 'en',\n${LOCALES}`));
}
