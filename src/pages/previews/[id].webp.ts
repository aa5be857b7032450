import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { templateEntries, templatePreview } from '../../data/templates';

/** A picture of each template's first page, under /previews/, written at build time. */
export const getStaticPaths = (async () =>
  (await templateEntries()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'templates'> }> = async ({ props }) =>
  new Response((await templatePreview(props.entry)).slice(), { headers: { 'Content-Type': 'image/webp' } });
