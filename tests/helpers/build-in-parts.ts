/**
 * Global setup of the e2e-parts test project (vitest.config.ts): builds the seed archive with its
 * search index cut into parts of a few articles, so that the search's browser tests run on an
 * index of several parts, as a large archive's is.
 */
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

export default function buildInParts(project: TestProject): void {
  // The project's env (where its tests read the site, the part size) is its tests', not this setup's.
  const { DIST_DIR: out, SEARCH_PART_ARTICLES: articles } = project.config.env;
  if (!out || !articles) throw new Error('build-in-parts: the project sets DIST_DIR and SEARCH_PART_ARTICLES');
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    env: { ...process.env, ARCHIVE_OUT_DIR: out, SEARCH_PART_ARTICLES: articles, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (result.status !== 0) throw new Error(`the seed build in parts failed:\n${result.stdout}\n${result.stderr}`);
}
