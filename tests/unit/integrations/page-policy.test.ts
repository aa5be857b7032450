import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pagePolicy, sitePolicy } from '../../../src/integrations/page-policy';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const ASTRO = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAAA' 'sha256-BBBB'; style-src 'self' 'sha256-CCCC'";

describe('pagePolicy', () => {
  it("replaces the site's hashes with those of the page's own inline scripts and styles, and keeps every other source", () => {
    const html = [
      '<head><script>theme()</script><style>:root{--a:1}</style>',
      '<meta http-equiv="content-security-policy" content="x"><style>body{}</style></head>',
      '<body><script type="module">site()</script><script type="module" src="/a.js"></script>',
      '<script type="application/ld+json">{"@type":"Thing"}</script><script type="text/pagefind-template"><li>{{ x }}</li></script>',
      "<script type='text/javascript'>classic()</script><script TYPE=MODULE>upper()</script><script type=\"application/javascript\">legacy()</script></body>",
    ].join('');
    expect(pagePolicy(ASTRO, html)).toBe(
      [
        "default-src 'self'",
        `script-src 'self' 'wasm-unsafe-eval' ${[hash('theme()'), hash('site()'), hash('classic()'), hash('upper()'), hash('legacy()')].join(' ')}`,
        `style-src 'self' ${hash(':root{--a:1}')} ${hash('body{}')}`,
      ].join('; '),
    );
  });

  it('lists a script that appears twice once, and a page without inline styles keeps only its sources', () => {
    expect(pagePolicy(ASTRO, '<script>a()</script><p>text</p><script>a()</script>')).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('a()')}; style-src 'self'`);
  });

  it('makes one policy of many: their hashes together, anything else the same, or says which directive differs', () => {
    const a = "default-src 'self'; script-src 'self' 'sha256-A'; style-src 'self' 'sha256-S'";
    const b = "default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self' 'sha256-T'";
    expect(sitePolicy([a, b])).toBe("default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self' 'sha256-S' 'sha256-T'");
    expect(() => sitePolicy([a, b.replace("default-src 'self'", "default-src 'none'")])).toThrow(/differ in default-src/);
  });
});
