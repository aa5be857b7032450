// `npm run build`: Astro's build, then nothing half-built is left behind. A failed build removes
// dist/, so a deploy step can never pick up a partial site or the previous build by mistake.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

// npm run puts node_modules/.bin, and with it the pinned Node, first on PATH.
const result = spawnSync('astro', ['build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0) {
  rmSync('dist', { recursive: true, force: true });
  console.error('\nThe build failed (see above); dist/ was removed so that nothing half-built can be deployed.');
  process.exit(result.status ?? 1);
}
