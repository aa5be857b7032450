import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { EXPORT_FORMATS, exportReferences, type ExportFormat } from '../../lib/citations';

export const getStaticPaths = (() =>
  (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => ({
    params: { file: `references.${format}` },
    props: { format },
  }))) satisfies GetStaticPaths;

/** The reference list in each export format, written once at build time. */
export const GET: APIRoute<{ format: ExportFormat }> = async ({ props }) =>
  new Response(exportReferences(await getCollection('references'), props.format), {
    headers: { 'Content-Type': EXPORT_FORMATS[props.format].mediaType },
  });
