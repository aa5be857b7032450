import { defineConfig } from 'vitest/config';

// Four kinds of test. `npm test` runs unit and component tests first (they need nothing built), then
// builds, then the build tests (they read `dist/`, built just before them, or build broken copies of
// the project) and the browser tests (Chromium against `dist/` served on 127.0.0.1). Component tests
// render Astro components with Astro's container API, so they run under Astro's Vite configuration
// (tests/vitest.components.config.ts).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/setup/fast-check.ts'] } },
      'tests/vitest.components.config.ts',
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
