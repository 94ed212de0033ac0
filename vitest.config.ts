import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Four kinds of test, all run by `npm test` after the site is built:
// unit (pure modules), content (the archive's own files), build (checks on dist/), e2e (real Chromium).
// And the search's browser tests once more, last, on the seed archive built with its index in
// parts of five articles (e2e-parts), as a large archive's index is in many.
const E2E = { testTimeout: 60_000, hookTimeout: 60_000 } as const;
// These build the site from the project's own folder into a temporary one. Astro then renders
// in <project>/.astro/.prerender/, one folder for every such build: two at once would clash.
const BUILDS_IN_PROJECT = [
  'tests/build/public-build.test.ts',
  'tests/build/readme-commands.test.ts',
  'tests/build/reproducible.test.ts',
];
export default defineConfig({
  test: {
    // Most tests wait (on a browser, a build, a child process) more than they compute: a file per
    // core runs beside another even on two cores. Each project below says what must not overlap.
    maxWorkers: '100%',
    setupFiles: ['tests/helpers/fast-check-seed.ts'],
    projects: [
      // Property tests run many cases: beside a browser on two cores, some take more than the default 5 s.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      // A set-up (beforeAll) that builds or starts a browser may wait as long as a test: beside
      // another file on two cores, it can take longer than the default 10 s.
      {
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          exclude: BUILDS_IN_PROJECT,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'build-in-project',
          include: BUILDS_IN_PROJECT,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      // A browser per file, as many files at once as the other projects: each test waits on its
      // page more than it computes (two cores: e2e 250 → 201 s).
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
