import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagePolicy } from './page-policy';

/** Headers every response gets on hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/i;

/**
 * Narrows each page's Content-Security-Policy <meta> to the inline scripts and styles of that page (see
 * pagePolicy), then writes `dist/_headers`: the common headers for every path, and for each page its
 * policy plus what only a header can say (frame-ancestors).
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'mentorkit-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const rules = [`/*\n${Object.entries(COMMON_HEADERS).map(([name, value]) => `  ${name}: ${value}`).join('\n')}`];
        for (const file of (await htmlFiles(root)).sort()) {
          const html = await readFile(file, 'utf8');
          const meta = POLICY_META.exec(html);
          if (!meta) throw new Error(`${relative(root, file)} has no Content-Security-Policy <meta>; is security.csp on?`);
          const csp = pagePolicy(meta[2]!.replace(/&#39;/g, "'"), html);
          await writeFile(file, html.replace(POLICY_META, (_, open: string, _old: string, close: string) => `${open}${csp}${close}`));
          const path = `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          rules.push(`${path}\n  Content-Security-Policy: ${csp}; frame-ancestors 'none'`);
        }
        await writeFile(join(root, '_headers'), `${rules.join('\n\n')}\n`);
        logger.info(`_headers written for ${rules.length - 1} pages`);
      },
    },
  };
}
