/**
 * RSS feeds: the whole archive, each zone, each campaign, each person. Items are newest first,
 * capped so a feed stays small as the archive grows. An item's description is its date, zone
 * and lead paragraph; its content:encoded is the whole text, except in the feeds of people:
 * there are many of them (one per reporter, photographer, editor), so they carry the lead
 * only and stay small (a 50-item feed with text is about 270 KB).
 *
 * Dates: an item has a pubDate only when the page prints the day. RSS 2.0 makes every item
 * element optional, and an estimate (约2021年6月) given a timestamp would be a date the page
 * never printed, so an estimated item has none: its description says the estimate in words,
 * and it stands in the feed where its period's first day puts it (the archive's own order). Text goes into the feed as plain strings, and
 * @astrojs/rss escapes it exactly once (`&` → `&amp;`, `<` → `&lt;`…): nothing here escapes
 * by hand. What no escaping can carry, characters XML 1.0 forbids (control characters,
 * U+FFFE, lone surrogates), is dropped, so a feed always parses.
 */
import { fullHeadline, newestFirst, type ArticleRecord } from './archive.ts';
import { formatArchiveDate, isApproximate, periodStart } from './dates.ts';
import { markdownToPlainText } from './text.ts';
import { urls } from './urls.ts';

export const FEED_LIMIT = 50;

export interface FeedItem {
  title: string;
  link: string;
  /** Only for a date the page prints: an estimate gets none (see above). */
  pubDate?: Date | undefined;
  description: string;
  /** The whole text as HTML (escaped here once for HTML; the feed writer escapes it for XML). */
  content?: string | undefined;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The Markdown body's blocks as plain text: headings marked as such, paragraphs in order. */
function bodyBlocks(markdown: string): { heading: boolean; text: string }[] {
  return markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => ({ heading: /^#{1,6}\s/.test(block), text: markdownToPlainText(block).replace(/\n/g, '') }))
    .filter((block) => block.text);
}

/** The first paragraph of the body that is not a heading, as plain text ('' if none). */
export function leadParagraph(markdown: string): string {
  return bodyBlocks(markdown).find((block) => !block.heading)?.text ?? '';
}

/** The body as simple HTML: <h2> for headings, <p> for paragraphs, all text escaped. */
export function bodyHtml(markdown: string): string {
  return bodyBlocks(markdown)
    .map(({ heading, text }) => (heading ? `<h2>${escapeHtml(text)}</h2>` : `<p>${escapeHtml(text)}</p>`))
    .join('\n');
}

// Everything outside XML 1.0's Char production: C0 controls but tab and line breaks, the
// surrogates when unpaired, U+FFFE and U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text as an XML feed can hold it; escaping is left to the feed writer. */
export function feedText(text: string): string {
  return text.replace(NOT_XML, '');
}

export function feedItems<T extends ArticleRecord>(
  articles: readonly T[],
  zoneName: (id: string) => string,
  bodyOf: (article: T) => string = () => '',
  { fullText = true }: { fullText?: boolean } = {},
): FeedItem[] {
  return newestFirst(articles)
    .slice(0, FEED_LIMIT)
    .map((article) => {
      const facts = `${formatArchiveDate(article.date)}${isApproximate(article.date) ? '（日期为估计）' : ''} · ${zoneName(article.zone)}${article.kicker ? ` · ${article.kicker}` : ''}`;
      const body = bodyOf(article);
      const lead = leadParagraph(body);
      return {
        title: feedText(fullHeadline(article)),
        link: urls.article(article.id),
        ...(isApproximate(article.date) ? {} : { pubDate: periodStart(article.date) }),
        description: feedText(lead ? `${facts}\n\n${lead}` : facts),
        ...(fullText && body.trim() ? { content: feedText(`<p>${escapeHtml(facts)}</p>\n${bodyHtml(body)}`) } : {}),
      };
    });
}

export interface FeedOptions {
  title: string;
  description: string;
  site: string | URL;
  items: FeedItem[];
  customData: string;
}

/** The options of one feed for @astrojs/rss: a channel and its newest articles. */
export function feedOptions<T extends ArticleRecord>(
  channel: { title: string; description: string; site: string | URL },
  articles: readonly T[],
  zoneName: (id: string) => string,
  bodyOf?: (article: T) => string,
  options?: { fullText?: boolean },
): FeedOptions {
  return {
    title: feedText(channel.title),
    description: feedText(channel.description),
    site: channel.site,
    items: feedItems(articles, zoneName, bodyOf, options),
    customData: '<language>zh-CN</language>',
  };
}
