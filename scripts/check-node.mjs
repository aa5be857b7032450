// Runs before build and test: running a tool binary directly (./node_modules/.bin/x, or after an
// install with --ignore-scripts) silently falls back to the machine's older Node.
import { nodeProblem } from './node-version.mjs';

const problem = nodeProblem(process.versions.node);
if (problem) {
  console.error(problem);
  process.exit(1);
}
