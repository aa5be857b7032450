import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
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
async function fillExample(page: Page, values: Record<string, unknown> = example) {
  for (const name of ['program', 'organization', 'mentor', 'mentee', 'start', 'weeks', 'time', 'timeZone', 'locale', 'minutes', 'location']) {
    await page.fill(`#${name}`, String(values[name]));
  }
  const terms = values.terms as { mentor?: string; mentee?: string } | undefined;
  await page.fill('#terms-mentor', terms?.mentor ?? '');
  await page.fill('#terms-mentee', terms?.mentee ?? '');
  await page.selectOption('#cadence', example.cadence);
  await page.check(`input[name=format][value="${example.format}"]`);
  for (const box of await page.locator('input[name=focus]').all()) {
    if (example.focus.includes(await box.getAttribute('value'))) await box.check();
    else await box.uncheck();
  }
  await page.check(`input[name=goals][value="${example.goals}"]`);
  // The coordinator's pack: left empty, the kit has none (its check-ins choice alone does not ask for it).
  const coordinator = values.coordinator as { name: string; contact?: string; checkIns?: string } | undefined;
  await page.fill('#coordinator-name', coordinator?.name ?? '');
  await page.fill('#coordinator-contact', coordinator?.contact ?? '');
  if (coordinator?.checkIns) await page.check(`input[name=coordinator-checkIns][value="${coordinator.checkIns}"]`);
}

