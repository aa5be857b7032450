// Synthetic but realistic content for the scale benchmark: the real guide, plus generated chapters
// (headings, lists, tables, citations; Markdown, and a share in MDX), FAQ entries, references and
// practitioners, about as many as make the asked number of pages (the contents and A-Z pages a large
// guide adds come on top). Deterministic: the same size and seed give the same files.
//
//   npx tsx bench/generate-content.ts --pages 1000 --out bench/content-1000
//   MENTORKIT_CONTENT_DIR=bench/content-1000 npm run build -- --outDir bench/site-1000
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import GithubSlugger from 'github-slugger';
import { stringify } from 'yaml';
import site from '../site.config';

/** mulberry32: a small seeded generator, so that every run writes the same content. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['A mentor', 'The mentee', 'A good mentoring partnership', 'The program coordinator', 'Each pair', 'A sponsor', 'An experienced colleague', 'The organization', 'A peer mentor', 'The steering group'];
const VERBS = ['builds', 'reviews', 'agrees on', 'reflects on', 'strengthens', 'clarifies', 'supports', 'records', 'shares', 'plans', 'revisits', 'celebrates'];
const OBJECTS = ['clear goals', 'honest feedback', 'the meeting agenda', 'a development plan', 'career options', 'leadership skills', 'the next milestone', 'mutual trust', 'a network of contacts', 'confidential conversations', 'progress notes', 'learning in both directions'];
const TAILS = ['before the next session', 'over the first three months', 'at the mid-point review', 'in a shared document', 'with patience and curiosity', 'when priorities change', 'so that both sides stay accountable', 'without rushing to solutions', 'across time zones', 'as the relationship matures'];
const TOPICS = ['Goal setting', 'Active listening', 'Feedback', 'Career transitions', 'Leadership', 'Networking', 'Confidentiality', 'Reverse mentoring', 'Group mentoring', 'Virtual meetings', 'Onboarding', 'Difficult conversations', 'Closing a relationship', 'Measuring progress', 'Diversity and inclusion', 'Sponsorship', 'Peer support', 'Time management', 'Self-reflection', 'Psychological safety'];
const AUDIENCES = ['new mentors', 'first-time mentees', 'program designers', 'managers', 'remote teams', 'graduate students', 'engineers', 'nurses', 'teachers', 'small businesses', 'volunteers', 'researchers'];
const SURNAMES = ['Adeyemi', 'Bianchi', 'Chen', 'Dubois', 'Eriksen', 'Fernández', 'García', 'Horvath', 'Ivanova', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka'];
const JOURNALS = ['Journal of Vocational Behavior', 'Journal of Applied Psychology', 'Mentoring & Tutoring: Partnership in Learning', 'Human Resource Development Quarterly', 'Academy of Management Review'];

/**
 * Words for the translations of generated chapters, so that each language's pages and search index hold
 * text in that language: the same sentence shapes, in Spanish and Arabic.
 */
const TRANSLATION_WORDS: Record<string, { subjects: string[]; verbs: string[]; objects: string[]; tails: string[]; topics: string[]; step: string; part: string }> = {
  es: {
    subjects: ['Una mentora', 'La persona mentorizada', 'Una buena relación de mentoría', 'La coordinación del programa', 'Cada pareja', 'Un colega con experiencia'],
    verbs: ['construye', 'revisa', 'acuerda', 'reflexiona sobre', 'refuerza', 'aclara', 'apoya', 'anota', 'comparte', 'planifica'],
    objects: ['objetivos claros', 'comentarios sinceros', 'la agenda de la reunión', 'un plan de desarrollo', 'opciones profesionales', 'la confianza mutua', 'el próximo hito'],
    tails: ['antes de la próxima sesión', 'durante los tres primeros meses', 'en la revisión de mitad del programa', 'en un documento compartido', 'con paciencia y curiosidad'],
    topics: ['Fijar objetivos', 'Escucha activa', 'Retroalimentación', 'Cambios de carrera', 'Liderazgo', 'Confidencialidad', 'Reuniones en línea'],
    step: 'paso',
    part: 'parte',
  },
  ar: {
    subjects: ['المرشدة', 'المسترشد', 'علاقة الإرشاد الجيدة', 'منسق البرنامج', 'كل ثنائي', 'زميل خبير'],
    verbs: ['يبني', 'يراجع', 'يتفق على', 'يتأمل في', 'يعزز', 'يوضح', 'يدعم', 'يدوّن', 'يشارك', 'يخطط'],
    objects: ['أهدافًا واضحة', 'ملاحظات صادقة', 'جدول أعمال اللقاء', 'خطة تطوير', 'خيارات مهنية', 'الثقة المتبادلة', 'المرحلة التالية'],
    tails: ['قبل اللقاء القادم', 'خلال الأشهر الثلاثة الأولى', 'في مراجعة منتصف البرنامج', 'في مستند مشترك', 'بصبر وفضول'],
    topics: ['تحديد الأهداف', 'الإصغاء الفعّال', 'الملاحظات', 'التحولات المهنية', 'القيادة', 'السرية', 'اللقاءات عبر الإنترنت'],
    step: 'الخطوة',
    part: 'الجزء',
  },
};

