import site from '../../site.config';
import { SECTIONS, routes } from '../routes';

/** The sections this site has: all of SECTIONS, less the practitioners' directory when the settings turn it off. */
export const siteSections = SECTIONS.filter((section) => site.practitioners || section.href !== routes.practitioners);
