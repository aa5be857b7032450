import { defineMiddleware } from 'astro:middleware';
import { assertContentLinks } from './collections/links';

// Before any page or file is rendered: links between content entries are checked once per build, and
// a broken one stops the build naming both entries.
export const onRequest = defineMiddleware(async (_context, next) => {
  await assertContentLinks();
  return next();
});
