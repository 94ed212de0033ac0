/**
 * Builds the search index: `node scripts/build-search-index.ts [dist]`. The search-index
 * integration (src/integrations/search-index.ts) runs it at the end of every `astro build`, in a
 * child process on the same Node, so a build leaves a complete, searchable dist/. From
 * dist/search/records.json (one record per article, written by the page build and deleted here)
 * it writes:
 *   - dist/pagefind/: the Pagefind index, articles laid out in bundles (src/lib/search/shared/layout.ts);
 *   - dist/search/bundles.json: where each article lies in it;
 *   - dist/search/chunks/<c>.json: the index chunks that begin with character c;
 *   - dist/search/facets.json: every article's filters (src/lib/search/shared/facets.ts);
 *   - dist/search/articles/<n>.json: what a result shows of article n.
 * Articles are numbered in date order throughout.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { safeJson } from '../src/lib/json.ts';
import { mergePagefindIndexes, readFragmentPages, readPagefindMeta } from '../src/lib/search/build/pagefind-files.ts';
import { encodeFacets } from '../src/lib/search/shared/facets.ts';
import {
  decodeT2S,
  SEARCH_LANGUAGE,
  searchArticle,
  type SearchRecord,
  type SearchT2SFile,
} from '../src/lib/search/shared/data.ts';
import { articleTokens } from '../src/lib/search/build/tokens.ts';
import {
  bundlesFile,
  bundlesOf,
  chunkStartsByChar,
  INDEX_PARTS,
  type BlockLengths,
  type Bundle,
} from '../src/lib/search/build/bundles.ts';
import { byDate } from '../src/lib/search/shared/layout.ts';
import { searchFiles } from '../src/lib/search/shared/files.ts';

const site = path.resolve(process.argv[2] ?? process.env.ARCHIVE_OUT_DIR ?? 'dist');
const searchDir = path.join(site, 'search');
const recordsFile = path.join(searchDir, 'records.json');
const started = performance.now();
/** Seconds per phase, for the log line: where the index's time goes. */
const phases: string[] = [];
let phaseStarted = started;
const phaseDone = (name: string) => {
  const now = performance.now();
  phases.push(`${name} ${((now - phaseStarted) / 1000).toFixed(1)} s`);
  phaseStarted = now;
};

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

const records = byDate(readJson<SearchRecord[]>(recordsFile));
const articleCount = records.length;
const t2s = decodeT2S(readJson<SearchT2SFile>(path.join(searchDir, 't2s.json')).pairs);

// What results show, and the filters, are written first: each record's text is then let go once
// tokenised, so the indexer's peak memory is not shared with the whole archive held here.
writeFileSync(path.join(searchDir, 'facets.json'), safeJson(encodeFacets(records.map((record) => record.filters))));
const articlesDir = path.join(searchDir, 'articles');
rmSync(articlesDir, { recursive: true, force: true });
mkdirSync(articlesDir);
records.forEach((record, n) => writeFileSync(path.join(articlesDir, `${n}.json`), safeJson(searchArticle(record))));
phaseDone('results and filters');

/** The article being laid out, for an error to name. */
let current: SearchRecord | undefined;
function* articles() {
  for (const record of records) {
    current = record;
    yield articleTokens(record.segments, t2s);
    record.segments = [];
  }
}

/**
 * Locations per index chunk (Pagefind's default: 20,000). A query loads one chunk per term,
 * and the first query the table of all chunks; at 10,000 articles, chunks of 10,000 make the
 * two-term query that loads most 193 KiB instead of 226 KiB. The variable is one Pagefind
 * marks unstable: were it dropped, only these sizes would change, not what a search finds.
 */
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '10000';

/** A bundle's stand-in URL: Pagefind needs one, readers never see it. */
const bundleUrl = (bundle: number) => `/search/bundle/${bundle}`;
/**
 * The next bundle is prepared while Pagefind indexes one: one round trip at a time would leave
 * one of the two idle, and more than two at once only made Pagefind slower (10,000 articles:
 * 83 s with eight in flight, 64 s with one).
 */
const IN_FLIGHT = 2;

/**
 * Indexes the contents, one Pagefind page each, in a Pagefind service of its own, and writes
 * the index to `outputPath`. The service ends with it, and gives back its memory.
 */
