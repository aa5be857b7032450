import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'src', 'public', 'scripts'];

/**
 * A copy of the project in a temporary folder, with `overlay` (a folder laid out like the project)
 * copied over it. Its node_modules holds links to the real packages, so that Astro's and Vite's caches
 * are the copy's own and copies can build side by side.
 */
export function copyProject(overlay?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mentorkit-copy-'));
  for (const file of PROJECT_FILES) cpSync(join(ROOT, file), join(dir, file), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.vite' || name === '.astro') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  if (overlay) cpSync(overlay, dir, { recursive: true });
  return dir;
}

/**
 * Runs an npm script in `dir`, with `env` added to the environment; resolves with its exit code and
 * everything it printed, colours removed.
 */
export function npmRun(dir: string, script: string, env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script], { cwd: dir, env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: output.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}
