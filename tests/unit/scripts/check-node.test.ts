import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { nodeProblem } from '../../../scripts/check-node.mjs';

it('stops on a Node older than 22.12, saying how to run the pinned one', () => {
  for (const old of ['20.20.2', '22.11.0', '18.0.0']) {
    expect(nodeProblem(old)).toMatch(new RegExp(`^Mentorkit needs Node >= 22\\.12, but this script runs on Node ${old.replace(/\./g, '\\.')}\\.\\n[\\s\\S]*npm run build`));
  }
  for (const recent of ['22.12.0', '22.20.1', '24.21.0', '26.0.0']) expect(nodeProblem(recent)).toBeUndefined();
});

it('lets the pinned Node through, as npm runs it before a build or the tests', () => {
  const run = spawnSync(process.execPath, ['scripts/check-node.mjs'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toBe('');
});
