import type { APIRoute, GetStaticPaths } from 'astro';
import site from '../../../../site.config';
import { shownTemplates, templateDocument } from '../../../data/templates';
import { defaultLocale } from '../../../i18n/pages';
import { DOCUMENT_LANGUAGES, KIT_TEMPLATES } from '../../../toolkit';

/**
 * The kit's templates in each language a kit can be written in, validated, for the generator in the
 * browser (the CLI reads the same YAML files): the site's translations where it has them, its originals
 * where it has none, as the CLI does.
 */
export const getStaticPaths = (() => Object.keys(DOCUMENT_LANGUAGES).map((language) => ({ params: { language } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = site.locales.find(({ code }) => code.toLowerCase() === params.language) ?? defaultLocale;
  const documents = (await shownTemplates(locale)).map(templateDocument);
  const kit = Object.fromEntries(KIT_TEMPLATES.map((id) => [id, documents.find((doc) => doc.id === id)?.template]));
  return new Response(JSON.stringify(kit), { headers: { 'Content-Type': 'application/json' } });
};
