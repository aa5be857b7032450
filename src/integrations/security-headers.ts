import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * Writes `dist/_headers`: the common headers for every path, and for each page the Content-Security-Policy
 * Astro put in its <meta> (its script and style hashes differ per page), plus what only a header can
 * say (frame-ancestors).
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
          const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
          if (!csp) throw new Error(`${relative(root, file)} has no Content-Security-Policy <meta>; is security.csp on?`);
          const path = `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          const policy = `${csp.replace(/&#39;/g, "'").replace(/;\s*$/, '')}; frame-ancestors 'none'`;
          rules.push(`${path}\n  Content-Security-Policy: ${policy}`);
        }
        await writeFile(join(root, '_headers'), `${rules.join('\n\n')}\n`);
        logger.info(`_headers written for ${rules.length - 1} pages`);
      },
    },
  };
}
