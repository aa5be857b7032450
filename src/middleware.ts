import { defineMiddleware } from 'astro:middleware';
import { assertContentLinks } from './collections/links';
import { assertTranslations } from './collections/translations';
import { linksInLanguage } from './i18n/links';
import site from '../site.config';
import { languageOf, prefixOf } from './i18n/pages';

const PREFIXES = site.locales.map(prefixOf);

// Before any page or file is rendered: links between content entries, and translations against their
// originals, are checked once per build; a problem stops the build naming the files. After a page in a
// language with a prefix (/es/…) is rendered: its links to the site's pages are put under that prefix.
export const onRequest = defineMiddleware(async (context, next) => {
  // Every problem at once, links' and translations' alike.
  const failed = (await Promise.allSettled([assertContentLinks(), assertTranslations()])).flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
  if (failed.length > 0) throw new Error(failed.map((error) => (error instanceof Error ? error.message : String(error))).join('\n'));
  const response = await next();
  const prefix = prefixOf(languageOf(context.url.pathname));
  if (!prefix || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(linksInLanguage(await response.text(), prefix, PREFIXES), response);
});
