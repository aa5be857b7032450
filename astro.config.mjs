// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import site from './site.config.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import shareImages from './src/integrations/share-images.ts';
import { pageLastModified } from './src/collections/page-sources.ts';
import { CONTENT_ROOT } from './src/collections/content-root.ts';
import { headingIdsWithoutMarks } from './src/markdown/heading-ids.ts';
import { alternatesOf } from './src/i18n/page-alternates.ts';

/**
 * The schemas' sources, digested: Astro keeps the entries it has parsed by each file's content alone, so
 * that after a change to a schema (a new field with a default) unchanged files would keep what the old
 * schema made of them.
 */
const schemaSources = ['src/content.config.ts', 'src/toolkit/template.ts', 'src/toolkit/prose.ts', 'src/toolkit/choice.ts', ...readdirSync(new URL('./src/schemas/', import.meta.url)).map((file) => `src/schemas/${file}`)];
const schemaDigest = createHash('sha256')
  .update(schemaSources.map((file) => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')).join('\0'))
  .digest('hex')
  .slice(0, 12);

export default defineConfig({
  site: site.url,
  // Astro caches the content it has read; one cache per content folder, so that a build of other content
  // (MENTORKIT_CONTENT_DIR, the scale benchmark) never leaves entries from that folder in the next build,
  // and per version of the schemas.
  cacheDir: `./node_modules/.astro/${CONTENT_ROOT.replace(/[^\w-]+/g, '_')}-${schemaDigest}`,
  trailingSlash: 'always',
  // One request for the page: its CSS (a few KB) travels inside the HTML.
  build: { inlineStylesheets: 'always' },
  markdown: { syntaxHighlight: false, processor: satteri({ features: { headingAttributes: true }, hastPlugins: [headingIdsWithoutMarks] }) },
  // The kit generator's chunk (pdf-lib, fontkit, docx) is large by nature and loads only on request.
  vite: { build: { chunkSizeWarningLimit: 2000 } },
  integrations: [
    mdx(),
    sitemap({
      // The search pages are for people, not for search engines (they are marked noindex); a page shown in
      // the default language under another language's address is there under its original address.
      filter: (page) => alternatesOf(new URL(page).pathname).inSitemap,
      serialize(item) {
        const { pathname } = new URL(item.url);
        const modified = pageLastModified(pathname);
        // The same alternates as the page's head: each language it is written in, and x-default.
        return { ...item, links: alternatesOf(pathname).links, ...(modified && { lastmod: modified.toISOString() }) };
      },
    }),
    securityHeaders(),
    shareImages({
      siteTitle: site.title,
      organization: site.organization.name,
      color: site.brandColor,
      logo: fileURLToPath(new URL(`./public${site.logo.src}`, import.meta.url)),
    }),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind runs its index as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
