import type { APIRoute } from 'astro';
import site from '../../../site.config';
import { routes } from '../../routes';
import { programJsonSchema } from '../../toolkit';

/** The program description's JSON Schema, generated from the zod schema the generator validates with. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify({ $id: new URL(routes.programSchema, site.url).href, ...programJsonSchema() }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
