/** The site files of src/lib/site-files.ts: each article's two citation files, each raw OCR page. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cslItem, formatRis } from '../lib/citation.ts';
import { contentPath } from '../lib/content-paths.ts';
import { safeJson } from '../lib/json.ts';
import type { SiteFile } from '../lib/site-files.ts';
import { urls } from '../lib/urls.ts';
import type { PeopleIndex } from '../lib/people.ts';
import { getArchive, type Archive, type Article } from './archive.ts';
import { getPeople, referenceOf } from './people.ts';

/** The public origin the citations name (astro.config.ts: SITE_URL). */
const site = () => new URL(import.meta.env.SITE);

/**
 * RIS, for EndNote, Zotero, NoteExpress and other reference managers; CSL-JSON (an array of one
 * item), for Zotero, Mendeley and pandoc.
 */
function* citationFiles(archive: Archive, people: PeopleIndex<Article>): Generator<SiteFile> {
  for (const article of archive.articles) {
    const reference = referenceOf(article, archive, people, site());
    yield { url: urls.articleRis(article.id), content: formatRis(reference) };
    yield { url: urls.articleCsl(article.id), content: safeJson([cslItem(reference)], 2) };
  }
}

/** The raw OCR pages, byte for byte as received, for provenance; the line-by-line view is a page. */
function* sourceFiles(archive: Archive): Generator<SiteFile> {
  for (const source of new Set(archive.articles.map((article) => article.source))) {
    const file = path.join(contentPath('sources'), `${source}.txt`);
    if (!existsSync(file)) throw new Error(`content/sources/${source}.txt 不存在`);
    yield { url: urls.sourceText(source), content: readFileSync(file) };
  }
}

/** Every site file, made one at a time as they are written. */
export async function siteFiles(): Promise<Iterable<SiteFile>> {
  const [archive, people] = await Promise.all([getArchive(), getPeople()]);
  return (function* () {
    yield* citationFiles(archive, people);
    yield* sourceFiles(archive);
  })();
}
