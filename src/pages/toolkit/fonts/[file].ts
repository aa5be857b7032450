import type { APIRoute, GetStaticPaths } from 'astro';
import { readFallbackFonts, readFonts } from '../../../toolkit';

/**
 * The PDF fonts for the generator in the browser: the same bytes the build and the CLI embed. The base
 * faces are cut at build time; the fallback faces are their packages' files as they are.
 */
export const getStaticPaths = (() => [
  { params: { file: 'regular.ttf' }, props: { base: 'regular' as const } },
  { params: { file: 'bold.ttf' }, props: { base: 'bold' as const } },
  ...readFallbackFonts().faces.flatMap((face) => [face.regular, ...(face.bold ? [face.bold] : [])].map((file) => ({ params: { file }, props: {} }))),
]) satisfies GetStaticPaths;

export const GET: APIRoute<{ base?: 'regular' | 'bold' }, { file: string }> = async ({ props, params }) => {
  const bytes = props.base ? (await readFonts())[props.base] : await readFallbackFonts().load(params.file);
  return new Response(bytes.slice(), { headers: { 'Content-Type': props.base ? 'font/ttf' : 'font/woff' } });
};
