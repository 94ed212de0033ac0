import { getRssString } from '@astrojs/rss';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/lib/archive.ts';
import { parseArchiveDate } from '../../src/lib/dates.ts';
import { feedOptions } from '../../src/lib/feeds.ts';
import { SITE } from '../../src/lib/site.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { readArticles, readData } from '../helpers/content.ts';
import { distFiles, readDist, requireDist } from '../helpers/dist.ts';

/**
 * The feeds, parsed by a real, strict XML parser (Chromium's DOMParser, as a feed reader in a
 * browser would): every feed is well-formed, and each text reads back exactly as the archive
 * holds it, so it was escaped once, neither left raw nor escaped twice.
 */
interface ParsedFeed {
  error: string | null;
  title: string;
  description: string;
  items: { title: string; link: string; description: string; pubDate: string | null; content: string }[];
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

function parse(xml: string): Promise<ParsedFeed> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror');
    const channel = doc.querySelector('rss > channel');
    const child = (node: Element | null, name: string) =>
      [...(node?.children ?? [])].find((c) => c.tagName === name)?.textContent ?? '';
    return {
      error: error ? error.textContent : null,
      title: child(channel, 'title'),
      description: child(channel, 'description'),
      items: [...doc.querySelectorAll('rss > channel > item')].map((item) => ({
        title: child(item, 'title'),
        link: child(item, 'link'),
        description: child(item, 'description'),
        pubDate: [...item.children].find((c) => c.tagName === 'pubDate')?.textContent ?? null,
        content:
          item.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')[0]?.textContent ?? '',
      })),
    };
  }, xml);
}

/** The text of the HTML in content:encoded, tags dropped, entities read. */
class DOMParserLike {
  text: string;
  constructor(html: string) {
    this.text = html
      .replace(/<[^>]*>/g, '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&');
  }
}

describe('the built feeds', () => {
  const articles = new Map(readArticles().map((a) => [a.id, a]));
  const zones = readData<{ id: string; name: string; description: string }>('zones.yaml');
  const campaigns = readData<{ id: string; name: string; description: string }>('campaigns.yaml');

  it('are well-formed XML, and every title reads back as the archive has it', async () => {
    requireDist();
    const feeds = distFiles('.xml').filter((file) => file.endsWith('rss.xml'));
    const people = feeds.filter((file) => file.startsWith('people/'));
    expect(feeds).toContain('rss.xml');
    expect(people.length).toBeGreaterThan(0);
    expect(feeds.length).toBe(1 + zones.length + campaigns.length + people.length);
    for (const file of feeds) {
      const feed = await parse(readDist(file));
      expect(feed.error, file).toBeNull();
      const [kind, id] = file.split('/');
      const named = kind === 'zones' ? zones.find((z) => z.id === id) : campaigns.find((c) => c.id === id);
      if (kind === 'people') {
        expect(feed.title, file).toBe(`${decodeURIComponent(id!)} · ${SITE.name}`);
      } else {
        expect(feed.title, file).toBe(named ? `${named.name} · ${SITE.name}` : SITE.name);
        expect(feed.description, file).toBe(named ? named.description : SITE.description);
      }
      for (const item of feed.items) {
        const article = articles.get(item.link.split('/').filter(Boolean).at(-1)!)!;
        expect(article, item.link).toBeDefined();
        const { title, subtitle, zone, date } = article.data;
        expect(item.title).toBe(subtitle ? `${title}——${subtitle}` : title);
        expect(item.description).toContain(` · ${zones.find((z) => z.id === zone)!.name}`);
        // No invented timestamp: a pubDate only for a printed day, and that day.
        if (/^\d{4}-\d{2}-\d{2}$/.test(date)) expect(new Date(item.pubDate!).toISOString().slice(0, 10)).toBe(date);
        else {
          expect(item.pubDate, item.link).toBeNull();
          expect(item.description).toMatch(/^约\d{4}年/);
        }
        // The lead paragraph in the description, the whole text in content:encoded.
        const paragraphs = article.body
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter((p) => p && !p.startsWith('#'));
        if (paragraphs.length) {
          const lead = paragraphs[0]!.replace(/[*_`]/g, '').replace(/\n/g, '');
          expect(item.description.endsWith(`\n\n${lead}`), item.link).toBe(true);
          // People's feeds are many, so they carry the lead only.
          const html = new DOMParserLike(item.content);
          if (kind === 'people') expect(item.content, item.link).toBe('');
          else expect(html.text, item.link).toContain(paragraphs.at(-1)!.replace(/[*_`]/g, '').replace(/\n/g, ''));
        }
      }
    }
  });
});

describe('a feed of hostile text', () => {
  const HOSTILE = '珠海&amp;<高新区> "引号" \'单\' ]]> &lt;b&gt; &#x41; &copy;';
  const article: ArticleRecord = {
    id: 'x',
    title: `标题 ${HOSTILE}`,
    subtitle: '副题 <i>',
    kicker: `引题 ${HOSTILE}\u0001`,
    date: parseArchiveDate('2021-06'),
    source: 's',
    order: 1,
    newspaperPrinted: true,
    zone: 'z',
    relatedZones: [],
    campaigns: [],
    topics: [],
    credits: [],
  };

  it('reads back exactly: escaped once, and characters XML cannot hold dropped', async () => {
    const xml = await getRssString(
      feedOptions(
        { title: `${HOSTILE}\u0008 · ${SITE.name}`, description: `${HOSTILE}\ufffe`, site: 'https://example.org' },
        [article],
        () => `${HOSTILE}\u001b`,
      ),
    );
    const feed = await parse(xml);
    expect(feed.error).toBeNull();
    expect(feed.title).toBe(`${HOSTILE} · ${SITE.name}`);
    expect(feed.description).toBe(HOSTILE);
    expect(feed.items).toEqual([
      {
        title: `标题 ${HOSTILE}——副题 <i>`,
        link: 'https://example.org/articles/x/',
        description: `约2021年6月（日期为估计） · ${HOSTILE} · 引题 ${HOSTILE}`,
        pubDate: null,
        content: '',
      },
    ]);
  });
});
