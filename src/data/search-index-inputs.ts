/** What the search index is built from: every article's record, and the map queries are normalised with. */
import { ask } from '../lib/build-handoff.ts';
import { newestSearchPartChannel, type SearchIndexInputs } from '../lib/search/build/index-inputs.ts';
import { indexRecord, type Names } from '../lib/search/build/records.ts';
import { getArchive, type Archive } from './archive.ts';
import { articleBodyFile } from './article-body.ts';
import { searchSupport } from './search-support.ts';

/** The names search files articles under, and its filter menus show. */
export function searchNames(archive: Archive): Names {
  return {
    zone: (id) => archive.zone(id).name,
    campaign: (id) => archive.campaign(id).name,
    newspaper: (id) => archive.newspaper(id).name,
  };
}

export async function searchIndexInputs(): Promise<SearchIndexInputs> {
  const [archive, { t2s }] = await Promise.all([getArchive(), searchSupport()]);
  const names = searchNames(archive);
  const records = archive.articles.map((article) => {
    const { kicker, title, subtitle, credits } = article;
    const parts = { kicker, title, subtitle, credits, captions: article.entry.data.captions };
    return indexRecord(article, { parts, body: articleBodyFile(article.entry) }, names);
  });
  return { records, t2s };
}

/**
 * The name of the index's newest part, as the index being built will name it; undefined outside
 * a build (`astro dev` serves no index of its own) and for an archive of no articles.
 */
export async function newestSearchPart(): Promise<string | undefined> {
  return ask(newestSearchPartChannel);
}
