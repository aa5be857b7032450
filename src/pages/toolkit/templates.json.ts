import type { APIRoute } from 'astro';
import { shownTemplates, templateDocument } from '../../data/templates';
import { defaultLocale } from '../../i18n/pages';
import { KIT_TEMPLATES } from '../../toolkit';

/** The kit's templates, validated, for the generator in the browser (the CLI reads the same YAML files). */
export const GET: APIRoute = async () => {
  const documents = (await shownTemplates(defaultLocale)).map(templateDocument);
  const kit = Object.fromEntries(KIT_TEMPLATES.map((id) => [id, documents.find((doc) => doc.id === id)?.template]));
  return new Response(JSON.stringify(kit), { headers: { 'Content-Type': 'application/json' } });
};
