/**
 * RSS feeds: the whole archive, each zone, each campaign. Items are newest first, capped so a
 * feed stays small as the archive grows. Text goes into the feed as plain strings, and
 * @astrojs/rss escapes it exactly once (`&` → `&amp;`, `<` → `&lt;`…): nothing here escapes
 * by hand. What no escaping can carry, characters XML 1.0 forbids (control characters,
 * U+FFFE, lone surrogates), is dropped, so a feed always parses.
 */
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

// Everything outside XML 1.0's Char production: C0 controls but tab and line breaks, the
// surrogates when unpaired, U+FFFE and U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text as an XML feed can hold it; escaping is left to the feed writer. */
export function feedText(text: string): string {
  return text.replace(NOT_XML, '');
}

export function feedItems(articles: readonly ArticleRecord[], zoneName: (id: string) => string): FeedItem[] {
  return newestFirst(articles)
    .slice(0, FEED_LIMIT)
    .map((article) => ({
      title: feedText(fullHeadline(article)),
      link: urls.article(article.id),
      pubDate: periodStart(article.date),
      description: feedText(
        `${formatArchiveDate(article.date)} · ${zoneName(article.zone)}${article.kicker ? ` · ${article.kicker}` : ''}`,
      ),
    }));
}

export interface FeedOptions {
  title: string;
  description: string;
  site: string | URL;
  items: FeedItem[];
  customData: string;
}

/** The options of one feed for @astrojs/rss: a channel and its newest articles. */
export function feedOptions(
  channel: { title: string; description: string; site: string | URL },
  articles: readonly ArticleRecord[],
  zoneName: (id: string) => string,
): FeedOptions {
  return {
    title: feedText(channel.title),
    description: feedText(channel.description),
    site: channel.site,
    items: feedItems(articles, zoneName),
    customData: '<language>zh-CN</language>',
  };
}
