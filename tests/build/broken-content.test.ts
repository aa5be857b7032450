import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, copyProject, npmRun } from '../helpers/project-copy';

/**
 * Each case is a folder of tests/fixtures/broken/ laid over a copy of the project. Its build must
 * fail, say which file and which field is wrong, and leave no dist/ behind, not even an older one.
 */
const CASES: [name: string, messages: RegExp[]][] = [
  // Matched on the error's own words: the fixture itself says "question" too.
  ['missing-field', [/src\/content\/faq\/how-do-i-find-a-mentor\.md/, /question\*\*: \*\*question: Required/]],
  ['wrong-type', [/src\/content\/guide\/how-mentoring-helps\.mdx/, /order.*Expected type `"number"`, received `"string"`/]],
  ['unknown-faq-category', [/src\/content\/faq\/how-do-i-find-a-mentor\.md/, /category: expected one of the categories in site\.config\.ts/]],
  [
    'dangling-reference',
    [/src\/content\/faq\/how-do-i-find-a-mentor\.md: related\[1\] refers to guide entry "how-to-find-a-mentor", which does not exist/, /Use one of: .*what-to-expect/],
  ],
  ['invalid-isbn', [/src\/content\/reading\/becoming-a-mentor\.yaml/, /isbn: is not a valid ISBN-13/]],
  ['invalid-phone', [/src\/content\/practitioners\/wellth\.yaml/, /phone: "\+971 4413" is not a valid telephone number/]],
  ['bad-site-url', [/site\.config\.ts has an invalid value/, /url: expected an absolute http\(s\) URL/]],
  ['duplicate-order', [/src\/content\/guide\/(finding-a-mentor|another-chapter)\.mdx: order 3 is already used by src\/content\/guide\/(finding-a-mentor|another-chapter)\.mdx/]],
  ['empty-body', [/src\/content\/guide\/final-thoughts\.mdx: the body is empty/]],
  ['encoding-damage-body', [/src\/content\/guide\/what-is-mentoring\.mdx: body, line \d+, "…[^"]*Sharing:Â Mentors[^"]*…" looks like encoding damage/]],
  ['template-unknown-field-kind', [/src\/content\/templates\/meeting-log\.yaml/, /sections\.0\.fields\.1.*unknown field kind; expected one of: short-text, long-text, date, checklist, rating, choice, consent, table, signature/]],
  ['template-duplicate-field-name', [/src\/content\/templates\/meeting-log\.yaml/, /sections\.1\.fields\.0\.name.*"date" is already the name of sections\[0\]\.fields\[0\]/]],
  ['template-empty-section', [/src\/content\/templates\/meeting-log\.yaml/, /sections\.1\.fields.*a section needs at least one field/]],
  [
    'template-text-too-long',
    [/src\/content\/templates\/meeting-log\.yaml: sections\[0\]\.fields\[0\]\.columns\[5\]\.label: "Follow-upresponsibilities" is too long to fit its place on the page/],
  ],
  // Pagefind's indexer crashes on the file; the build wrapper must still remove the folder.
  ['search-index-fails', [/panicked at pagefind/, /The build stopped before the search index was written; dist\/ was removed/]],
  // The share images are drawn after the pages: a logo no image reader can open still stops the build.
  ['unreadable-logo', [/site\.config\.ts: logo\.src: .*public\/logo\.svg could not be read as an image/, /save it again as SVG or PNG/]],
  [
    'translation-without-original',
    [/src\/content\/faq\/es\/how-to-find-a-mentor\.md translates src\/content\/faq\/how-to-find-a-mentor\.md, which does not exist/, /Name a translation exactly as the file it translates \(one of: .*how-do-i-find-a-mentor\.md/],
  ],
  [
    'translation-template-fields',
    [/src\/content\/templates\/es\/meeting-log\.yaml translates src\/content\/templates\/meeting-log\.yaml, but sections\[0\]\.fields\[4\]\.name is "decision", the original "decisions"/, /keeps its sections and fields/],
  ],
  [
    'translation-heading-id',
    [/src\/content\/guide\/es\/finding-a-mentor\.mdx translates src\/content\/guide\/finding-a-mentor\.mdx, but its heading 2 does not keep the original's id: it has "dónde-buscar"/, /"## … \{#where-to-look\}"/],
  ],
  // A page of the site's own prose names a setting that does not exist (British spelling).
  ['page-unknown-setting', [/src\/content\/pages\/about\.mdx: <Setting name="organisation" \/> names no setting; use one of: title, description, organization/]],
  // The program's name, on a site without a program, outside the <IfProgram> that would leave it out.
  ['page-setting-without-program', [/src\/content\/pages\/about\.mdx: "program" is a setting of the program, and site\.config\.ts has no program\. Put it inside <IfProgram>…<\/IfProgram>/]],
  // A template section names a standard that does not exist (its id is "monitoring-and-support").
  [
    'template-unknown-standard',
    [/src\/content\/templates\/meeting-log\.yaml: sections\[0\] \("The meeting"\) names the standard "monitoring", which does not exist\. Use one of: recruitment, screening, training, matching-and-initiating, monitoring-and-support, closure/],
  ],
  ['encoding-damage-field', [/src\/content\/modalities\/coaching\.yaml/, /description: line 1, "…Coaching:Â focuses[^"]*…" looks like encoding damage/]],
];

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Cases that fail only once every page is built, as the whole site's other builds in this suite do: they get a full build's time. */
const AFTER_THE_PAGES = new Set(['search-index-fails', 'unreadable-logo']);
const FULL_BUILD_TIMEOUT = 180_000;

async function expectBrokenBuild(name: string, messages: RegExp[]) {
  const dir = copyProject(join(ROOT, 'tests/fixtures/broken', name));
  copies.push(dir);
  // A previous good build must not survive a failed one.
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><title>old</title>');

  const { code, output } = await npmRun(dir, 'build');

  expect(code, output).not.toBe(0);
  for (const message of messages) expect(output).toMatch(message);
  expect(existsSync(join(dir, 'dist'))).toBe(false);
}

describe.concurrent('a build of broken content', () => {
  const title = '%s: fails, names the file and the field, leaves no dist/';
  it.each(CASES.filter(([name]) => !AFTER_THE_PAGES.has(name)))(title, expectBrokenBuild);
  it.each(CASES.filter(([name]) => AFTER_THE_PAGES.has(name)))(title, expectBrokenBuild, FULL_BUILD_TIMEOUT);
});
