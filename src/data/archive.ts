/**
 * The only module that reads content collections for pages: turns entries into the plain
 * records of src/lib/archive.ts. Facts that span articles (one page's date, paper and number)
 * are checked by the articles' loader, where the message can name the file and the line.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupBy, sortChronologically, type ArticleRecord } from '../lib/archive.ts';
import { continuationsOf, type Continuation } from '../lib/continuations.ts';
import { parseArchiveDate } from '../lib/dates.ts';
import { UNPRINTED_PAPER_ID } from '../lib/urls.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type Zone = CollectionEntry<'zones'>['data'];
export type Campaign = CollectionEntry<'campaigns'>['data'];
export type Topic = CollectionEntry<'topics'>['data'];
export type Newspaper = CollectionEntry<'newspapers'>['data'];

export interface Article extends ArticleRecord {
  entry: ArticleEntry;
}

export const UNPRINTED_PAPER: Newspaper = {
  id: UNPRINTED_PAPER_ID,
  name: '报名未印',
  aliases: [],
  description: '这些版面没有印出报纸名称，文中多称“本报”。档案不猜测报名，按版面收录。',
};

function toArticle(entry: ArticleEntry): Article {
  const d = entry.data;
  return {
    id: entry.id,
    kicker: d.kicker,
    title: d.title,
    subtitle: d.subtitle,
    date: parseArchiveDate(d.date),
    source: d.source,
    order: d.order,
    newspaper: d.newspaper,
    newspaperPrinted: d.newspaperPrinted,
    page: d.page,
    pageName: d.pageName,
    column: d.column,
    // The schema requires a zone of every article that is not a draft, and drafts never get here.
    zone: d.zone!,
    relatedZones: d.relatedZones,
    campaigns: d.campaigns,
    topics: d.topics,
    credits: d.credits,
    entry,
  };
}

let cached: Promise<Archive> | undefined;

export interface Archive {
  articles: Article[];
  zones: Zone[];
  campaigns: Campaign[];
  topics: Topic[];
  newspapers: Newspaper[];
  zone(id: string): Zone;
  campaign(id: string): Campaign;
  topic(id: string): Topic;
  newspaper(id: string | undefined): Newspaper;
  article(id: string): Article;
  /** The stories printed on one page (source), found without scanning the archive. */
  onSource(source: string): Article[];
  /** Where the article's story goes on from another page, or on in another (its `continuedIn`). */
  continuation(id: string): Continuation<Article>;
}

function lookup<T extends { id: string }>(items: T[], what: string): (id: string) => T {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const item = byId.get(id);
    if (!item) throw new Error(`未知的${what}: ${id}`);
    return item;
  };
}

async function loadArchive(): Promise<Archive> {
  const [entries, zones, campaigns, topics, newspapers] = await Promise.all([
    getCollection('articles'),
    getCollection('zones'),
    getCollection('campaigns'),
    getCollection('topics'),
    getCollection('newspapers'),
  ]);
  // Drafts from `npm run ingest` wait for an editor: they are not part of the site.
  const articles = sortChronologically(entries.filter((entry) => !entry.data.draft).map(toArticle));
  const bySource = groupBy(articles, (a) => a.source);
  const paperById = lookup(
    newspapers.map((n) => n.data),
    '报纸',
  );
  return {
    articles,
    zones: zones.map((z) => z.data),
    campaigns: campaigns.map((c) => c.data),
    topics: topics.map((t) => t.data),
    newspapers: newspapers.map((n) => n.data),
    zone: lookup(
      zones.map((z) => z.data),
      '园区',
    ),
    campaign: lookup(
      campaigns.map((c) => c.data),
      '活动',
    ),
    topic: lookup(
      topics.map((t) => t.data),
      '话题',
    ),
    newspaper: (id) => (id === undefined || id === UNPRINTED_PAPER_ID ? UNPRINTED_PAPER : paperById(id)),
    article: lookup(articles, '文章'),
    onSource: (source) => bySource.get(source) ?? [],
    continuation: continuationsOf(articles, (article) => article.entry.data.continuedIn),
  };
}

/** Loaded once per build and shared by every route. */
export function getArchive(): Promise<Archive> {
  if (!cached) {
    cached = loadArchive();
    // A build's work that is not a page starts from the archive as soon as it is loaded.
    void import('./build-handoffs.ts').then((handoffs) => handoffs.offerBuildHandoffs());
  }
  return cached;
}
