import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Four kinds of test, all run by `npm test` after the site is built:
// unit (pure modules), content (the archive's own files), build (checks on dist/), e2e (real Chromium).
// And the search's browser tests once more, last, on the seed archive built with its index in
// parts of five articles (e2e-parts), as a large archive's index is in many.
const E2E = { testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } as const;
export default defineConfig({
  test: {
    setupFiles: ['tests/helpers/fast-check-seed.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 120_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000 } },
      // One browser at a time: two cores, and Chromium is heavy.
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], ...E2E } },
      {
        test: {
          name: 'e2e-parts',
          include: ['tests/e2e/search.test.ts', 'tests/e2e/arrival.test.ts'],
          ...E2E,
          env: { DIST_DIR: path.join(tmpdir(), 'archive-search-in-parts'), SEARCH_PART_ARTICLES: '5' },
          globalSetup: ['tests/helpers/build-in-parts.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
