import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { EXPORT_FORMATS, exportReferences, type ExportFormat } from '../../../utils/citations';
import { crosswalk, crosswalkCsv, crosswalkJson } from '../../../data/evidence';
import { ARCHIVE_NAME, filesPrefixOf, shownTemplates, templateArchive, templateFiles, templateLanguages, type ShownTemplate } from '../../../data/templates';
import { prefixOf } from '../../../i18n/pages';
import type { Locale } from '../../../schemas/site';

type Download = { kind: 'references'; format: ExportFormat } | { kind: 'evidence'; format: 'csv' | 'json' } | { kind: 'template'; shown: ShownTemplate; name: string } | { kind: 'archive'; language: Locale };

/**
 * Every file under /downloads/, written once at build time: the reference list, the evidence crosswalk, and the templates one by
 * one and as a set. The files of a language's translations are under its prefix (/es/downloads/), with
 * the set as its readers are shown it; the default language's at the root.
 */
export const getStaticPaths = (async () => {
  const lang = (language: Locale) => prefixOf(language).slice(1) || undefined;
  const references = (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => ({
    params: { lang: undefined, file: `references.${format}` },
    props: { kind: 'references', format } satisfies Download,
  }));
  const templates = await Promise.all(
    (await templateLanguages()).map(async (language) => {
      const written = (await shownTemplates(language)).filter((shown) => shown.language === language);
      const files = await Promise.all(
        written.map(async (shown) =>
          (await templateFiles(shown)).map((file) => ({ params: { lang: lang(language), file: file.name }, props: { kind: 'template', shown, name: file.name } satisfies Download })),
        ),
      );
      return [...files.flat(), { params: { lang: lang(language), file: ARCHIVE_NAME }, props: { kind: 'archive', language } satisfies Download }];
    }),
  );
  const evidence = (['csv', 'json'] as const).map((format) => ({ params: { lang: undefined, file: `evidence.${format}` }, props: { kind: 'evidence', format } satisfies Download }));
  return [...references, ...evidence, ...templates.flat()];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Download> = async ({ props }) => {
  switch (props.kind) {
    case 'references':
      return new Response(exportReferences(await getCollection('references'), props.format), {
        headers: { 'Content-Type': EXPORT_FORMATS[props.format].mediaType },
      });
    case 'evidence': {
      const evidence = await crosswalk();
      return props.format === 'csv'
        ? new Response(crosswalkCsv(evidence), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
        : new Response(crosswalkJson(evidence), { headers: { 'Content-Type': 'application/json' } });
    }
    case 'template': {
      const file = (await templateFiles(props.shown)).find((f) => f.name === props.name);
      if (!file) throw new Error(`No template file ${filesPrefixOf(props.shown)}/${props.name}`);
      // slice(): a copy backed by a plain ArrayBuffer, as Response takes.
      return new Response(file.data.slice(), { headers: { 'Content-Type': file.mediaType } });
    }
    case 'archive':
      return new Response((await templateArchive(props.language)).slice(), { headers: { 'Content-Type': 'application/zip' } });
  }
};

