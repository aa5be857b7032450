// The components a page of the site's own prose (src/content/pages) may use without importing them.
import ApplyBy from './ApplyBy.astro';
import ApplyButton from './ApplyButton.astro';
import Email from './Email.astro';
import GuideChapters from './GuideChapters.astro';
import IfProgram from './IfProgram.astro';
import Setting from './Setting.astro';

export const PROSE_COMPONENTS = { ApplyBy, ApplyButton, Email, GuideChapters, IfProgram, Setting };