/** The /toolkit/ page, loaded in a context of its own, with the path of every request it makes. */
async function openToolkit() {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto(`${site.origin}/toolkit/`, { waitUntil: 'networkidle' });
  return { context, page, loaded };
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
    // What builds a kit (the page's kit builder, the generator's worker chunk, the fonts and the template
    // definitions) loads only once a person begins on the form, and is ready by the time they send it.
    const generator = (paths: string[]) => paths.filter((path) => /^\/_astro\/(kit-builder|worker)-[\w-]+\.js$|^\/toolkit\/(fonts|templates)\//.test(path)).sort();
    // Latin names: the list of fallback faces, and none of their files.
    const needed = [expect.stringMatching(/^\/_astro\/kit-builder-/), expect.stringMatching(/^\/_astro\/worker-/), '/toolkit/fonts/bold.ttf', '/toolkit/fonts/fallback.json', '/toolkit/fonts/regular.ttf', '/toolkit/templates/en.json'];
    expect(generator(loaded)).toEqual([]);
    await fillExample(page);
    await expect.poll(() => generator(loaded), { timeout: 30_000 }).toEqual(needed);
    await page.click('button[type=submit]');
    // The schedule shows before the kit is downloaded.
    await page.locator('.kit-download').waitFor({ state: 'visible', timeout: 60_000 });
    expect(await page.locator('.kit-schedule tbody tr').count()).toBe(12);
    expect(await page.locator('.kit-schedule__check-ins').isHidden()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.kit-download a')]);
    const bytes = readFileSync((await download.path())!);
    expect(download.suggestedFilename()).toBe('spring-2026-mentoring-circle-kit.zip');
    expect(bytes.equals(readFileSync(out))).toBe(true);
    // The same kit again, from the same page: the same bytes, and nothing fetched twice.
    await page.click('button[type=submit]');
    await page.locator('.kit-download').waitFor({ state: 'hidden' });
    await page.locator('.kit-download').waitFor({ state: 'visible', timeout: 60_000 });
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('.kit-download a')]);
    expect(readFileSync((await again.path())!).equals(bytes)).toBe(true);
    expect(generator(loaded)).toEqual(needed);
    expect(await page.locator('.kit-download a').textContent()).toMatch(/^Download the kit \(ZIP, \d+ KB\)$/);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('builds a kit in the page\'s language: on /ar/toolkit/, an Arabic kit with Arabic names, the same bytes as the command line', async () => {
    const arabic = {
      ...example,
      terms: undefined,
      language: 'ar',
      mentor: 'محمد عبد الله',
      mentee: 'ليلى حسن',
      program: 'برنامج الإرشاد 2026',
      coordinator: { name: 'سارة منصور', contact: 'sara@example.org', checkIns: 'biweekly' },
    };
    const file = join(work, 'program-ar.json');
    writeFileSync(file, JSON.stringify(arabic));
    const out = join(work, 'cli-ar.zip');
    const cli = spawnSync('npm', ['run', '--silent', 'toolkit', '--', '--program', file, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    // The command line's schedule is in the kit's language too.
    expect(cli.stdout).toContain('12 لقاءً');
    // With the coordinator's pack: its check-ins listed, its documents and calendar in the kit.
    expect(cli.stdout).toContain('المتابعة 1 من 5');
    const names = Object.keys(unzipSync(readFileSync(out)));
    expect(names).toContain('coordinator-calendar.ics');
    expect(names.filter((name) => /^coordinator\/2-every-meeting\/check-in-\d\d-[\d-]+\.pdf$/.test(name))).toHaveLength(5);

    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${site.origin}/ar/toolkit/`, { waitUntil: 'networkidle' });
    // The page's language is the kit's to begin with, each language named in itself.
    expect(await page.locator('#language').inputValue()).toBe('ar');
    expect(await page.locator('#language option[value=es]').getAttribute('lang')).toBe('es');
    await fillExample(page, arabic);
    // The fonts that the kit's Arabic needs load as the form is filled in, before it is sent.
    const fonts = () => [...new Set(loaded.filter((path) => path.startsWith('/toolkit/fonts/dejavu-arabic')))].sort();
    await expect.poll(fonts, { timeout: 30_000 }).toEqual(['/toolkit/fonts/dejavu-arabic-bold.ttf', '/toolkit/fonts/dejavu-arabic.ttf']);
    const beforeSent = loaded.length;
    await page.click('button[type=submit]');
    await page.locator('.kit-download').waitFor({ state: 'visible', timeout: 60_000 });
    expect(await page.locator('.kit-schedule__summary').textContent()).toMatch(/^12 لقاءً، مدة كل لقاء 60 دقيقة، كل يوم /);
    // The coordinator's check-ins follow the sessions, as on the command line.
    expect(await page.locator('.kit-schedule__check-ins li').allTextContents()).toEqual(cli.stdout.split('\n').filter((line) => line.startsWith('المتابعة ')));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.kit-download a')]);
    expect(loaded).toContain('/toolkit/templates/ar.json');
    // The kit itself fetched no font: all it needed had loaded.
    expect(loaded.slice(beforeSent).filter((path) => path.startsWith('/toolkit/fonts/'))).toEqual([]);
    expect(readFileSync((await download.path())!).equals(readFileSync(out))).toBe(true);
    await context.close();
  }, 120_000);

  it('says what is wrong in the page\'s language: on /ar/toolkit/, what each refused field takes, in Arabic', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/ar/toolkit/`);
    await page.fill('#timeZone', 'Mars/Base');
    await page.fill('#program', 'Mentoring 🚀');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('#timeZone-error').textContent(), { timeout: 30_000 }).toBe('اكتب المنطقة الزمنية بصيغة المنطقة/المدينة، مثل Asia/Dubai أو Africa/Cairo.');
    await page.fill('#timeZone', 'Asia/Dubai');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('#program-error').textContent(), { timeout: 30_000 }).toBe('يحتوي على «🚀»، ولا تستطيع مستندات الحقيبة طباعته: احذفه أو اكتبه بطريقة أخرى.');
    expect(await page.locator('.kit-status').textContent()).toBe('يُرجى تصحيح الحقول المحددة أعلاه.');
    await context.close();
  }, 60_000);

  it('says so when the kit builder cannot load, and loads it when the form is sent again', async () => {
    const { context, page } = await openToolkit();
    await page.route('**/_astro/kit-builder-*.js', (route) => route.abort());
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('.kit-status').textContent()).toMatch(/the kit builder did not load/);
    await page.unrouteAll();
    await page.click('button[type=submit]');
    await page.locator('.kit-schedule').waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.kit-download').waitFor({ state: 'visible', timeout: 60_000 });
    await context.close();
  }, 90_000);

  it('starts loading the generator when a pointer rests on the button, before it is pressed', async () => {
    const { context, page, loaded } = await openToolkit();
    expect(loaded.filter((path) => path.startsWith('/_astro/kit-builder-'))).toEqual([]);
    await page.hover('button[type=submit]');
    await expect.poll(() => loaded.filter((path) => /^\/_astro\/(kit-builder|worker)-/.test(path)).length, { timeout: 30_000 }).toBe(2);
    await context.close();
  }, 60_000);

  it('fetches the fonts that the names typed need as they are typed, before the form is sent', async () => {
    const { context, page, loaded } = await openToolkit();
    const chinese = () => loaded.filter((path) => /^\/toolkit\/fonts\/noto-sans-sc-/.test(path));
    // English templates and Latin names need no fallback face.
    await page.fill('#mentor', 'Ana López');
    await page.locator('#mentor').blur();
    await expect.poll(() => loaded, { timeout: 30_000 }).toContain('/toolkit/fonts/fallback.json');
    expect(chinese()).toEqual([]);
    await page.fill('#mentee', '张伟');
    await page.locator('#mentee').blur();
    await expect.poll(() => chinese().length, { timeout: 30_000 }).toBeGreaterThan(0);
    await context.close();
  }, 60_000);

  it('starts the generator again for the kit when it failed to load while the form was being filled in', async () => {
    const { context, page } = await openToolkit();
    let refused = 0;
    await page.route('**/_astro/worker-*.js', (route) => (refused++, route.abort()));
    await page.focus('#program');
    await expect.poll(() => refused).toBe(1);
    await page.unrouteAll();
    await page.click('button[type=submit]');
    await page.locator('.kit-download').waitFor({ state: 'visible', timeout: 60_000 });
    expect(await page.locator('.kit-status').textContent()).toBe('Your kit is ready. Check the schedule below, then download the kit.');
    await context.close();
  }, 90_000);

  it('tries the generator once more when it fails to load for the kit that was asked for', async () => {
    const { context, page } = await openToolkit();
    let tries = 0;
    await page.route('**/_astro/worker-*.js', (route) => (++tries === 1 ? route.abort() : route.continue()));
    // Sent without a field touched or a pointer on the button: the builder and its generator load for this kit.
    await page.evaluate(() => document.querySelector<HTMLFormElement>('#kit-form')!.requestSubmit());
    await page.locator('.kit-download').waitFor({ state: 'visible', timeout: 60_000 });
    expect(tries).toBe(2);
    await context.close();
  }, 90_000);

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
    await expect.poll(() => page.locator('#timeZone-error').textContent(), { timeout: 30_000 }).toBe('expected a time zone written as region/city, such as "America/Chicago" or "Europe/Rome"');
    expect(await page.getAttribute('#timeZone', 'aria-invalid')).toBe('true');
    // A character no font of the kit has is found with the fonts, once the rest is right.
    await page.fill('#timeZone', 'Europe/Rome');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('#program-error').textContent(), { timeout: 30_000 }).toMatch(/^program contains "🚀", which the kit's documents cannot print/);
    expect(await page.getAttribute('#program', 'aria-invalid')).toBe('true');
    const { violations } = await runAxe(page, { tags: WCAG_TAGS });
    expect(violations.map((v) => v.id)).toEqual([]);
    await context.close();
  }, 60_000);

  it.each([
    ['America/Chicago', 'en-US', '23:30 UTC', 'T233000Z', ['Friday, January 29, 2027', 'Friday, June 25, 2027']],
    ['Asia/Tokyo', 'en-GB', '08:30 UTC', 'T083000Z', ['Friday 29 January 2027', 'Friday 25 June 2027']],
  ])('starts in the reader\'s own time zone (%s) and language, and shows the schedule and its times before the download', async (zone, locale, utc, utcStamp, [first, last]) => {
    const context = await site.browser.newContext({ acceptDownloads: true, timezoneId: zone, locale });
    const page = await context.newPage();
    await page.goto(`${site.origin}/toolkit/`);
    expect(await page.inputValue('#timeZone')).toBe(zone);
    // The browser's language and region, which decide how the dates are written; the list names each one.
    expect(await page.inputValue('#locale')).toBe(locale);
    await page.focus('#locale');
    expect(await page.locator('#locales option[value="en-CA"]').evaluate((option: HTMLOptionElement) => option.label)).toBe('English (Canada)');
    // The list of zones, searchable by city, says each one's offset today.
    await page.focus('#timeZone');
    const city = zone.split('/')[1]!;
    expect(await page.locator(`#time-zones option[value="${zone}"]`).evaluate((option: HTMLOptionElement) => option.label)).toMatch(new RegExp(`^${city}, UTC[+−]\\d{2}:\\d{2} today$`));
    // A monthly program that starts on a fifth Friday keeps every month.
    await page.fill('#start', '2027-01-29');
    await page.fill('#weeks', '26');
    await page.selectOption('#cadence', 'monthly');
    await page.fill('#time', '17:30');
    await page.fill('#minutes', '45');
    await page.click('button[type=submit]');
    await page.locator('.kit-download').waitFor({ state: 'visible', timeout: 60_000 });
    expect(await page.locator('.kit-schedule__summary').textContent()).toBe(
      `6 sessions of 45 minutes, every month, on the last Friday, from ${first} to ${last}.`,
    );
    expect(await page.locator('.kit-schedule__times').textContent()).toContain(`Meetings start at 17:30 ${city} time (${zone})`);
    expect(await page.locator('.kit-schedule__times').textContent()).toContain(utc);
    const rows = await page.locator('.kit-schedule tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    expect(rows.map((row) => row[0])).toEqual(['1. First meeting', '2. Regular meeting', '3. Mid-point review', '4. Regular meeting', '5. Regular meeting', '6. Closing meeting']);
    expect(rows.map((row) => row[1])).toEqual(
      locale === 'en-US'
        ? ['Friday, January 29, 2027', 'Friday, February 26, 2027', 'Friday, March 26, 2027', 'Friday, April 30, 2027', 'Friday, May 28, 2027', 'Friday, June 25, 2027']
        : ['Friday 29 January 2027', 'Friday 26 February 2027', 'Friday 26 March 2027', 'Friday 30 April 2027', 'Friday 28 May 2027', 'Friday 25 June 2027'],
    );
    expect(rows.every((row) => row[2] === '17:30–18:15')).toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect((await runAxe(page, { tags: WCAG_TAGS })).violations.map((v) => v.id), scheme).toEqual([]);
    }
    // The calendar in the kit, read by ical.js: each meeting at 17:30 in the zone, the first at the UTC time shown.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.kit-download a')]);
    const calendar = new ICAL.Component(ICAL.parse(strFromU8(unzipSync(readFileSync((await download.path())!))['calendar.ics']!)));
    for (const definition of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(definition));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events).toHaveLength(6);
    for (const event of events) {
      expect(event.startDate.zone?.tzid).toBe(zone);
      expect([event.startDate.hour, event.startDate.minute]).toEqual([17, 30]);
    }
    expect(events[0]!.startDate.convertToZone(ICAL.Timezone.utcTimezone).toICALString()).toBe(`20270129${utcStamp}`);
    await context.close();
  }, 90_000);
});

