// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import site from './site.config.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import shareImages from './src/integrations/share-images.ts';
import { pageLastModified } from './src/collections/page-sources.ts';
import { CONTENT_ROOT } from './src/collections/content-root.ts';
import { contentCacheDir, removeEarlierContentCaches } from './src/collections/content-cache.ts';
import { headingIdsWithoutMarks } from './src/markdown/heading-ids.ts';
import { alternatesOf } from './src/i18n/page-alternates.ts';

// The schemas' sources: Astro's content cache is kept per version of them (see content-cache.ts).
const schemaSources = ['src/content.config.ts', 'src/toolkit/template.ts', 'src/toolkit/prose.ts', 'src/toolkit/choice.ts', ...readdirSync(new URL('./src/schemas/', import.meta.url)).map((file) => `src/schemas/${file}`)];
const root = fileURLToPath(new URL('./', import.meta.url));
const cacheDir = contentCacheDir(join(root, 'node_modules/.astro'), CONTENT_ROOT, schemaSources.map((file) => join(root, file)));

export default defineConfig({
  site: site.url,
  // Astro caches the content it has read: one cache per content folder and version of the schemas.
  cacheDir,
  trailingSlash: 'always',
  // One request for the page: its CSS (a few KB) travels inside the HTML.
  build: { inlineStylesheets: 'always' },
  markdown: { syntaxHighlight: false, processor: satteri({ features: { headingAttributes: true }, hastPlugins: [headingIdsWithoutMarks] }) },
  // The kit generator's chunk (pdf-lib, fontkit, docx) is large by nature and loads only for the /toolkit/ form.
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
    { name: 'mentorkit:content-cache', hooks: { 'astro:build:done': () => removeEarlierContentCaches(cacheDir) } },
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
