import type { APIRoute, GetStaticPaths } from 'astro';
import { readFonts } from '../../../toolkit';

/** The PDF fonts for the generator in the browser: the same bytes the build and the CLI embed. */
export const getStaticPaths = (() => [
  { params: { file: 'regular.ttf' }, props: { face: 'regular' as const } },
  { params: { file: 'bold.ttf' }, props: { face: 'bold' as const } },
]) satisfies GetStaticPaths;

export const GET: APIRoute<{ face: 'regular' | 'bold' }> = async ({ props }) =>
  new Response((await readFonts())[props.face].slice(), { headers: { 'Content-Type': 'font/ttf' } });
