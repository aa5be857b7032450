import { execFileSync } from 'node:child_process';

const cache = new Map<string, Date | undefined>();

/**
 * When the content behind a page last changed: the date of the newest commit touching `paths`, or now
 * for files not committed yet. Undefined outside a git checkout (a downloaded archive), where no honest
 * date is known.
 */
export function lastModified(paths: string[]): Date | undefined {
  const key = paths.join('\0');
  if (!cache.has(key)) {
    let date: Date | undefined;
    try {
      const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', ...paths], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      // In a checkout, content no commit touches yet is being written now.
      date = out ? new Date(out) : new Date();
    } catch {
      date = undefined;
    }
    cache.set(key, date);
  }
  return cache.get(key);
}

/** The content files each page is built from, by URL path. */
export function contentSources(pathname: string): string[] {
  const chapter = /^\/guide\/([^/]+)\/$/.exec(pathname);
  if (chapter) return [`src/content/guide/${chapter[1]}.mdx`];
  const template = /^\/templates\/([^/]+)\/$/.exec(pathname);
  if (template) return [`src/content/templates/${template[1]}.yaml`];
  if (pathname === '/toolkit/') return ['src/toolkit', 'src/content/templates'];
  const section = /^\/(faq|modalities|references|reading|practitioners|templates)\/$/.exec(pathname);
  if (section) return [`src/content/${section[1]}`];
  return ['src/content/guide'];
}
