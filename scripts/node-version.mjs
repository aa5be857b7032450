/**
 * What stops Mentorkit on Node `version` ("20.20.2"), in words for the person who ran it, or undefined.
 * Astro 7 needs Node >= 22.12.
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
