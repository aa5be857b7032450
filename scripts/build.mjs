// `npm run build`: Astro's build, then the Pagefind index, and nothing half-built left behind.
// Pagefind runs once Astro's process has ended, so the two never hold their memory at the same time
// (on a 5,000-page guide, about 1.8 GB for Astro and 0.8 GB for Pagefind). A failed step removes the
// output folder, so a deploy step can never pick up a partial site or the previous build by mistake.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { indexSite } from './pagefind.mjs';

const args = process.argv.slice(2);
const outDirFlag = args.indexOf('--outDir');
const outDir = outDirFlag >= 0 && args[outDirFlag + 1] ? args[outDirFlag + 1] : 'dist';

/** @param {string} why */
function fail(why) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\n${why}; ${outDir}/ was removed so that nothing half-built can be deployed.`);
  process.exit(1);
}

// npm run puts node_modules/.bin, and with it the pinned Node, first on PATH.
const result = spawnSync('astro', ['build', ...args], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0) fail('The build failed (see above)');
try {
  const pages = await indexSite(outDir);
  console.error(`Pagefind indexed ${pages} pages`);
} catch (error) {
  console.error(error);
  fail('Indexing the site for search failed (see above)');
}
