/**
 * Builds one part of the search index (src/lib/search/shared/parts.ts):
 * `node scripts/build-search-part.ts <site> <part> <first> <records.json> <t2s.json>`.
 * scripts/build-search-index.ts runs it once per part that changed, each in a process of its
 * own, so Pagefind's memory is the part's and is given back when it ends. From the part's
 * records (in date order, the first of them article <first> of the whole index), each with its
 * body read from its file and cut into searchable segments here (src/lib/search/build/records.ts),
 * it writes:
 *   - <site>/search/articles/<n>.json: what a result shows of each of its articles;
 *   - <site>/pagefind/<part>/: the part's Pagefind index, articles laid out in bundles (layout.ts);
 *   - <site>/search/parts/<part>/bundles.json: where each of its articles lies in it, and the
 *     first word of each of its index chunks.
 * It prints one line: its articles, bundles, seconds and where the time went.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { safeJson } from '../src/lib/json.ts';
import { collectAndRelease } from '../src/lib/release-memory.ts';
import {
  customRecordPageName,
  readFragmentPages,
  readPagefindMeta,
  reserveFragments,
} from '../src/lib/search/build/pagefind-files.ts';
import { decodeT2S, SEARCH_LANGUAGE, type SearchRecord, type SearchT2SFile } from '../src/lib/search/shared/data.ts';
import { withSegments, type IndexRecord } from '../src/lib/search/build/records.ts';
import { resultFile } from '../src/lib/search/build/result-files.ts';
import {
  articleTokens,
  CharacterTally,
  commonSample,
  commonWords,
  type ArticleTokens,
} from '../src/lib/search/build/tokens.ts';
import { bundleLayout, bundlesFile, type BlockLengths, type Bundle } from '../src/lib/search/build/bundles.ts';
import { searchFilePath, searchFiles } from '../src/lib/search/shared/files.ts';

const [siteArg, part, firstArg, recordsFile, t2sFile] = process.argv.slice(2);
const first = Number(firstArg);
if (!siteArg || !part || !Number.isInteger(first) || first < 0 || !recordsFile || !t2sFile)
  throw new Error('用法：node scripts/build-search-part.ts <站点目录> <分部> <首篇序号> <records.json> <t2s.json>');
const site = path.resolve(siteArg);
const started = performance.now();
const phases: string[] = [];
let phaseStarted = started;
const phaseDone = (name: string) => {
  const now = performance.now();
  phases.push(`${name} ${((now - phaseStarted) / 1000).toFixed(1)} s`);
  phaseStarted = now;
};

const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as (IndexRecord | undefined)[];
const articleCount = records.length;
const t2s = decodeT2S((JSON.parse(readFileSync(t2sFile, 'utf8')) as SearchT2SFile).pairs);

const characters = new CharacterTally();
/** The part's sample articles cut into segments, to choose its common words; kept until they are tokenised. */
const sample = new Map<number, SearchRecord>(commonSample(articleCount).map((i) => [i, withSegments(records[i]!)]));
/** The part's common three-character words, chosen from its sample before any article is tokenised. */
const common = commonWords(
  [...sample.values()].map((record) => record.segments),
  t2s,
);
const commonSet = new Set(common);

/** Article i of the part: its result file written, its characters counted, its tokens returned, its text let go. */
function articleAt(i: number): ArticleTokens {
  const record = sample.get(i) ?? withSegments(records[i]!);
  // Let go of its text: the indexer's peak is not shared with the part's whole text.
  records[i] = undefined;
  sample.delete(i);
  writeFileSync(path.join(site, searchFilePath(searchFiles.article(first + i))), resultFile(record));
  const tokens = articleTokens(record.segments, t2s, commonSet);
  characters.add(tokens);
  return tokens;
}

/**
 * Locations per index chunk (Pagefind's default: 20,000). A query loads one chunk per term and
 * part, and the first query each part's table of chunks: chunks of 5,000 halve what a term
 * loads for a table twice as long, which at 10,000 articles took a cold first query's worst
 * case from 205.9 to 159.9 KiB and the warm p95 from 72.2 to 56.3 ms (docs/performance.md;
 * 2,500 made the tables too long). The variable is one Pagefind marks unstable: were it
 * dropped, only these sizes would change, not what a search finds.
 */
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '5000';

/** A bundle's stand-in URL, unique across parts: Pagefind names pages by it; readers never see it. */
const bundleUrl = (bundle: number) => `${searchFiles.bundles(part)}#${bundle}`;
/**
 * The next bundle is prepared while Pagefind indexes one: one round trip at a time would leave
 * one of the two idle, and more than two at once only made Pagefind slower.
 */
