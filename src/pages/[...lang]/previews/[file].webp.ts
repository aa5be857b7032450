import type { APIRoute, GetStaticPaths } from 'astro';
import { PREVIEW_PIXELS, filesPrefixOf, shownTemplates, templateLanguages, templatePreview, type PreviewSize, type ShownTemplate } from '../../../data/templates';
import { previewHref } from '../../../routes';

/** A picture of each template's first page, in each size and each language it is written in, beside its downloads. */
export const getStaticPaths = (async () =>
  (
    await Promise.all(
      (await templateLanguages()).map(async (language) =>
        (await shownTemplates(language))
          .filter((shown) => shown.language === language)
          .flatMap((shown) =>
            (Object.keys(PREVIEW_PIXELS) as PreviewSize[]).map((size) => {
              const prefix = filesPrefixOf(shown);
              return { params: { lang: prefix.slice(1) || undefined, file: previewHref(shown.id, size).replace(/^\/previews\/|\.webp$/g, '') }, props: { shown, size } };
            }),
          ),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute<{ shown: ShownTemplate; size: PreviewSize }> = async ({ props }) =>
  new Response((await templatePreview(props.shown, props.size)).slice(), { headers: { 'Content-Type': 'image/webp' } });
