import type { APIRoute } from 'astro';
import { readFallbackFonts } from '../../../toolkit';

/** The fallback faces, their files and ranges, for the generator in the browser (fonts.ts). */
export const GET: APIRoute = () => new Response(JSON.stringify(readFallbackFonts().faces), { headers: { 'Content-Type': 'application/json' } });
