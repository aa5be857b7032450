import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { CONTENT_ROOT } from './content-root';

/**
 * Files and folders whose history dates pages: the content, the toolkit behind the kit page, and the
 * settings and page files behind the pages written from the settings (about, join, privacy...).
 */
const DATED_FOLDERS = [CONTENT_ROOT, 'src/toolkit', 'site.config.ts', 'src/pages'];

interface History {
  /** Absolute path of every file and folder any commit touched, with the date of the newest such commit. */
  newest: Map<string, Date>;
  /** The dated folders that are in a git checkout, as absolute paths: dates inside them are known. */
  tracked: string[];
}

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });

/**
 * One `git log` per dated folder for the whole build (one git process per page would dominate the
 * build of a large guide). A folder outside any git checkout (a downloaded archive, generated
 * content elsewhere) is left out: no honest date is known there.
 */
function readHistory(): History {
  const history: History = { newest: new Map(), tracked: [] };
  for (const folder of DATED_FOLDERS.map((path) => resolve(path))) {
    let top: string;
    let out: string;
    try {
      top = git(statSync(folder).isDirectory() ? folder : dirname(folder), ['rev-parse', '--show-toplevel']).trim();
      out = git(top, ['-c', 'core.quotePath=off', 'log', '--format=%x1e%cI', '--name-only', '--no-renames', '--', folder]);
    } catch {
      continue;
    }
    history.tracked.push(folder);
    // Newest commit first, so the first date seen for a file, or for a folder above it, is its last change.
    for (const commit of out.split('\x1e').slice(1)) {
      const [date = '', ...files] = commit.split('\n');
      for (const file of files.filter(Boolean)) {
        for (let path = resolve(top, file); path.startsWith(folder); path = dirname(path)) {
          if (!history.newest.has(path)) history.newest.set(path, new Date(date));
        }
      }
    }
  }
  return history;
}

let history: History | undefined;

/**
 * When the content behind a page last changed: the date of the newest commit touching `paths` (files
 * or folders), or now for content in a checkout that no commit touches yet (it is being written now).
 * Undefined when none of `paths` is in a git checkout.
 */
export function lastModified(paths: string[]): Date | undefined {
  history ??= readHistory();
  const { newest, tracked } = history;
  let known = false;
  let last: Date | undefined;
  for (const path of paths.map((p) => resolve(p))) {
    if (!tracked.some((folder) => path === folder || path.startsWith(`${folder}${sep}`))) continue;
    known = true;
    const date = newest.get(path);
    if (date && (!last || date > last)) last = date;
  }
  return known ? (last ?? new Date()) : undefined;
}
