import { render } from 'astro:content';
import { chapterHref, faqQuestionHref, routes, templateHref } from '../routes';
import { siteSections } from './sections';
import { interfaceText } from '../i18n';
import { alphabetize, type Topic, type TopicGroup } from '../utils/topic-index';
import { defaultLocale } from '../i18n/pages';
import type { Locale } from '../schemas/site';
import { allShownIn } from './translations';
import { guideChapters, ordered, practitionerHref, practitionerPages, referenceBibliography, referenceHref } from './listings';
import { templateEntries } from './templates';

/**
 * Every topic of the site by name, as the readers of `language` find them (chapters and their sections,
 * questions, entries of each directory), grouped in the order of its alphabet. Each topic is in its
 * translation into `language` where there is one, and says its language where it is not.
 */
async function collectTopics(language: Locale): Promise<TopicGroup[]> {
  const t = interfaceText(language.code);
  const original = (topic: Omit<Topic, 'lang'>): Topic => ({ ...topic, lang: defaultLocale.code });
  const chapters = await allShownIn('guide', await guideChapters(), language);
  const sections = await Promise.all(
    chapters.map(async (chapter) =>
      (await render(chapter.entry)).headings
        .filter((heading) => heading.depth === 2)
        .map((heading) => ({ label: heading.text, href: chapterHref(chapter.id, heading.slug), kind: t('kind.Guide'), lang: chapter.language.code })),
    ),
  );
  const questions = await allShownIn('faq', await ordered('faq'), language);
  const topics: Topic[] = [
    ...chapters.map((chapter) => ({ label: chapter.entry.data.title, href: chapterHref(chapter.id), kind: t('kind.Guide'), lang: chapter.language.code })),
    ...sections.flat(),
    ...questions.map((question) => ({ label: question.entry.data.question, href: faqQuestionHref(question.id), kind: t('kind.FAQ'), lang: question.language.code })),
    // The pages of these are not translated yet: their topics are the default language's.
    ...(await ordered('modalities')).map((entry) => original({ label: entry.data.name, href: `${routes.modalities}#${entry.id}`, kind: t('kind.Modality') })),
    ...(await Promise.all((await referenceBibliography()).map(async (entry) => original({ label: entry.text, href: await referenceHref(entry.id), kind: t('kind.Reference') })))),
    ...(await ordered('reading')).map((entry) => original({ label: entry.data.title, href: `${routes.reading}#${entry.id}`, kind: t('kind.Reading') })),
    ...(await templateEntries()).map((entry) => original({ label: entry.data.title, href: templateHref(entry.id), kind: t('kind.Template') })),
    ...(await Promise.all((await practitionerPages()).flat().map(async (entry) => original({ label: entry.data.name, href: await practitionerHref(entry.id), kind: t('kind.Practitioner') })))),
    ...siteSections.filter((section) => section.href !== routes.guide).map((section) => ({ label: t(section.label), href: section.href, kind: t('kind.Page'), lang: language.code })),
  ];
  return alphabetize(topics, language.code);
}

const topics = new Map<string, Promise<TopicGroup[]>>();

/** The A–Z index of `language`, collected once per build (the search page and the letter pages share it). */
export function topicIndex(language: Locale): Promise<TopicGroup[]> {
  if (!topics.has(language.code)) topics.set(language.code, collectTopics(language));
  return topics.get(language.code)!;
}