async function writeIndex(contents: Iterable<string>, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind 无法创建索引: ${errors.join('; ')}`);
  const pending = new Set<Promise<void>>();
  let pages = 0;
  for (const content of contents) {
    const url = bundleUrl(pages++);
    const added = index.addCustomRecord({ url, content, language: SEARCH_LANGUAGE }).then((response) => {
      if (response.errors.length) throw new Error(`${url}: ${response.errors.join('; ')}`);
      pending.delete(added);
    });
    pending.add(added);
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    // A bundle leaves some 100 MB of garbage here (its words, their JSON for Pagefind), which V8
    // would let pile up while Pagefind grows: collected at once, the process stays small.
    globalThis.gc?.();
  }
  await Promise.all(pending);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind 写出失败: ${written.errors.join('; ')}`);
  await pagefind.close();
  return pages;
}

/**
 * Pagefind holds, per location, some 70 bytes while it builds an index (its words twice over),
 * more than any other part of the build. So the index is built in two parts, one after the other
 * (bundles.ts, INDEX_PARTS): the positional tokens, then the presence tokens, each at their
 * positions of the same pages. Their words do not interleave, so the parts join into one index,
 * with one table of chunks (pagefind-files.ts, mergePagefindIndexes). The second part of each
 * bundle waits on disk meanwhile. At 10,000 articles Pagefind's peak falls from 3.5 GB to 2.1 GB,
 * and the index takes some 25% longer: each part's Pagefind reads every position. (Four parts:
 * 1.5 GB, but twice the time.)
 */
const pagefindDir = path.join(site, 'pagefind');
rmSync(pagefindDir, { recursive: true, force: true });
const scratch = mkdtempSync(path.join(tmpdir(), 'search-index-'));
const waiting = (part: number, bundle: number) => path.join(scratch, `${part}-${bundle}.txt`);
const blocks: BlockLengths[] = [];
try {
  await writeIndex(
    (function* () {
      const bundles = bundlesOf(articles(), INDEX_PARTS);
      for (;;) {
        let next: IteratorResult<Bundle>;
        try {
          next = bundles.next();
        } catch (error) {
          throw new Error(`搜索索引无法处理文章 ${current?.url ?? '(未知)'}: ${(error as Error).message}`, {
            cause: error,
          });
        }
        if (next.done) break;
        const bundle = next.value;
        bundle.contents.forEach((content, part) => {
          if (part > 0) writeFileSync(waiting(part, blocks.length), content);
        });
        blocks.push(bundle.lengths);
        yield bundle.contents[0]!;
      }
    })(),
    pagefindDir,
  );
  phaseDone('part 1, tokens and Pagefind');
  for (let part = 1; part < INDEX_PARTS.count; part++) {
    const partDir = path.join(scratch, `pagefind-${part}`);
    await writeIndex(
      (function* () {
        for (let i = 0; i < blocks.length; i++) yield readFileSync(waiting(part, i), 'utf8');
      })(),
      partDir,
    );
    phaseDone(`part ${part + 1}, Pagefind`);
    mergePagefindIndexes(pagefindDir, partDir, SEARCH_LANGUAGE);
    rmSync(partDir, { recursive: true });
    phaseDone('merge');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// Pagefind names a page by a hash of its fragment; the fragment holds the URL. The fragments
// themselves (each a whole bundle's tokens) are never shown, so they are not published.
const pageOf = readFragmentPages(pagefindDir);
rmSync(path.join(pagefindDir, 'fragment'), { recursive: true });

/**
 * The first word of every index chunk but the first. A prefix search loads the chunks that
 * start inside its range through them (src/lib/search/browser/plan.ts, chunkStartsWithin).
 */
const chunkStarts = readPagefindMeta(pagefindDir, SEARCH_LANGUAGE)
  .chunks.slice(1)
  .map((chunk) => chunk.from);
const startsByChar = chunkStartsByChar(chunkStarts);
const chunksDir = path.join(searchDir, 'chunks');
rmSync(chunksDir, { recursive: true, force: true });
mkdirSync(chunksDir);
for (const [char, starts] of startsByChar)
  writeFileSync(path.join(site, searchFiles.chunkStarts(char)), safeJson(starts));

const pageIds = blocks.map((_, i) => {
  const page = pageOf.get(bundleUrl(i));
  if (!page) throw new Error(`Pagefind 没有写出 ${bundleUrl(i)}`);
  return page;
});
writeFileSync(path.join(searchDir, 'bundles.json'), safeJson(bundlesFile(blocks, pageIds, startsByChar.keys())));
rmSync(recordsFile);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `search index: ${articleCount} articles in ${blocks.length} bundle(s), ${seconds} s, Node ${process.version} → ${path.relative(process.cwd(), pagefindDir)} (${phases.join('; ')})`,
);
