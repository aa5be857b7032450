import { getCollection, render } from 'astro:content';
import site from '../../site.config';
import { chapterHref, faqQuestionHref, routes, templateHref } from '../routes';
import { siteSections } from './sections';
import { interfaceText } from '../i18n';
import { alphabetize, type TopicGroup } from '../utils/topic-index';
import { guideChapters, ordered, practitionerHref, practitionerPages, referenceBibliography, referenceHref } from './listings';
import { templateEntries } from './templates';

/** Every topic of the site by name (chapters and their sections, questions, entries of each directory), grouped A to Z. */
async function collectTopics(): Promise<TopicGroup[]> {
  const t = interfaceText(site.defaultLocale);
  const chapters = await guideChapters();
  const sections = await Promise.all(
    chapters.map(async (chapter) =>
      (await render(chapter)).headings
        .filter((heading) => heading.depth === 2)
        .map((heading) => ({ label: heading.text, href: chapterHref(chapter.id, heading.slug), kind: 'Guide' })),
    ),
  );
  const topics = [
    ...chapters.map((chapter) => ({ label: chapter.data.title, href: chapterHref(chapter.id), kind: 'Guide' })),
    ...sections.flat(),
    ...(await Promise.all((await getCollection('faq')).map(async (entry) => ({ label: entry.data.question, href: faqQuestionHref(entry.id), kind: 'FAQ' })))),
    ...(await ordered('modalities')).map((entry) => ({ label: entry.data.name, href: `${routes.modalities}#${entry.id}`, kind: 'Modality' })),
    ...(await Promise.all((await referenceBibliography()).map(async (entry) => ({ label: entry.text, href: await referenceHref(entry.id), kind: 'Reference' })))),
    ...(await ordered('reading')).map((entry) => ({ label: entry.data.title, href: `${routes.reading}#${entry.id}`, kind: 'Reading' })),
    ...(await templateEntries()).map((entry) => ({ label: entry.data.title, href: templateHref(entry.id), kind: 'Template' })),
    ...(await Promise.all((await practitionerPages()).flat().map(async (entry) => ({ label: entry.data.name, href: await practitionerHref(entry.id), kind: 'Practitioner' })))),
    ...siteSections.filter((section) => section.href !== routes.guide).map((section) => ({ label: t(section.label), href: section.href, kind: 'Page' })),
  ];
  return alphabetize(topics, site.defaultLocale);
}

let topics: Promise<TopicGroup[]> | undefined;

/** The site's A–Z index, collected once per build (the search page and the letter pages share it). */
export function topicIndex(): Promise<TopicGroup[]> {
  topics ??= collectTopics();
  return topics;
}
