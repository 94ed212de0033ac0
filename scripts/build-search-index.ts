/**
 * Builds the Pagefind index after `astro build` (see package.json), so `npm run build`
 * leaves a complete, searchable dist/. Articles go in as custom records whose content is
 * the bigram encoding of src/lib/search-text.ts; see that file for why.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { decodeT2S, SEARCH_LANGUAGE, type SearchRecord, type SearchT2SFile } from '../src/lib/search-index-data.ts';
import { encodeDocument } from '../src/lib/search-text.ts';

const site = path.resolve(process.argv[2] ?? process.env.ARCHIVE_OUT_DIR ?? 'dist');
const recordsFile = path.join(site, 'search', 'records.json');
const started = performance.now();

const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecord[];
const t2s = decodeT2S((JSON.parse(readFileSync(path.join(site, 'search', 't2s.json'), 'utf8')) as SearchT2SFile).pairs);

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind 无法创建索引: ${errors.join('; ')}`);
// Records go to the Pagefind process in concurrent batches: one round trip at a time leaves it idle.
const BATCH = 64;
for (let start = 0; start < records.length; start += BATCH) {
  const batch = records.slice(start, start + BATCH);
  const results = await Promise.all(
    batch.map((record) =>
      index.addCustomRecord({
        url: record.url,
        content: encodeDocument(record.segments, t2s),
        language: SEARCH_LANGUAGE,
        meta: record.meta,
        filters: record.filters,
        sort: record.sort,
      }),
    ),
  );
  results.forEach((added, i) => {
    if (added.errors.length) throw new Error(`${batch[i]!.url}: ${added.errors.join('; ')}`);
  });
}
const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind 写出失败: ${written.errors.join('; ')}`);
await pagefind.close();
rmSync(recordsFile);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`search index: ${records.length} articles in ${seconds} s → ${path.relative(process.cwd(), written.outputPath)}`);
