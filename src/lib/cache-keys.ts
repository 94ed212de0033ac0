/**
 * The cache keys of an incremental build (astro.config.ts: experimental.incrementalBuild):
 * for every page made by getStaticPaths, a digest of exactly the data the page shows. Astro
 * copies a page from the previous build when its key and its code are unchanged, so a key
 * that misses something the page shows publishes a stale page: each key below names what its
 * page reads, and tests/unit/cache-keys.test.ts checks that a change to any of it changes
 * the key and a change elsewhere does not.
 *
 * Every key starts from the archive's `salt`: the zones, campaigns, topics and newspapers,
 * whose names and descriptions nearly every page prints. Changing one of them rebuilds all.
 * Code, configuration and dependencies are Astro's part: it hashes each route's modules and
 * the lockfile itself.
 */
import { chronologicalNeighbours, type ArticleRecord } from './archive.ts';
import { digestOf, stableJson } from './check-cache.ts';
import type { ListPage } from './list-pages.ts';
import type { Role } from './people.ts';

/**
 * An article as pages read it: its record and the entry it comes from, whose digest is its
 * file's (frontmatter and body; the body itself is not in the entry).
 */
export interface KeyedArticle extends ArticleRecord {
  entry: { data: unknown; digest?: string | number | undefined };
}

const factsDigests = new WeakMap<object, string>();
const textDigests = new WeakMap<object, string>();

/** Everything of an article but its body: what lists, neighbours and references show of it. */
export function factsDigest(article: KeyedArticle): string {
  let digest = factsDigests.get(article);
  if (digest === undefined) {
    digest = digestOf(['facts', article.id, stableJson(article.entry.data)]);
    factsDigests.set(article, digest);
  }
  return digest;
}

/** The whole article, body too: what its own page, its page's line view, feeds and data files show. */
export function textDigest(article: KeyedArticle): string {
  let digest = textDigests.get(article);
  if (digest === undefined) {
    digest = digestOf(['text', factsDigest(article), String(article.entry.digest ?? '')]);
    textDigests.set(article, digest);
  }
  return digest;
}

/**
 * A digest of a whole list, made once per list however many of its pages are keyed by it (a
 * list of 10,000 articles has some 500 pages). The list is known by identity: every page of a
 * selection is given the same array, never changed once made.
 */
function listDigestBy<T>(part: (item: T) => string): (list: readonly T[]) => string {
  const digests = new WeakMap<readonly T[], string>();
  return (list) => {
    let digest = digests.get(list);
    if (digest === undefined) {
      digest = digestOf(list.map(part));
      digests.set(list, digest);
    }
    return digest;
  };
}

const selectionDigest = listDigestBy(factsDigest);
const workDigest = listDigestBy(
  (entry: { role: Role; year: number; article: KeyedArticle }) =>
    `${entry.role}/${entry.year}/${factsDigest(entry.article)}`,
);

/**
 * The data files every page may name (zones, campaigns, topics, newspapers), and the schema's
 * text: a changed schema rebuilds every page, even where the data it gives is the same.
 */
export function archiveSalt(
  taxonomy: {
    zones: readonly unknown[];
    campaigns: readonly unknown[];
    topics: readonly unknown[];
    newspapers: readonly unknown[];
  },
  schema = '',
): string {
  return digestOf([
    'salt',
    schema,
    stableJson(taxonomy.zones),
    stableJson(taxonomy.campaigns),
    stableJson(taxonomy.topics),
    stableJson(taxonomy.newspapers),
  ]);
}

const key = (salt: string, kind: string, parts: readonly string[]) => digestOf([salt, kind, ...parts]);

/**
 * An article's page: the article, the stories before and after it in time, the other stories
 * of its printed page (listed, and matched with the page's lines for its first line), the
 * page's raw text (by its pinned SHA-256) and the people its credits and captions link to.
 */
export function articlePageKey(
  salt: string,
  article: KeyedArticle,
  context: {
    previous?: KeyedArticle | undefined;
    next?: KeyedArticle | undefined;
    samePage: readonly KeyedArticle[];
    sourcePin: string | undefined;
    /** The person each credit and caption links to (slug), in order; undefined where none. */
    people: readonly (string | undefined)[];
    /** The parts of its story on other pages that it links to (上接, 下转). */
    continuation?: { from?: KeyedArticle | undefined; into?: KeyedArticle | undefined } | undefined;
  },
): string {
  return key(salt, 'article', [
    textDigest(article),
    context.previous ? factsDigest(context.previous) : '-',
    context.next ? factsDigest(context.next) : '-',
    ...context.samePage.map(textDigest),
    context.sourcePin ?? '-',
    stableJson(context.people),
    context.continuation?.from ? factsDigest(context.continuation.from) : '-',
    context.continuation?.into ? factsDigest(context.continuation.into) : '-',
  ]);
}