/** How many pages of the site make one generated entry of each kind (the rest of the pages are chapters). */
export interface EntryRatios {
  faq: number;
  references: number;
  practitioners: number;
}
const RATIOS: EntryRatios = { faq: 20, references: 50, practitioners: 50 };

/** Counts of each kind of generated entry for a site of `pages` pages in all. */
function plan(pages: number, fixedPages: number, ratios: EntryRatios) {
  const chapters = Math.max(0, pages - fixedPages);
  return { chapters, faq: Math.ceil(pages / ratios.faq), references: Math.ceil(pages / ratios.references), practitioners: Math.ceil(pages / ratios.practitioners) };
}

/** Pages the real content and the site's fixed routes already make (home, indexes, chapters, templates, 404...). */
export function fixedPageCount(contentRoot = 'src/content'): number {
  // Entries are the collection's files; the folders beside them hold translations.
  const count = (collection: string) => readdirSync(join(contentRoot, collection), { withFileTypes: true }).filter((entry) => entry.isFile()).length;
  // Home, guide contents, modalities, FAQ, references, reading, practitioners, templates, toolkit, search, 404.
  return 11 + count('guide') + count('templates');
}

export interface GenerateOptions {
  /** HTML pages the built site should have in all. */
  pages: number;
  /** Folder to write; replaced if it exists. */
  out: string;
  seed?: number;
  /** Share of chapters written as MDX (the rest are Markdown), from 0 to 1. */
  mdxShare?: number;
  /** Pages per generated entry of each kind; default one question per 20 pages, one reference and one practitioner per 50. */
  ratios?: Partial<EntryRatios>;
  /** Translate every generated chapter into each of the site's other languages (default), as a guide published in all of them is. */
  translate?: boolean;
}

