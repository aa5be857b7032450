import type { Locale, SiteConfig } from '../schemas/site';
import { searchHref } from '../routes';
import type { ReferenceData } from './citations';

/** A schema.org node, as JSON-LD. */
export type Thing = Record<string, unknown>;

/** JSON for a <script type="application/ld+json">: "<" escaped so that text can never close the element. */
export function serializeJsonLd(things: Thing[]): string {
  const graph = things.length === 1 ? { '@context': 'https://schema.org', ...things[0] } : { '@context': 'https://schema.org', '@graph': things };
  return JSON.stringify(graph).replace(/</g, '\\u003c');
}

export function absolute(site: SiteConfig, path: string): string {
  return new URL(path, site.url).href;
}

function organization(site: SiteConfig): Thing {
  return { '@type': 'Organization', name: site.organization.name, url: absolute(site, '/'), email: site.email };
}

/**
 * The site itself in `language`, whose pages' addresses start with `prefix` ("" or "/es"), with its
 * search page as its SearchAction (search engines' site-search box).
 */
export function webSite(site: SiteConfig, language: Locale, prefix: string): Thing {
  return {
    '@type': 'WebSite',
    name: language.text.title,
    url: absolute(site, `${prefix}/`),
    inLanguage: language.code,
    description: language.text.description,
    publisher: organization(site),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absolute(site, `${prefix}${searchHref()}`)}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export function breadcrumbList(site: SiteConfig, trail: { href: string; label: string }[]): Thing {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.label, item: absolute(site, crumb.href) })),
  };
}

/** A chapter, at its canonical `path`, written in `lang`. */
export function article(site: SiteConfig, page: { path: string; lang: string; title: string; description: string; modified?: Date | undefined }): Thing {
  return {
    '@type': 'Article',
    headline: page.title,
    description: page.description,
    url: absolute(site, page.path),
    mainEntityOfPage: absolute(site, page.path),
    inLanguage: page.lang,
    author: organization(site),
    publisher: organization(site),
    ...(page.modified && { dateModified: page.modified.toISOString() }),
  };
}

/**
 * A question's own page, at its canonical `path`, written in `lang`: marked once on the site as search
 * engines ask (the FAQ's listing links here).
 */
export function faqPage(site: SiteConfig, path: string, lang: string, entries: { question: string; answer: string }[]): Thing {
  return {
    '@type': 'FAQPage',
    url: absolute(site, path),
    inLanguage: lang,
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}

const person = (p: { family: string; given: string }): Thing => ({ '@type': 'Person', familyName: p.family, givenName: p.given, name: `${p.given} ${p.family}` });

/** A reference entry as ScholarlyArticle (journal article) or Book (edited or authored). */
export function scholarlyWork(site: SiteConfig, path: string, id: string, ref: ReferenceData): Thing {
  const common = {
    '@id': absolute(site, `${path}#${id}`),
    name: ref.title,
    datePublished: String(ref.year),
    ...(ref.authors && { author: ref.authors.map(person) }),
    ...(ref.editors && { editor: ref.editors.map(person) }),
    ...(ref.doi && { sameAs: `https://doi.org/${ref.doi}` }),
  };
  if (ref.type === 'book') return { '@type': 'Book', ...common, publisher: { '@type': 'Organization', name: ref.publisher } };
  return {
    '@type': 'ScholarlyArticle',
    ...common,
    ...(ref.pages && { pagination: ref.pages }),
    isPartOf: {
      '@type': 'PublicationIssue',
      ...(ref.issue && { issueNumber: ref.issue }),
      isPartOf: { '@type': 'PublicationVolume', volumeNumber: ref.volume, isPartOf: { '@type': 'Periodical', name: ref.journal } },
    },
  };
}

export function book(site: SiteConfig, path: string, id: string, data: { title: string; subtitle?: string | undefined; authors: string[]; isbn?: string | undefined }): Thing {
  return {
    '@type': 'Book',
    '@id': absolute(site, `${path}#${id}`),
    name: data.subtitle ? `${data.title}: ${data.subtitle}` : data.title,
    author: data.authors.map((name) => ({ '@type': 'Person', name })),
    ...(data.isbn && { isbn: data.isbn.replace(/[-\s]/g, '') }),
  };
}
