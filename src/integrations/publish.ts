/**
 * A failed build never replaces a good site. `astro build` writes into a staging folder next to
 * the output folder (dist/ → dist.staging/); when the pages, every other integration's
 * `astro:build:done` step (the search index among them) and the checks of src/lib/publish.ts
 * have all succeeded, the staged site takes the output folder's place by two renames
 * (dist/ → dist.previous/, dist.staging/ → dist/), and the old site is removed. Whatever fails,
 * the output folder keeps the previous site, byte for byte, and the staging folder is removed.
 *
 * Only `astro build` is redirected: `astro preview` serves the output folder, `astro dev` builds
 * nothing. Register it last: its `astro:build:done` must run after every step that writes the site.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  checkedFiles,
  discardedPath,
  publishPaths,
  recover,
  searchArticleFiles,
  swapIn,
  verifySite,
  type PublishPaths,
  type SiteReader,
  type SwapFs,
} from '../lib/publish.ts';
import type { SearchArticle } from '../lib/search/shared/data.ts';
import { searchFilePath, searchFiles } from '../lib/search/shared/files.ts';
import type { PartsFile } from '../lib/search/shared/parts.ts';

const nodeFs: SwapFs = {
  exists: existsSync,
  rename: renameSync,
  remove: (target) => rmSync(target, { recursive: true, force: true }),
};

/** Every file of a folder, `/`-separated, relative to it; none if it is not a folder. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** A site folder as checkedFiles reads it. */
function siteReader(site: string): SiteReader {
  const at = (file: string) => path.join(site, ...file.split('/'));
  return {
    isFile: (file) => lstatSync(at(file), { throwIfNoEntry: false })?.isFile() ?? false,
    filesUnder: (dir) => listFiles(at(dir)).map((file) => `${dir}/${file}`),
    folders: (dir) =>
      existsSync(at(dir))
        ? readdirSync(at(dir), { withFileTypes: true })
            .filter((entry) => entry.isDirectory())
            .map((entry) => entry.name)
        : [],
  };
}

/** How the output folder is named to the reader: relative to the working directory when inside it. */
function shown(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return `${relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dir}/`;
}

/** Checks the staged site (throws with every problem found); returns its number of articles. */
function check(staging: string): number {
  const partsFile = path.join(staging, searchFilePath(searchFiles.parts()));
  const { parts } = existsSync(partsFile) ? (JSON.parse(readFileSync(partsFile, 'utf8')) as PartsFile) : { parts: [] };
  const files = checkedFiles(siteReader(staging), parts);
  const articleUrls = searchArticleFiles(files).map(
    (file) => (JSON.parse(readFileSync(path.join(staging, file), 'utf8')) as SearchArticle).url,
  );
  const problems = verifySite(files, articleUrls, parts);
  if (problems.length) throw new Error(`发布前检查未通过：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return articleUrls.length;
}

/**
 * The replaced site is renamed aside and removed by a detached process: removing it took longer
 * than an incremental build renders (183,000 files at 30,000 articles: 17 s), and the new site
 * is already in place.
 */
function removeInBackground(dir: string, discarded: string) {
  if (!existsSync(dir)) return;
  renameSync(dir, discarded);
  const remover = spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })', discarded],
    { detached: true, stdio: 'ignore' },
  );
  remover.unref();
}

export default function publish(): AstroIntegration {
  let paths: PublishPaths | undefined;
  let published = false;
  return {
    name: 'publish',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const target = publishPaths(fileURLToPath(config.outDir));
        paths = target;
        if (recover(target, nodeFs)) logger.warn(`上次发布中断：已把 ${shown(target.out)} 恢复为之前的站点`);
        // A URL replaces the resolved outDir as it is (Astro merges URLs by replacing them).
        updateConfig({ outDir: pathToFileURL(`${target.staging}/`) });
        // Whatever ends the build before the swap (a page, an integration, the checks) exits here.
        process.once('exit', () => {
          if (published) return;
          nodeFs.remove(target.staging);
          const kept = existsSync(target.out) ? '仍是之前的站点' : '不存在（尚无已发布的站点）';
          logger.error(`构建失败，未发布：${shown(target.out)} ${kept}`);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!paths || path.resolve(fileURLToPath(dir)) !== paths.staging)
          throw new Error(`发布：构建输出不在暂存目录 ${paths?.staging}`);
        const started = performance.now();
        const articles = check(paths.staging);
        const checked = performance.now() - started;
        swapIn(paths, nodeFs);
        published = true;
        try {
          removeInBackground(paths.previous, discardedPath(paths, process.pid, Date.now()));
        } catch (error) {
          logger.warn(`未能删除 ${paths.previous}（下次构建时删除）：${String(error)}`);
        }
        logger.info(`站点已发布到 ${shown(paths.out)}：${articles} 篇文章，发布前检查 ${checked.toFixed(0)} ms`);
      },
    },
  };
}
