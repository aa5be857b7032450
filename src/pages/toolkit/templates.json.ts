import type { APIRoute } from 'astro';
import { templateDocument, templateEntries } from '../../data/templates';
import { KIT_TEMPLATES } from '../../toolkit';

/** The kit's templates, validated, for the generator in the browser (the CLI reads the same YAML files). */
export const GET: APIRoute = async () => {
  const documents = (await templateEntries()).map(templateDocument);
  const kit = Object.fromEntries(KIT_TEMPLATES.map((id) => [id, documents.find((doc) => doc.id === id)?.template]));
  return new Response(JSON.stringify(kit), { headers: { 'Content-Type': 'application/json' } });
};
