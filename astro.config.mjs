// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import site from './site.config.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap(), pagefind()],
});
