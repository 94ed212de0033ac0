/**
 * The incremental build's keys for the loaded archive (lib/cache-keys.ts says what each page's
 * key holds). Each function reads the archive as the page it keys reads it.
 */
import { readFileSync } from 'node:fs';
import { articlesInYear, printedPages, yearSummaries } from '../lib/archive.ts';
import {
  archiveSalt,
  articlePageKeyIn,
  fullTextKey,
  listPageKey,
  personPageKey,
  personSliceKey,
  printedPageKey,
  slicePageKey,
  sourceViewKey,
  withCacheKeys,
  type PersonFacts,
} from '../lib/cache-keys.ts';
import { contentPath } from '../lib/content-paths.ts';
import type { ListPage } from '../lib/list-pages.ts';
import { personWorkEntries, type PeopleIndex, type WorkEntry } from '../lib/people.ts';
import { parsePins } from '../lib/source-pins.ts';
import { getArchive, type Archive, type Article } from './archive.ts';
import { getPeople, type ArticlePerson } from './people.ts';

export interface KeyContext {
  archive: Archive;
  people: PeopleIndex<Article>;
  salt: string;
  /** A raw page's pinned SHA-256 (the build has checked every page against its pin). */
  pin(source: string): string | undefined;
}

/** The one schema (read from the project folder, where `astro build` runs). */
const SCHEMA_FILE = 'src/content.config.ts';

let cached: Promise<KeyContext> | undefined;

export function getKeyContext(): Promise<KeyContext> {
  cached ??= (async () => {
    const [archive, people] = await Promise.all([getArchive(), getPeople()]);
    const pinsFile = contentPath('pins');
    const { hashes } = parsePins(readFileSync(pinsFile, 'utf8'), pinsFile);
    return {
      archive,
      people,
      salt: archiveSalt(archive, readFileSync(SCHEMA_FILE, 'utf8')),
      pin: (source) => hashes.get(`${source}.txt`),
    };
  })();
  return cached;
}

/** The people an article's credits and captions link to, as its page shows them. */
function linkedPeople(article: Article, people: PeopleIndex<Article>): (string | undefined)[] {
  const person = (from: 'credit' | 'caption', index: number) => {
    const found = people.personOf(article.id, from, index);
    return found && `${found.slug}|${found.name}`;
  };
  return [
    ...article.credits.map((_, index) => person('credit', index)),
    ...article.entry.data.captions.map((_, index) => person('caption', index)),
  ];
}

export function articlePageKeyOf(article: Article, { archive, people, salt, pin }: KeyContext): string {
  return articlePageKeyIn(archive, article, salt, pin, (a) => linkedPeople(a, people));
}

export function sourceViewKeyOf(source: string, { archive, salt, pin }: KeyContext): string {
  return sourceViewKey(salt, pin(source), archive.onSource(source));
}

/** The paths of a page per printed page (its stories, its source view), each keyed by `keyOf`. */
export async function printedPagePaths(keyOf: (source: string, keys: KeyContext) => string) {
  const keys = await getKeyContext();
  return printedPages(keys.archive.articles).map((printedPage) => ({
    params: { source: printedPage.source },
    props: { printedPage },
    cacheKey: keyOf(printedPage.source, keys),
  }));
}

export function printedPageKeyOf(source: string, { archive, salt }: KeyContext): string {
  return printedPageKey(salt, archive.onSource(source));
}

/** Keys each page of a list (lib/list-pages.ts) by `keyOf` its page. */
export function keyedPages<P extends { props: { page: ListPage<unknown> } }>(
  paths: readonly P[],
  keyOf: (page: P['props']['page']) => string,
): (P & { cacheKey: string })[] {
  return withCacheKeys(paths, (path) => keyOf(path.props.page));
}

/** A selection's own page shows the selection's figures, keyed by all of it; a later page, by its own articles. */
export function selectionPagesKeyed<P extends { props: { page: ListPage<Article> } }>(
  paths: readonly P[],
  list: string,
  articles: readonly Article[],
  { salt }: KeyContext,
  outside: unknown = null,
): (P & { cacheKey: string })[] {
  return keyedPages(paths, (page) =>
    page.number === undefined ? listPageKey(salt, list, articles, outside) : slicePageKey(salt, list, page, page.items),
  );
}

/** What a person's pages and feed show of the person. */
export function personFacts(person: ArticlePerson): PersonFacts {
  return { slug: person.slug, name: person.name, id: person.id, roles: person.roles };
}

export function personPagesKeyed<P extends { props: { page: ListPage<WorkEntry<Article>> } }>(
  paths: readonly P[],
  person: ArticlePerson,
  { salt }: KeyContext,
): (P & { cacheKey: string })[] {
  const work = personWorkEntries(person);
  return keyedPages(paths, (page) =>
    page.number === undefined
      ? personPageKey(salt, personFacts(person), work)
      : personSliceKey(salt, person, page, page.items),
  );
}

export function feedKeyOf(
  kind: string,
  articles: readonly Article[],
  { salt }: KeyContext,
  extra: unknown = null,
): string {
  return fullTextKey(salt, `feed:${kind}`, articles, extra);
}

/** A year's open data: its articles, and each person credited in them as the whole archive knows them. */
export function openDataKeyOf(year: number, { archive, people, salt }: KeyContext): string {
  const articles = articlesInYear(archive.articles, year);
  const ids = new Set(articles.map((a) => a.id));
  const credited = people.people.filter((person) => person.articles.some((a) => ids.has(a.id))).map(personFacts);
  return fullTextKey(salt, `data:${year}`, articles, credited);
}

/** The paths of a file per year of the open data (its JSON, its CSV). */
export async function openDataYearPaths() {
  const keys = await getKeyContext();
  return yearSummaries(keys.archive.articles).map(({ year }) => ({
    params: { year: String(year) },
    cacheKey: openDataKeyOf(year, keys),
  }));
}