/** Writes a content folder (the real content plus generated entries) and returns what it generated. */
export function generateContent({ pages, out, seed = 1, mdxShare = 0.1, ratios = {}, translate = true }: GenerateOptions) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}.`;
  const paragraph = () => Array.from({ length: between(3, 6) }, sentence).join(' ');
  const counts = plan(pages, fixedPageCount(), { ...RATIOS, ...ratios });
  // Drawn from a stream of their own: the original content is the same with translations or without.
  const nextWord = random(seed + 1);
  const word = <T>(items: readonly T[]): T => items[Math.floor(nextWord() * items.length)]!;

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync('src/content', out, { recursive: true });
  const write = (collection: string, file: string, text: string) => writeFileSync(join(out, collection, file), text);
  const pad = (n: number) => String(n).padStart(5, '0');

  const references = Array.from({ length: counts.references }, (_, i) => `generated-${pad(i + 1)}`);
  references.forEach((id) => {
    const authors = Array.from({ length: between(1, 3) }, () => ({ family: pick(SURNAMES), given: `${String.fromCharCode(65 + between(0, 25))}.` }));
    write(
      'references',
      `${id}.yaml`,
      stringify({ type: 'article', authors, year: between(1985, 2025), title: `${pick(TOPICS)} in formal mentoring programs: Evidence from ${pick(AUDIENCES)}`, journal: pick(JOURNALS), volume: String(between(10, 99)), issue: String(between(1, 4)), pages: `${between(1, 200)}–${between(201, 400)}` }),
    );
  });

  const chapters: string[] = [];
  for (let i = 0; i < counts.chapters; i++) {
    const topic = pick(TOPICS);
    const audience = pick(AUDIENCES);
    const title = `${topic} for ${audience}, part ${i + 1}`;
    const id = `generated-${pad(i + 1)}`;
    chapters.push(id);
    const cited = references.length > 0 ? [...new Set(Array.from({ length: between(0, 2) }, () => pick(references)))] : [];
    const sections: string[] = [];
    for (let s = 0, n = between(3, 6); s < n; s++) {
      sections.push(`## ${pick(TOPICS)}: step ${s + 1}`, paragraph());
      if (next() < 0.5) sections.push(Array.from({ length: between(3, 5) }, () => `- ${sentence()}`).join('\n'));
      if (next() < 0.3) {
        const rows = Array.from({ length: between(2, 4) }, (_, r) => `| Week ${r + 1} | ${pick(OBJECTS)} | ${pick(TAILS)} |`);
        sections.push(['| When | Focus | How |', '| --- | --- | --- |', ...rows].join('\n'));
      }
      if (next() < 0.4) sections.push(`### ${pick(OBJECTS).replace(/^./, (c) => c.toUpperCase())}`, paragraph());
    }
    const frontmatter = stringify({
      title,
      description: `How ${audience} can approach ${topic.toLowerCase()} in a mentoring relationship, with practical steps.`,
      order: 1000 + i,
      summary: `${sentence()} ${sentence()}`,
      references: cited,
    });
    // Spread evenly rather than drawn, so that every size has its exact share of MDX chapters.
    const mdx = Math.floor((i + 1) * mdxShare) > Math.floor(i * mdxShare);
    if (mdx) sections.splice(1, 0, `<aside aria-label="Tip">\n\n${sentence()}\n\n</aside>`);
    const body = `${paragraph()}\n\n${sections.join('\n\n')}\n`;
    write('guide', `${id}.${mdx ? 'mdx' : 'md'}`, `---\n${frontmatter}---\n\n${body}`);
    if (translate) {
      for (const code of site.locales.map((locale) => locale.code).filter((code) => code !== site.defaultLocale && TRANSLATION_WORDS[code])) {
        mkdirSync(join(out, 'guide', code), { recursive: true });
        write('guide', `${code}/${id}.${mdx ? 'mdx' : 'md'}`, translated(TRANSLATION_WORDS[code]!, body, { order: 1000 + i, references: cited, part: i + 1 }));
      }
    }
  }

  /**
   * A chapter's translation: its lines in the language's words, each heading keeping the original's id
   * (as a translated chapter must), lists and tables as they were.
   */
  function translated(words: (typeof TRANSLATION_WORDS)[string], original: string, kept: { order: number; references: string[]; part: number }): string {
    const say = () => `${word(words.subjects)} ${word(words.verbs)} ${word(words.objects)} ${word(words.tails)}.`;
    const slugger = new GithubSlugger();
    const lines = original.split('\n').map((line) => {
      const heading = /^(#{2,3}) (.+)$/.exec(line);
      if (heading) return `${heading[1]} ${word(words.topics)}: ${words.step} ${word(['1', '2', '3'])} {#${slugger.slug(heading[2]!)}}`;
      if (line.startsWith('- ')) return `- ${say()}`;
      if (line === '' || line.startsWith('|') || line.startsWith('<')) return line;
      return Array.from({ length: 3 + Math.floor(nextWord() * 4) }, say).join(' ');
    });
    const frontmatter = stringify({ title: `${word(words.topics)}, ${words.part} ${kept.part}`, description: say(), order: kept.order, summary: `${say()} ${say()}`, references: kept.references, reviewed: false });
    return `---\n${frontmatter}---\n\n${lines.join('\n')}`;
  }

  const categories = site.faqCategories.map((category) => category.id);
  for (let i = 0; i < counts.faq; i++) {
    const related = chapters.length > 0 ? [...new Set(Array.from({ length: between(0, 2) }, () => pick(chapters)))] : [];
    const frontmatter = stringify({ question: `How does ${pick(TOPICS).toLowerCase()} work for ${pick(AUDIENCES)} (${i + 1})?`, category: pick(categories), order: 1000 + i, related });
    write('faq', `generated-${pad(i + 1)}.md`, `---\n${frontmatter}---\n\n${paragraph()}\n\n${paragraph()}\n`);
  }

  for (let i = 0; i < counts.practitioners; i++) {
    write(
      'practitioners',
      `generated-${pad(i + 1)}.yaml`,
      // 020 7946 0000-0999 is the UK range set aside for fiction: valid in form, never anyone's number.
      stringify({ name: `${pick(SURNAMES)} Mentoring Practice ${i + 1}`, tagline: `${pick(TOPICS)} for ${pick(AUDIENCES)}`, address: `${between(1, 200)} High Street, London, United Kingdom`, phone: `+44 20 7946 0${String(between(0, 999)).padStart(3, '0')}`, order: 1000 + i }),
    );
  }
  return counts;
}

function main() {
  const { values } = parseArgs({ options: { pages: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, mdx: { type: 'string', default: '0.1' } } });
  const pages = Number(values.pages);
  const mdxShare = Number(values.mdx);
  if (!Number.isInteger(pages) || pages < 1 || !values.out || !(mdxShare >= 0 && mdxShare <= 1)) {
    console.error('Usage: npx tsx bench/generate-content.ts --pages <total pages, e.g. 1000> --out <folder> [--seed <integer>] [--mdx <share of MDX chapters, 0 to 1; default 0.1>]');
    process.exit(2);
  }
  const counts = generateContent({ pages, out: values.out, seed: Number(values.seed), mdxShare });
  console.error(`Wrote ${values.out}: the real content plus ${counts.chapters} chapters, ${counts.faq} questions, ${counts.references} references, ${counts.practitioners} practitioners`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
