import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { WCAG_TAGS, runAxe } from '../helpers/axe';
import { ROOT } from '../helpers/project-copy';
import { useBuiltSite } from '../helpers/server';

const site = useBuiltSite();
const work = mkdtempSync(join(tmpdir(), 'mentorkit-kit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// examples/program.json with the program's own words for its people, which the form nests under "terms".
const example = { ...JSON.parse(readFileSync(join(ROOT, 'examples/program.json'), 'utf8')), terms: { mentor: 'guide', mentee: 'protégé' } };
const description = join(work, 'program.json');
writeFileSync(description, JSON.stringify(example));

/** Fills the form as a person would, with the values of the description. */
async function fillExample(page: Page) {
  for (const name of ['program', 'organization', 'mentor', 'mentee', 'start', 'weeks', 'time', 'timeZone', 'minutes', 'location']) {
    await page.fill(`#${name}`, String(example[name]));
  }
  await page.fill('#terms-mentor', example.terms.mentor);
  await page.fill('#terms-mentee', example.terms.mentee);
  await page.selectOption('#cadence', example.cadence);
  await page.check(`input[name=format][value="${example.format}"]`);
  for (const box of await page.locator('input[name=focus]').all()) {
    if (example.focus.includes(await box.getAttribute('value'))) await box.check();
    else await box.uncheck();
  }
  await page.check(`input[name=goals][value="${example.goals}"]`);
}

describe('the /toolkit/ page', () => {
  it('builds, in the browser and under the CSP, the same ZIP as the command line', async () => {
    const out = join(work, 'cli.zip');
    // The two run on clocks of different zones and languages, and must still agree byte for byte.
    const cli = spawnSync('npm', ['run', '--silent', 'toolkit', '--', '--program', description, '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Pacific/Kiritimati', LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8' },
    });
    expect(cli.status, cli.stderr).toBe(0);

    const context = await site.browser.newContext({ acceptDownloads: true, timezoneId: 'America/Los_Angeles', locale: 'de-DE' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => !r.url().startsWith(`${site.origin}/`) && !r.url().startsWith('blob:') && problems.push(r.url()));
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));

    await page.goto(`${site.origin}/toolkit/`, { waitUntil: 'networkidle' });
    // The generator (its worker chunk, the fonts and the template definitions) loads only when asked for.
    const generator = (paths: string[]) => paths.filter((path) => /^\/_astro\/worker-[\w-]+\.js$|^\/toolkit\/(fonts\/|templates\.json)/.test(path)).sort();
    expect(generator(loaded)).toEqual([]);
    await fillExample(page);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('button[type=submit]')]);
    expect(generator(loaded)).toEqual([expect.stringMatching(/^\/_astro\/worker-/), '/toolkit/fonts/bold.ttf', '/toolkit/fonts/regular.ttf', '/toolkit/templates.json']);
    const bytes = readFileSync((await download.path())!);
    expect(download.suggestedFilename()).toBe('spring-2026-mentoring-circle-kit.zip');
    expect(bytes.equals(readFileSync(out))).toBe(true);
    expect(await page.locator('.kit-status').textContent()).toMatch(/^Your kit is ready \(\d+ KB\)\.$/);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('says what is wrong, field by field, before and after loading the generator', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/toolkit/`);
    await page.fill('#weeks', '0');
    await page.locator('#weeks').blur();
    await expect.poll(() => page.locator('#weeks-error').isVisible()).toBe(true);
    expect(await page.getAttribute('#weeks', 'aria-invalid')).toBe('true');
    await page.fill('#weeks', '12');
    await page.fill('#timeZone', 'Mars/Base');
    await page.fill('#program', 'Mentoring 🚀');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('#timeZone-error').textContent(), { timeout: 30_000 }).toBe('expected an IANA time zone such as "Europe/Rome" or "America/New_York"');
    expect(await page.locator('#program-error').textContent()).toMatch(/^program contains "🚀"/);
    expect(await page.getAttribute('#timeZone', 'aria-invalid')).toBe('true');
    const { violations } = await runAxe(page, { tags: WCAG_TAGS });
    expect(violations.map((v) => v.id)).toEqual([]);
    await context.close();
  }, 60_000);
});
