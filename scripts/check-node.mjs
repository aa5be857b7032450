// Runs before build and test: Astro 7 needs Node >= 22.12, and running a tool
// binary directly (./node_modules/.bin/x, or with --ignore-scripts installs)
// silently falls back to the machine's older Node.
import { pathToFileURL } from 'node:url';

/**
 * What stops Mentorkit on Node `version` ("20.20.2"), in words for the person who ran it, or undefined.
 * @param {string} version
 */
export function nodeProblem(version) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return undefined;
  return (
    `Mentorkit needs Node >= 22.12, but this script runs on Node ${version}.\n` +
    'The project pins Node 24 as a devDependency: run it through npm ("npm run build", "npm test")\n' +
    'after a plain "npm install" (not --ignore-scripts), or switch with "nvm use" (see .nvmrc).'
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problem = nodeProblem(process.versions.node);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
