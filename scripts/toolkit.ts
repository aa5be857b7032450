// `npm run toolkit -- --program examples/program.json --out kit.zip`: the program kit generator on the
// command line, a thin wrapper over src/toolkit (the same core the /toolkit/ page runs in the browser).
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import site from '../site.config';
import { collectionFolder } from '../src/collections/content-root';
import { InvalidInputError, buildKit, describeFieldIssues, parseOrExplain, planSessions, programSchema, readFonts, readKitTemplates, scheduleInWords, unprintableFields, wordsFor } from '../src/toolkit';

const HELP = `Usage: npm run toolkit -- --program <file> --out <file.zip>

Builds a mentoring program kit (schedule, agendas, agreement, goal worksheet,
meeting log and calendar) from a program description in JSON or YAML. The
templates come from src/content/templates, or from the templates folder of
MENTORKIT_CONTENT_DIR when that names another content folder.

  --program <file>  the program description (see examples/ and
                    dist/toolkit/program.schema.json for every field)
  --out <file>      where to write the ZIP
  --help            show this help

The schedule goes to standard output, progress to standard error. Exit codes: 0 done, 1 invalid description,
2 wrong usage, or a description or template that cannot be read.`;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({ options: { program: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } }, strict: true }).values;
} catch (error) {
  fail(`${(error as Error).message}\n\n${HELP}`, 2);
}
if (args.help) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}
if (!args.program || !args.out) fail(`Both --program and --out are needed.\n\n${HELP}`, 2);

let source: unknown;
try {
  source = parse(readFileSync(args.program, 'utf8'));
} catch (error) {
  fail(`Could not read ${args.program}: ${(error as Error).message}`, 2);
}

try {
  const program = parseOrExplain(programSchema, source, args.program);
  let templates;
  try {
    // In the program's language: the translations of the site's templates where it has them.
    templates = readKitTemplates(collectionFolder('templates'), { language: program.language ?? 'en', original: site.defaultLocale });
  } catch (error) {
    fail(`Could not read the kit's templates: ${(error as Error).message}`, 2);
  }
  const fonts = await readFonts();
  const unprintable = unprintableFields(program, fonts.fallback.faces);
  if (unprintable.length > 0) throw new InvalidInputError(describeFieldIssues(args.program, unprintable));
  // The schedule first, as the /toolkit/ page shows it: a date that moved says why.
  const sessions = planSessions(program);
  const schedule = scheduleInWords(program, sessions);
  const words = wordsFor(program.language ?? 'en').kit;
  process.stdout.write(
    [
      schedule.summary,
      schedule.times,
      '',
      ...schedule.sessions.map((s) => `${String(s.number).padStart(3)}. ${words.scheduleLine(s)}`),
      ...(schedule.checkIns.length > 0 ? ['', ...schedule.checkIns] : []),
      '',
    ].join('\n'),
  );
  const started = performance.now();
  const zip = await buildKit({ program, templates, fonts, color: site.brandColor, siteUrl: site.url }, (done, total, file) => {
    if (file) process.stderr.write(`[${done + 1}/${total}] ${file}\n`);
  });
  // Written next to its destination, then renamed: an interrupted run leaves no half-written ZIP.
  const partial = `${args.out}.partial-${process.pid}`;
  try {
    writeFileSync(partial, zip);
    renameSync(partial, args.out);
  } finally {
    rmSync(partial, { force: true });
  }
  process.stderr.write(`Wrote ${args.out} (${Math.round(zip.length / 1024)} KB) in ${Math.round(performance.now() - started)} ms.\n`);
} catch (error) {
  if (error instanceof InvalidInputError) fail(error.message, 1);
  throw error;
}
