import { z } from 'astro/zod';
import { prose } from '../toolkit';

/**
 * A page of the site's own prose (about, accessibility, privacy, joining): an MDX file whose body is
 * the page, with the settings' values written in by components (README, "The site's own pages").
 */
export const pageSchema = z.strictObject({
  title: prose().describe('Page heading, and the first part of the page\'s <title>. {program} stands for the program\'s name.'),
  description: prose().max(160).describe('One sentence (at most 160 characters) for search results and the meta description. {program} stands for the program\'s name.'),
});
