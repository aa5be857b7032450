import { execFileSync } from 'node:child_process';
import { CONTENT_ROOT, collectionFolder } from './content-root';

/** Folders whose history dates pages: the content, and the toolkit behind the kit page. */
const DATED_FOLDERS = [CONTENT_ROOT, 'src/toolkit'];

/**
 * The date of the newest commit touching each file and folder within the dated folders, read from one `git log`
 * for the whole build (one git process per page would dominate the build of a large guide).
 * Undefined outside a git checkout (a downloaded archive), where no honest date is known.
 */
let history: Map<string, Date> | undefined | null = null;

function readHistory(): Map<string, Date> | undefined {
  try {
    const out = execFileSync('git', ['-c', 'core.quotePath=off', 'log', '--format=%x1e%cI', '--name-only', '--no-renames', '--relative', '--', ...DATED_FOLDERS], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const newest = new Map<string, Date>();
    // Newest commit first, so the first date seen for a file, or for a folder above it, is its last change.
    for (const commit of out.split('\x1e').slice(1)) {
      const [date = '', ...files] = commit.split('\n');
      for (const file of files.filter(Boolean)) {
        const parts = file.split('/');
        for (let depth = parts.length; depth > 0; depth--) {
          const path = parts.slice(0, depth).join('/');
          if (!newest.has(path)) newest.set(path, new Date(date));
        }
      }
    }
    return newest;
  } catch {
    return undefined;
  }
}

/**
 * When the content behind a page last changed: the date of the newest commit touching `paths` (files
 * or folders, relative to the project root), or now for content no commit touches yet (it is being
 * written now). Undefined outside a git checkout.
 */
export function lastModified(paths: string[]): Date | undefined {
  if (history === null) history = readHistory();
  if (!history) return undefined;
  let newest: Date | undefined;
  for (const path of paths) {
    const date = history.get(path.replace(/\/+$/, ''));
    if (date && (!newest || date > newest)) newest = date;
  }
  return newest ?? new Date();
}

/** The content files each page is built from, by URL path. */
export function contentSources(pathname: string): string[] {
  const chapter = /^\/guide\/([^/]+)\/$/.exec(pathname);
  // A chapter is Markdown or MDX; the file that does not exist has no history and changes nothing.
  if (chapter) return ['md', 'mdx'].map((extension) => `${collectionFolder('guide')}/${chapter[1]}.${extension}`);
  const template = /^\/templates\/([^/]+)\/$/.exec(pathname);
  if (template) return [`${collectionFolder('templates')}/${template[1]}.yaml`];
  if (pathname === '/toolkit/') return ['src/toolkit', collectionFolder('templates')];
  const section = /^\/(faq|modalities|references|reading|practitioners|templates)\/$/.exec(pathname);
  if (section) return [collectionFolder(section[1]!)];
  return [collectionFolder('guide')];
}
