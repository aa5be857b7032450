import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { EXPORT_FORMATS, exportReferences, type ExportFormat } from '../../utils/citations';
import { ARCHIVE_NAME, templateArchive, templateEntries, templateFiles } from '../../data/templates';

type Download = { kind: 'references'; format: ExportFormat } | { kind: 'template'; id: string; name: string } | { kind: 'archive' };

/** Every file under /downloads/, written once at build time: the reference list and the template toolkit. */
export const getStaticPaths = (async () => {
  const references = (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => ({
    params: { file: `references.${format}` },
    props: { kind: 'references', format } satisfies Download,
  }));
  const templates = (
    await Promise.all(
      (await templateEntries()).map(async (entry) =>
        (await templateFiles(entry)).map((file) => ({ params: { file: file.name }, props: { kind: 'template', id: entry.id, name: file.name } satisfies Download })),
      ),
    )
  ).flat();
  return [...references, ...templates, { params: { file: ARCHIVE_NAME }, props: { kind: 'archive' } satisfies Download }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Download> = async ({ props }) => {
  switch (props.kind) {
    case 'references':
      return new Response(exportReferences(await getCollection('references'), props.format), {
        headers: { 'Content-Type': EXPORT_FORMATS[props.format].mediaType },
      });
    case 'template': {
      const entry = await getEntry('templates', props.id);
      const file = entry && (await templateFiles(entry)).find((f) => f.name === props.name);
      if (!file) throw new Error(`No template file ${props.name}`);
      // slice(): a copy backed by a plain ArrayBuffer, as Response takes.
      return new Response(file.data.slice(), { headers: { 'Content-Type': file.mediaType } });
    }
    case 'archive':
      return new Response((await templateArchive()).slice(), { headers: { 'Content-Type': 'application/zip' } });
  }
};
