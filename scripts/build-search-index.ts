/**
 * Builds the Pagefind index after `astro build` (see package.json), so `npm run build`
 * leaves a complete, searchable dist/. Articles go in as custom records whose content is
 * the bigram encoding of src/lib/search-text.ts; see that file for why. The records are
 * split into date-ordered shards (src/lib/search-shards.ts), each indexed by a Pagefind
 * process of its own that is closed before the next starts, so memory stays that of one shard.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { decodeT2S, SEARCH_LANGUAGE, type SearchRecord, type SearchSupportFile, type SearchT2SFile } from '../src/lib/search-index-data.ts';
import { byDate, planShards, SHARD_FILTER, shardSizeFrom, type SearchShard } from '../src/lib/search-shards.ts';
import { encodeDocument, type CharMap } from '../src/lib/search-text.ts';

const site = path.resolve(process.argv[2] ?? process.env.ARCHIVE_OUT_DIR ?? 'dist');
const searchDir = path.join(site, 'search');
const recordsFile = path.join(searchDir, 'records.json');
const started = performance.now();

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
const records = byDate(readJson<SearchRecord[]>(recordsFile));
const t2s = decodeT2S(readJson<SearchT2SFile>(path.join(searchDir, 't2s.json')).pairs);
const shards = planShards(records.length, shardSizeFrom(process.env));

// The browser learns the shards from support.json; both must come from the same plan.
const announced = readJson<SearchSupportFile>(path.join(searchDir, 'support.json')).shards;
const planned = shards.map(({ name, basePath }) => ({ name, basePath }));
if (JSON.stringify(announced) !== JSON.stringify(planned)) {
  throw new Error(`search/support.json 列出的分片 ${JSON.stringify(announced)} 与索引计划 ${JSON.stringify(planned)} 不一致`);
}

/**
 * Positions per index chunk (Pagefind's default: 20,000). A query loads one chunk per token in
 * every shard, so shards want smaller chunks; smaller still would grow the chunk table each
 * shard's metadata carries. 10,000 articles in 4 shards, cold first query: 420 → 357 KiB.
 * The variable is one Pagefind marks unstable: were it dropped, only these sizes would change.
 */
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '10000';

/** Records go to the Pagefind process in concurrent batches: one round trip at a time leaves it idle. */
const BATCH = 64;

async function indexShard(shard: SearchShard, map: CharMap): Promise<string> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind 无法创建索引: ${errors.join('; ')}`);
  const shardRecords = records.slice(shard.start, shard.end);
  for (let start = 0; start < shardRecords.length; start += BATCH) {
    const batch = shardRecords.slice(start, start + BATCH);
    const results = await Promise.all(
      batch.map((record) =>
        index.addCustomRecord({
          url: record.url,
          content: encodeDocument(record.segments, map),
          language: SEARCH_LANGUAGE,
          meta: record.meta,
          filters: { ...record.filters, [SHARD_FILTER]: [shard.name] },
          sort: record.sort,
        }),
      ),
    );
    results.forEach((added, i) => {
      if (added.errors.length) throw new Error(`${batch[i]!.url}: ${added.errors.join('; ')}`);
    });
  }
  const outputPath = path.join(site, shard.basePath);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind 写出失败 (${shard.basePath}): ${written.errors.join('; ')}`);
  // Ending the process returns its memory before the next shard is indexed.
  await pagefind.close();
  return written.outputPath;
}

// The primary bundle is written first: Pagefind clears its output directory, which holds the others.
for (const shard of shards) await indexShard(shard, t2s);
rmSync(recordsFile);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`search index: ${records.length} articles in ${shards.length} shard(s), ${seconds} s → ${path.relative(process.cwd(), path.join(site, 'pagefind'))}`);
