import { defineConfig } from 'vitest/config';

// Four kinds of test, all run by `npm test` after the site is built:
// unit (pure modules), content (the archive's own files), build (checks on dist/), e2e (real Chromium).
export default defineConfig({
  test: {
    setupFiles: ['tests/helpers/fast-check-seed.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 120_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: two cores, and Chromium is heavy.
          fileParallelism: false,
        },
      },
    ],
  },
});
