import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { nodeProblem } from '../../../scripts/node-version.mjs';

it('stops on a Node older than 22.12, saying how to run the pinned one', () => {
  for (const old of ['20.20.2', '22.11.0', '18.0.0']) {
    expect(nodeProblem(old)).toMatch(new RegExp(`^Mentorkit needs Node >= 22\\.12, but this script runs on Node ${old.replace(/\./g, '\\.')}\\.\\n[\\s\\S]*npm run build`));
  }
  for (const recent of ['22.12.0', '22.20.1', '24.21.0', '26.0.0']) expect(nodeProblem(recent)).toBeUndefined();
});

/** The guard as npm runs it, on a Node that says it is `version`. */
function guard(version?: string) {
  const pretend = version && `data:text/javascript,Object.defineProperty(process, "versions", { value: { ...process.versions, node: "${version}" } });`;
  return spawnSync(process.execPath, [...(pretend ? ['--import', pretend] : []), 'scripts/check-node.mjs'], { encoding: 'utf8' });
}

it('lets the pinned Node through and stops an old one with exit code 1', () => {
  const pinned = guard();
  expect(pinned.status, pinned.stderr).toBe(0);
  expect(pinned.stderr).toBe('');
  const old = guard('20.20.2');
  expect(old.status).toBe(1);
  expect(old.stderr).toContain('Mentorkit needs Node >= 22.12, but this script runs on Node 20.20.2.');
});