const IN_FLIGHT = 2;
/** Milliseconds of laying out between two turns of the event loop, in which the pipe to Pagefind drains. */
const TURN_MS = 2;
/** Files Pagefind writes for its own search interfaces, which the archive does not use. */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

const pagefindDir = path.join(site, searchFilePath(searchFiles.pagefind(part)));
rmSync(pagefindDir, { recursive: true, force: true });
const blocks: BlockLengths[] = [];
/** Each bundle's page name, as Pagefind will name it, by the bundle's URL (reserveFragments). */
const pageNames = new Map<string, string | undefined>();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind 无法创建索引: ${errors.join('; ')}`);
const pending = new Set<Promise<void>>();
/** Hands a bundle to Pagefind; returns once fewer than IN_FLIGHT are in its hands. */
async function indexBundle(bundle: Bundle) {
  const url = bundleUrl(blocks.length);
  blocks.push(bundle.lengths);
  const added = index!.addCustomRecord({ url, content: bundle.content, language: SEARCH_LANGUAGE }).then((response) => {
    if (response.errors.length) throw new Error(`${url}: ${response.errors.join('; ')}`);
    const { uniqueWords: wordCount, meta } = response.file;
    pageNames.set(url, customRecordPageName({ url, content: bundle.content, wordCount, meta }, SEARCH_LANGUAGE));
    pending.delete(added);
  });
  pending.add(added);
  if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  // A bundle leaves some 100 MB of garbage here (its words, their JSON for Pagefind), which V8
  // would let pile up while Pagefind grows: collected at once, the process stays small.
  globalThis.gc?.();
}
const layout = bundleLayout();
let turnStarted = performance.now();
for (let i = 0; i < articleCount; i++) {
  const url = records[i]!.url;
  let full: Bundle | undefined;
  try {
    full = layout.add(articleAt(i));
  } catch (error) {
    throw new Error(`搜索索引无法处理文章 ${url}: ${(error as Error).message}`, { cause: error });
  }
  if (full) await indexBundle(full);
  // The bundle handed over reaches Pagefind only while this process waits: a pipe takes 64 KB
  // at a time, a bundle is some 25 MB, and laying out the next takes seconds.
  if (performance.now() - turnStarted > TURN_MS) {
    await new Promise((resolve) => setImmediate(resolve));
    turnStarted = performance.now();
  }
}
const last = layout.end();
if (last) await indexBundle(last);
await Promise.all(pending);
phaseDone('tokens and Pagefind');
// Pagefind's peak is while it writes, and this process only waits on it.
collectAndRelease();
const reserved = reserveFragments(pagefindDir, pageNames);
const written = await index.writeFiles({ outputPath: pagefindDir });
if (written.errors.length) throw new Error(`Pagefind 写出失败: ${written.errors.join('; ')}`);
await pagefind.close();
phaseDone('written');

// Pagefind names a page by a hash of its fragment; the fragment holds the URL. The fragments
// themselves (each a whole bundle's tokens) are never shown, so they are not published, nor
// written where the name was foreseen; nor are the files of Pagefind's own interfaces.
const meta = readPagefindMeta(pagefindDir, SEARCH_LANGUAGE);
const pageOf = readFragmentPages(pagefindDir, reserved, meta.pages);
const unforeseen = [...pageOf].filter(([url, name]) => reserved.get(url) !== name).length;
rmSync(path.join(pagefindDir, 'fragment'), { recursive: true });
for (const file of readdirSync(pagefindDir)) if (UNUSED_FILES.test(file)) rmSync(path.join(pagefindDir, file));

/**
 * The first word of every index chunk but the first. A prefix search loads the chunks that
 * start inside its range through them (src/lib/search/browser/plan.ts, chunkStartsWithin).
 */
const chunkStarts = meta.chunks.slice(1).map((chunk) => chunk.from);
const partDir = path.join(site, searchFilePath(searchFiles.bundles(part)), '..');
rmSync(partDir, { recursive: true, force: true });
mkdirSync(partDir, { recursive: true });

const pageIds = blocks.map((_, i) => {
  const page = pageOf.get(bundleUrl(i));
  if (!page) throw new Error(`Pagefind 没有写出 ${bundleUrl(i)}`);
  return page;
});
writeFileSync(
  path.join(site, searchFilePath(searchFiles.bundles(part))),
  safeJson(bundlesFile(blocks, pageIds, { chunkStarts, common, commonest: characters.commonest() })),
);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `search index part ${part}: ${articleCount} articles in ${blocks.length} bundle(s), ${seconds} s (${phases.join('; ')}; ${unforeseen} page name(s) not foreseen)`,
);
