import type { APIRoute, GetStaticPaths } from 'astro';
import { readFallbackFonts, readFonts } from '../../../toolkit';

/**
 * The PDF fonts for the generator in the browser: the same bytes the build and the CLI embed. DejaVu Sans
 * is cut at build time (the base faces and their extension); the Noto faces are their packages' files.
 */
export const getStaticPaths = (() => [
  { params: { file: 'regular.ttf' }, props: { base: 'regular' as const } },
  { params: { file: 'bold.ttf' }, props: { base: 'bold' as const } },
  ...readFallbackFonts().faces.flatMap((face) => [face.regular, ...(face.bold ? [face.bold] : [])].map((file) => ({ params: { file }, props: {} }))),
]) satisfies GetStaticPaths;

export const GET: APIRoute<{ base?: 'regular' | 'bold' }, { file: string }> = async ({ props, params }) => {
  const bytes = props.base ? (await readFonts())[props.base] : await readFallbackFonts().load(params.file);
  return new Response(bytes.slice(), { headers: { 'Content-Type': params.file.endsWith('.woff') ? 'font/woff' : 'font/ttf' } });
};
