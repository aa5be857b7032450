import { defineConfig } from 'vitest/config';

// Three kinds of test, run by `npm test` in this order: unit tests need nothing built; build tests
// read `dist/` (built just before them) or build broken copies of the project; browser tests drive
// Chromium against `dist/` served on 127.0.0.1.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
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
