import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { PREVIEW_PIXELS, templateEntries, templatePreview, type PreviewSize } from '../../data/templates';
import { previewHref } from '../../routes';

/** A picture of each template's first page, in each size, under /previews/, written at build time. */
export const getStaticPaths = (async () =>
  (await templateEntries()).flatMap((entry) =>
    (Object.keys(PREVIEW_PIXELS) as PreviewSize[]).map((size) => ({
      params: { file: previewHref(entry.id, size).replace(/^\/previews\/|\.webp$/g, '') },
      props: { entry, size },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'templates'>; size: PreviewSize }> = async ({ props }) =>
  new Response((await templatePreview(props.entry, props.size)).slice(), { headers: { 'Content-Type': 'image/webp' } });
