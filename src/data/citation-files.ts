/** What the two citation files of an article (citation.json, citation.ris) share: their pages and their reference. */
import type { GetStaticPaths } from 'astro';
import { getArchive, type Article } from './archive.ts';
import { citationKeyOf, getKeyContext } from './cache-keys.ts';
import { getPeople, referenceOf } from './people.ts';
import type { ReferenceInput } from '../lib/citation.ts';

/** One file per article, kept by an incremental build while its citation is unchanged. */
export const citationFilePaths = (async () => {
  const keys = await getKeyContext();
  return keys.archive.articles.map((article) => ({
    params: { id: article.id },
    props: { article },
    cacheKey: citationKeyOf(article, keys),
  }));
}) satisfies GetStaticPaths;

/** The reference of the article a citation file is for. */
export async function citationFileReference(props: Record<string, unknown>, site: URL): Promise<ReferenceInput> {
  const { article } = props as { article: Article };
  return referenceOf(article, await getArchive(), await getPeople(), site);
}
