import { defineSiteConfig } from './src/schemas/site';

// The organization's settings. Every page, the sitemap and every toolkit file read them from here;
// `npm run build` stops with the setting's name if a value is wrong.
export default defineSiteConfig({
  title: 'The Mentoring Guide',
  organization: {
    name: 'Mentorkit Mentoring Network',
    shortName: 'Mentorkit',
  },
  url: 'https://mentoring.mentorkit.example',
  defaultLocale: 'en',
  // The default language first; every other one gives the texts of these settings in its own words.
  locales: [
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
  description:
    'A practical guide to mentoring: what it is, how it helps, what to expect, how it compares with coaching and counseling, and answers to common questions.',
  email: 'mentoring@mentorkit.example',
  brandColor: '#1d4ed8',
  logo: { src: '/logo.svg', alt: '' },
  faqCategories: [
    { id: 'getting-started', title: 'Getting started' },
    { id: 'mentors-and-mentees', title: 'Mentors and mentees' },
    { id: 'how-it-works', title: 'How mentoring works' },
  ],
  // Leave this block out if you have no program of your own: the "Join" page then gives general advice.
  program: {
    name: 'Mentorkit Mentoring Program',
    summary: 'Nine months of monthly meetings with a mentor from another team, with a kick-off, a midpoint review and a closing event.',
    eligibility: 'Anyone in the network can join as a mentee. Mentors have at least three years of experience in their field.',
    apply: 'join@mentorkit.example',
    timing: 'Applications open every January and September; matches are made within a month.',
    contact: { name: 'Priya Shah, program coordinator', email: 'mentoring@mentorkit.example' },
  },
});