/** What the keys read of the loaded archive (data/archive.ts). */
export interface KeyArchive<A extends KeyedArticle> {
  /** In chronological order. */
  articles: readonly A[];
  /** The stories of one printed page. */
  onSource(source: string): readonly A[];
  /** The parts of an article's story on other pages. */
  continuation(id: string): { from?: A | undefined; into?: A | undefined };
}

/** An article's page key, its neighbours and printed page found as the page finds them. */
export function articlePageKeyIn<A extends KeyedArticle>(
  archive: KeyArchive<A>,
  article: A,
  salt: string,
  pin: (source: string) => string | undefined,
  people: (article: A) => readonly (string | undefined)[],
): string {
  const { previous, next } = chronologicalNeighbours(archive.articles, article.id);
  return articlePageKey(salt, article, {
    previous,
    next,
    samePage: archive.onSource(article.source),
    sourcePin: pin(article.source),
    people: people(article),
    continuation: archive.continuation(article.id),
  });
}

/** A printed page's list of its stories. */
export function printedPageKey(salt: string, stories: readonly KeyedArticle[]): string {
  return key(salt, 'printed-page', stories.map(factsDigest));
}

/** A printed page's raw text line by line, each line matched with the stories' text. */
export function sourceViewKey(salt: string, sourcePin: string | undefined, stories: readonly KeyedArticle[]): string {
  return key(salt, 'source-view', [sourcePin ?? '-', ...stories.map(textDigest)]);
}

/**
 * A list's own page, which shows the whole selection's figures (count, date span, charts): the
 * selection's articles in their order, and any counts from outside the selection the page prints
 * (`outside`).
 */
export function listPageKey(
  salt: string,
  list: string,
  articles: readonly KeyedArticle[],
  outside: unknown = null,
): string {
  return key(salt, `list:${list}`, [stableJson(outside), selectionDigest(articles)]);
}

/** Where a page of a list stands: its number, its links, and the list's length where it tells it (lib/list-pages.ts). */
type PagePlace = Pick<ListPage<unknown>, 'number' | 'total' | 'url'>;

const placeParts = (page: PagePlace) => [
  String(page.number ?? ''),
  String(page.total ?? ''),
  page.url.prev ?? '',
  page.url.next ?? '',
];

/**
 * A page of a list that shows only its own articles and where it stands (components/ListContinuation.astro,
 * ListPagination.astro): a later page of a list changes only with its own articles and links, so a
 * new article changes the pages it lands on or shifts (lib/list-pages.ts), and the list's own page.
 */
export function slicePageKey(salt: string, list: string, page: PagePlace, articles: readonly KeyedArticle[]): string {
  return key(salt, `slice:${list}`, [...placeParts(page), ...articles.map(factsDigest)]);
}

/** A feed or a year's data file: every article's full text, in order. */
export function fullTextKey(
  salt: string,
  kind: string,
  articles: readonly KeyedArticle[],
  extra: unknown = null,
): string {
  return key(salt, `full:${kind}`, [stableJson(extra), ...articles.map(textDigest)]);
}

/** What a person's pages show of the person: name, id, slug and roles across the whole archive. */
export interface PersonFacts {
  slug: string;
  name: string;
  id?: string | undefined;
  roles: readonly Role[];
}

/** A person's later page: their name and slug, where the page stands, and the work it lists. */
export function personSliceKey(
  salt: string,
  person: Pick<PersonFacts, 'slug' | 'name'>,
  page: PagePlace,
  items: readonly { role: Role; year: number; article: KeyedArticle }[],
): string {
  return key(salt, 'person-slice', [
    ...placeParts(page),
    person.slug,
    person.name,
    ...items.map((entry) => `${entry.role}/${entry.year}/${factsDigest(entry.article)}`),
  ]);
}

/** A person's first page: who they are and their whole work, role by role, in the order listed. */
export function personPageKey(
  salt: string,
  person: PersonFacts,
  work: readonly { role: Role; year: number; article: KeyedArticle }[],
): string {
  return key(salt, 'person', [
    stableJson({ slug: person.slug, name: person.name, id: person.id ?? null, roles: person.roles }),
    workDigest(work),
  ]);
}

/** A file made from code alone (the code's own hash, Astro's part, covers the rest). */
export function staticKey(value: unknown): string {
  return digestOf(['static', stableJson(value)]);
}

/** Adds a key to each of getStaticPaths' entries (paginate's among them). */
export function withCacheKeys<P extends object>(
  paths: readonly P[],
  keyOf: (path: P) => string,
): (P & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: keyOf(path) }));
}
