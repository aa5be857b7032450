import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, assertBuilt, distFiles, sitemapRoutes } from '../helpers/dist';
import { checkLinks } from '../helpers/links';

beforeAll(assertBuilt);

describe('HTML', () => {
  it('every built page is valid HTML (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = distFiles().filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(join(DIST, file));
      for (const result of report.results)
        for (const message of result.messages) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('keeps the space between a word and the link after it (the HTML compressor drops a line break there)', () => {
    const glued = distFiles()
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => [...readFileSync(join(DIST, file), 'utf8').matchAll(/(\S{0,20}[\p{L}\p{N}:,;])<a [^>]*>/gu)].map((match) => `${file}: ${match[1]}`))
      // Arabic writes "and", "so", "with", "for" and "like" (و ف ب ل ك) joined to the word after them: "وكيف".
      .filter((glued) => !/(^|[\s>]|: )[وفبلك]$/u.test(glued));
    expect(glued).toEqual([]);
  });

  it('every built page passes the W3C Nu checker (vnu-jar, errors)', async () => {
    // vnu-jar's default export is the path of the checker's jar; Java comes from the system (README).
    const jar = String(createRequire(import.meta.url)('vnu-jar'));
    const pages = distFiles()
      .filter((file) => file.endsWith('.html'))
      .map((file) => join(DIST, file));
    expect(pages.length).toBeGreaterThan(10);
    // A page known to be wrong goes through the same run, so a checker that reports nothing cannot pass.
    const control = join(mkdtempSync(join(tmpdir(), 'nu-')), 'control.html');
    writeFileSync(control, '<!doctype html><html lang="en"><title>t</title></html><script>1</script>');
    const { stdout, stderr } = await promisify(execFile)('java', ['-jar', jar, '--errors-only', '--format', 'json', '--exit-zero-always', control, ...pages], {
      maxBuffer: 1 << 26,
    }).catch((error: NodeJS.ErrnoException) => {
      throw new Error(error.code === 'ENOENT' ? 'Java is missing: the Nu checker needs it (Debian: apt-get install default-jre-headless).' : String(error));
    });
    const messages = (JSON.parse(stdout || stderr) as { messages: { type: string; url: string; lastLine?: number; message: string }[] }).messages;
    expect(messages.some((m) => m.url.endsWith('/control.html'))).toBe(true);
    const onPages = messages.filter((m) => !m.url.endsWith('/control.html'));
    expect(onPages.map((m) => `${m.url.replace(/^.*\/dist\//, '')}:${m.lastLine ?? '?'} ${m.type}: ${m.message}`)).toEqual([]);
  }, 60_000);
});

describe('links', () => {
  it('has no broken link or anchor (linkinator, offline, fragments checked)', async () => {
    const { broken, reached } = await checkLinks(DIST);
    expect(broken).toEqual([]);
    for (const route of sitemapRoutes()) expect(reached.has(route === '/' ? DIST : `${DIST}${route}`), route).toBe(true);
  });
});
