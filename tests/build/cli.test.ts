import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/project-copy';

const work = mkdtempSync(join(tmpdir(), 'mentorkit-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run toolkit -- …` as a program designer runs it. */
function toolkit(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return toolkitWith({}, ...args);
}

/** The same, with more environment variables. */
function toolkitWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'toolkit', '--', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run toolkit', () => {
  it('explains itself with --help', async () => {
    const { code, stdout } = await toolkit('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run toolkit -- --program <file> --out <file\.zip>/);
  });

  it('prints the schedule, builds the example kit, reporting progress on stderr, and the same bytes twice', async () => {
    const [first, second] = [join(work, 'kit.zip'), join(work, 'again.zip')];
    const run = await toolkit('--program', 'examples/program.json', '--out', first);
    expect(run.code, run.stderr).toBe(0);
    // The schedule, as the /toolkit/ page shows it, before the kit is built.
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('12 sessions of 60 minutes, every week, on Monday, from Monday 2 March 2026 to Monday 18 May 2026.');
    expect(lines[1]).toMatch(/^Meetings start at 17:30 Rome time \(Europe\/Rome\)\. .*16:30 UTC until 23 March 2026 and 15:30 UTC from 30 March 2026\.$/);
    expect(lines.filter((line) => /^ +\d+\. \w+ \d+ \w+ 2026, 17:30–18:30: /.test(line))).toHaveLength(12);
    expect(lines).toContain('  6. Monday 6 April 2026, 17:30–18:30: Mid-point review');
    expect(run.stderr).toMatch(/^\[1\/\d+\] README\.md$/m);
    expect(run.stderr).toMatch(/^Wrote .*kit\.zip \(\d+ KB\) in \d+ ms\.$/m);
    const zip = unzipSync(readFileSync(first));
    const names = Object.keys(zip);
    expect(names).toEqual(
      expect.arrayContaining(['README.md', 'calendar.ics', '2-every-meeting/meeting-log.csv', '2-every-meeting/meeting-log.pdf', '1-getting-started/mentoring-agreement.pdf', '1-getting-started/smart-goals.docx']),
    );
    expect(names.filter((n) => /\/\d{2}-\d{4}-/.test(n))).toHaveLength(12 * 3);
    expect(names).toContain('1-getting-started/01-2026-03-02-first-meeting.pdf');
    expect(names).toContain('3-mid-point/06-2026-04-06-mid-point-review.docx');
    expect(names).toContain('4-closing/12-2026-05-18-closing-meeting.md');
    expect(strFromU8(zip['README.md']!)).toContain('| 1 | Monday 2 March 2026 | 17:30–18:30 | First meeting |');

    expect((await toolkit('--program', 'examples/program.json', '--out', second)).code).toBe(0);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
  }, 120_000);

  it("prints an Arabic kit's schedule in Arabic, with the meetings' city as Arabic names it", async () => {
    const example = JSON.parse(readFileSync(join(ROOT, 'examples/program.json'), 'utf8'));
    const arabic = join(work, 'arabic.json');
    writeFileSync(arabic, JSON.stringify({ ...example, language: 'ar', timeZone: 'America/Argentina/Buenos_Aires' }));
    const run = await toolkit('--program', arabic, '--out', join(work, 'arabic.zip'));
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[1]).toBe('تبدأ اللقاءات الساعة 17:30 بتوقيت بوينوس أيرس (America/Argentina/Buenos_Aires)، أي 20:30 UTC.');
    expect(lines).toContain('  1. الاثنين، 2 مارس 2026، 17:30–18:30: اللقاء الأول');
    // No English word: Latin letters only in the zone's own name and in "UTC".
    expect(run.stdout.replace(/\(America\/Argentina\/Buenos_Aires\)|UTC/g, '')).not.toMatch(/[A-Za-z]/);
  }, 120_000);

  it('refuses a bad description with a non-zero exit, every bad field named, and no file written', async () => {
    const description = join(work, 'bad.json');
    writeFileSync(description, JSON.stringify({ ...JSON.parse(readFileSync(join(ROOT, 'examples/program.json'), 'utf8')), weeks: 0, timeZone: 'Mars/Base' }));
    const out = join(work, 'bad.zip');
    const { code, stderr } = await toolkit('--program', description, '--out', out);
    expect(code).toBe(1);
    expect(stderr).toContain(`${description} has 2 invalid values:`);
    expect(stderr).toContain('  - weeks: a program lasts at least 1 week');
    expect(stderr).toContain('  - timeZone: expected a time zone written as region/city, such as "America/Chicago" or "Europe/Rome"');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('says how to use it when arguments are missing', async () => {
    const { code, stderr } = await toolkit('--program', 'examples/program.json');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Both --program and --out are needed\./);
  });

  it('reads the templates of the content folder MENTORKIT_CONTENT_DIR names', async () => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'src/content/templates'), join(content, 'templates'), { recursive: true });
    const agreement = join(content, 'templates/mentoring-agreement.yaml');
    writeFileSync(agreement, readFileSync(agreement, 'utf8').replace(/^title: .*$/m, 'title: Our own partnership agreement'));
    const out = join(work, 'own.zip');
    const run = await toolkitWith({ MENTORKIT_CONTENT_DIR: content }, '--program', 'examples/program.json', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    expect(strFromU8(unzipSync(readFileSync(out))['1-getting-started/mentoring-agreement.md']!)).toMatch(/^# Our own partnership agreement$/m);

    rmSync(join(content, 'templates/meeting-log.yaml'));
    const missing = await toolkitWith({ MENTORKIT_CONTENT_DIR: content }, '--program', 'examples/program.json', '--out', join(work, 'none.zip'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`The kit needs the template ${join(content, 'templates/meeting-log.yaml')}`);
    expect(existsSync(join(work, 'none.zip'))).toBe(false);
  }, 120_000);

  it('reads a description in YAML as it reads the same in JSON, byte for byte', async () => {
    const example = JSON.parse(readFileSync(join(ROOT, 'examples/program.json'), 'utf8'));
    const yaml = join(work, 'program.yaml');
    writeFileSync(yaml, stringify(example));
    const [fromJson, fromYaml] = [join(work, 'json.zip'), join(work, 'yaml.zip')];
    expect((await toolkit('--program', 'examples/program.json', '--out', fromJson)).code).toBe(0);
    expect((await toolkit('--program', yaml, '--out', fromYaml)).code).toBe(0);
    expect(readFileSync(fromYaml).equals(readFileSync(fromJson))).toBe(true);
    // And the shipped YAML example, with its own words for mentees.
    const shipped = join(work, 'shipped-yaml.zip');
    expect((await toolkit('--program', 'examples/program.yaml', '--out', shipped)).code).toBe(0);
    expect(strFromU8(unzipSync(readFileSync(shipped))['2-every-meeting/meeting-log.csv']!)).toContain('"Protégé reflection"');
  }, 120_000);

  it('leaves an existing --out as it was, and no partial file, when it fails', async () => {
    const out = join(work, 'keep.zip');
    writeFileSync(out, 'the kit from last week');
    const bad = join(work, 'bad-again.json');
    writeFileSync(bad, JSON.stringify({ program: 'x' }));
    expect((await toolkit('--program', bad, '--out', out)).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('the kit from last week');
    expect(readdirSync(work).filter((name) => name.includes('.partial-'))).toEqual([]);
  }, 60_000);

  it('exits with code 2, saying why, when the description cannot be read', async () => {
    const missing = join(work, 'no-such-program.json');
    const { code, stderr } = await toolkit('--program', missing, '--out', join(work, 'never.zip'));
    expect(code).toBe(2);
    expect(stderr).toContain(`Could not read ${missing}`);
    const broken = join(work, 'broken.yaml');
    writeFileSync(broken, 'program: [unclosed');
    expect((await toolkit('--program', broken, '--out', join(work, 'never.zip'))).code).toBe(2);
    expect(existsSync(join(work, 'never.zip'))).toBe(false);
  }, 60_000);
});
