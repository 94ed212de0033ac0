/** RSS items from articles: newest first, capped so a feed stays small as the archive grows. */
import { fullHeadline, newestFirst, type ArticleRecord } from './archive.ts';
import { formatArchiveDate, periodStart } from './dates.ts';
import { urls } from './urls.ts';

export const FEED_LIMIT = 50;

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

export function feedItems(articles: readonly ArticleRecord[], zoneName: (id: string) => string): FeedItem[] {
  return newestFirst(articles)
    .slice(0, FEED_LIMIT)
    .map((article) => ({
      title: fullHeadline(article),
      link: urls.article(article.id),
      pubDate: periodStart(article.date),
      description: `${formatArchiveDate(article.date)} · ${zoneName(article.zone)}${article.kicker ? ` · ${article.kicker}` : ''}`,
    }));
}
