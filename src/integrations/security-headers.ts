import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagePolicy, sitePolicy } from './page-policy';

/**
 * Headers every response gets on hosts that read a `_headers` file (Netlify, Cloudflare Pages). Not
 * Cross-Origin-Opener-Policy: it makes Chrome give the site a process of its own, started when a reader
 * arrives (Chrome on Android isolates the sites that send it), which delays a phone's first paint by some
 * 150 ms in Lighthouse's mobile run; and the site has nothing it would guard: no sign-in, no secret, no
 * window it opens or is opened by on purpose.
 */
const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

const POLICY_META = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/i;

/**
 * Narrows each page's Content-Security-Policy <meta> to the inline scripts and styles of that page (see
 * pagePolicy), then writes `dist/_headers`: for every path, the common headers and one policy that allows
 * every page's inline code, plus what only a header can say (frame-ancestors). One rule, not one per page:
 * Cloudflare Pages reads at most 100, and a large guide or one in several languages has more pages. Each
 * page's own <meta> still narrows the policy to its own code, as a browser applies both.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'mentorkit-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of (await htmlFiles(root)).sort()) {
          const html = await readFile(file, 'utf8');
          const meta = POLICY_META.exec(html);
          if (!meta) throw new Error(`${relative(root, file)} has no Content-Security-Policy <meta>; is security.csp on?`);
          const csp = pagePolicy(meta[2]!.replace(/&#39;/g, "'"), html);
          await writeFile(file, html.replace(POLICY_META, (_, open: string, _old: string, close: string) => `${open}${csp}${close}`));
          policies.push(csp);
        }
        const headers = { ...COMMON_HEADERS, 'Content-Security-Policy': `${sitePolicy(policies)}; frame-ancestors 'none'` };
        await writeFile(join(root, '_headers'), `/*\n${Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`);
        logger.info(`_headers written, its policy allowing the inline code of ${policies.length} pages`);
      },
    },
  };
}
