import { createHash } from 'node:crypto';

/**
 * Script types that script-src governs: none, JavaScript under any of its names, a module, an import map
 * or speculation rules. JSON-LD and Pagefind's template are data.
 */
const RUNS = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(javascript|ecmascript)|text\/(jscript|livescript|javascript1\.[0-5]))$/i;

const ELEMENT = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi;
const TYPE = /\stype=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const SRC = /\ssrc[\s=>]/i;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of the inline scripts a browser would run in `html`, and of its inline styles, in page order. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, tag, attributes = '', body = ''] of html.matchAll(ELEMENT)) {
    if (tag!.toLowerCase() === 'style') styles.push(sha256(body));
    else if (!SRC.test(attributes)) {
      const type = TYPE.exec(attributes);
      if (RUNS.test((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim())) scripts.push(sha256(body));
    }
  }
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/**
 * `policy` (a Content-Security-Policy) with its script-src and style-src hashes replaced by those of the
 * inline scripts and styles `html` holds. Astro lists every hash of the whole site on every page (about
 * 1 KB that no compression shrinks), and none for the inline script and style placed before its <meta>,
 * which a policy sent as a header (_headers) would then block.
 */
export function pagePolicy(policy: string, html: string): string {
  const hashes = inlineHashes(html);
  const listed = { 'script-src': hashes.scripts, 'style-src': hashes.styles };
  return policy
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      if (!(name in listed)) return directive.trim();
      const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source));
      return [name, ...kept, ...listed[name as keyof typeof listed]].join(' ');
    })
    .filter(Boolean)
    .join('; ');
}

/**
 * One policy for every page of `policies` (each a page's own): their common directives, with the hashes
 * of every page in script-src and style-src. Fails naming the directive if pages differ in anything else.
 */
export function sitePolicy(policies: readonly string[]): string {
  const parsed = policies.map((policy) => policy.split(';').map((directive) => directive.trim().split(/\s+/)).filter(([name]) => name));
  const [first = []] = parsed;
  return first
    .map(([name = '', ...sources]) => {
      const all = parsed.map((directives) => directives.find(([other]) => other === name)?.slice(1) ?? []);
      if (name === 'script-src' || name === 'style-src') return [name, ...new Set(all.flat())].join(' ');
      if (all.some((other) => other.join(' ') !== sources.join(' '))) throw new Error(`The pages' Content-Security-Policies differ in ${name}; only their hashes may differ.`);
      return [name, ...sources].join(' ');
    })
    .join('; ');
}
