// Runs before build and test: Astro 7 needs Node >= 22.12, and running a tool
// binary directly (./node_modules/.bin/x, or with --ignore-scripts installs)
// silently falls back to the machine's older Node.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Mentorkit needs Node >= 22.12, but this script runs on Node ${process.versions.node}.\n` +
      'The project pins Node 24 as a devDependency: run it through npm ("npm run build", "npm test")\n' +
      'after a plain "npm install" (not --ignore-scripts), or switch with "nvm use" (see .nvmrc).',
  );
  process.exit(1);
}
