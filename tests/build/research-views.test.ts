/**
 * The research views on the built site: every count shown equals the list its link opens,
 * the intersection lists hold exactly the articles the content files say, and every picture
 * has a title, an accessible name and a table alternative.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticles, readData, zonesOf, type ArticleFile } from '../helpers/content.ts';
import {
  distFiles,
  elementsWith,
  fileForUrl,
  htmlText,
  listedArticleIds,
  paginated,
  readDist,
  requireDist,
} from '../helpers/dist.ts';

const articles = readArticles();
const zones = readData<{ id: string; name: string; kind: string }>('zones.yaml');
const campaigns = readData<{ id: string; name: string; aliases: string[] }>('campaigns.yaml');

beforeAll(() => requireDist());

const listCache = new Map<string, string[]>();
/** The articles a list page shows, across all its pages. */
function listAt(href: string): string[] {
  let list = listCache.get(href);
  if (!list) listCache.set(href, (list = paginated(href).flatMap(listedArticleIds).sort()));
  return list;
}
const idsWhere = (test: (a: ArticleFile) => boolean) =>
  articles
    .filter(test)
    .map((a) => a.id)
    .sort();
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
/** Every link that shows a count: its target, the count it carries and its text. */
function countedLinks(html: string): { href: string; count: number; text: string }[] {
  return elementsWith(html, 'data-count')
    .map(({ value, inner }, i) => ({
      value,
      inner,
      tag: [...html.matchAll(/<a\b[^>]*\sdata-count="[^"]*"[^>]*>/g)][i]?.[0],
    }))
    .map(({ value, inner, tag }) => ({
      href: attribute(tag ?? '', 'href') ?? '',
      count: Number(value),
      text: htmlText(inner),
    }));
}
const pages = () => distFiles('.html').filter((file) => !file.startsWith('search/'));

describe('counts', () => {
  it('every count on every page equals the length of the list its link opens', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const file of pages()) {
      for (const link of countedLinks(readDist(file))) {
        checked++;
        if (!link.href.startsWith('/')) wrong.push(`${file}: a count without a link (${link.text})`);
        else if (!fileForUrl(link.href)) wrong.push(`${file}: ${link.href} does not exist`);
        else if (listAt(link.href).length !== link.count)
          wrong.push(`${file}: “${link.text}” says ${link.count}, ${link.href} lists ${listAt(link.href).length}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('a count in a link’s text (“… · 2”, a chart figure) is the count the link carries', () => {
    for (const file of pages()) {
      const html = readDist(file);
      for (const link of countedLinks(html)) {
        const shown = /(\d+)\s*$/.exec(link.text.trim())?.[1];
        if (shown !== undefined) expect(Number(shown), `${file} ${link.href}`).toBe(link.count);
      }
      // No chip shows a count without carrying it.
      for (const tag of html.match(/<a\b[^>]*class="chip[^"]*"[^>]*>[^<]*·\s*\d+\s*<\/a>/g) ?? [])
        expect(tag, file).toMatch(/data-count="\d+"/);
    }
  });

  it('each page’s own total equals its list', () => {
    for (const file of pages()) {
      const html = readDist(file);
      const own = /data-listing-count[^>]*>(\d+)</.exec(html)?.[1] ?? /data-zone-count[^>]*>\s*(\d+)/.exec(html)?.[1];
      if (own === undefined) continue;
      const url = `/${file.replace(/index\.html$/, '')}`;
      if (/\/\d+\/$/.test(url)) continue; // page 2, 3… of a list: the total is checked on its first page
      expect(listAt(url).length, url).toBe(Number(own));
    }
  });
});

describe('intersections', () => {
  it('the zone page chip “不忘初心、牢记使命”主题教育 · 2 opens exactly those 2 articles', () => {
    const html = readDist(fileForUrl('/zones/zhuhai/')!);
    const chip = countedLinks(html).find((l) => l.text.startsWith('“不忘初心、牢记使命”主题教育 ·'))!;
    expect(chip.text).toBe('“不忘初心、牢记使命”主题教育 · 2');
    expect(listAt(chip.href)).toEqual(
      idsWhere((a) => zonesOf(a).includes('zhuhai') && (a.data.campaigns ?? []).includes('buwang-chuxin')),
    );
  });

  it('a campaign page’s zone chip opens the zone’s articles in that campaign only', () => {
    for (const campaign of campaigns) {
      const file = fileForUrl(`/campaigns/${campaign.id}/`)!;
      for (const zone of zones) {
        const expected = idsWhere(
          (a) => zonesOf(a).includes(zone.id) && (a.data.campaigns ?? []).includes(campaign.id),
        );
        const chip = countedLinks(readDist(file)).find((l) => l.text.startsWith(`${zone.name} ·`));
        if (expected.length === 0) expect(chip, `${campaign.id} × ${zone.id}`).toBeUndefined();
        else expect(listAt(chip!.href), `${campaign.id} × ${zone.id}`).toEqual(expected);
      }
    }
  });

  it('each zone × campaign, zone × period and zone × campaign × period list holds exactly its articles', () => {
    const lists = distFiles('.html')
      .map((file) => ({
        file,
        match: /^zones\/([^/]+)\/(?:campaigns\/([^/]+)\/)?(?:archive\/([^/]+)\/)?index\.html$/.exec(file),
      }))
      .filter(({ match }) => match && (match[2] || match[3]));
    expect(lists.length).toBeGreaterThan(20);
    for (const { file, match } of lists) {
      const [, zone, campaign, period] = match!;
      const inPeriod = (date: string) =>
        !period ||
        (period.endsWith('-month-unknown')
          ? date === period.slice(0, 4)
          : date === period || date.startsWith(`${period}-`));
      const expected = idsWhere(
        (a) =>
          zonesOf(a).includes(zone!) &&
          (!campaign || (a.data.campaigns ?? []).includes(campaign)) &&
          inPeriod(a.data.date),
      );
      expect(expected.length, file).toBeGreaterThan(0);
      expect(listAt(`/${file.replace(/index\.html$/, '')}`), file).toEqual(expected);
    }
  });

  it('a year page names each zone of the year, linking to exactly its articles of that year', () => {
    for (const year of new Set(articles.map((a) => a.data.date.slice(0, 4)))) {
      const links = countedLinks(readDist(fileForUrl(`/archive/${year}/`)!));
      for (const zone of zones) {
        const expected = idsWhere((a) => zonesOf(a).includes(zone.id) && a.data.date.startsWith(year));
        const chip = links.find((l) => l.text === `${zone.name} · ${expected.length}`);
        if (expected.length === 0) expect(links.some((l) => l.text.startsWith(`${zone.name} ·`))).toBe(false);
        else expect(listAt(chip!.href), `${year} ${zone.id}`).toEqual(expected);
      }
    }
  });

  it('each year’s 月份不详 is a link to exactly the year’s articles without a month', () => {
    const html = readDist(fileForUrl('/archive/')!);
    for (const year of new Set(articles.map((a) => a.data.date.slice(0, 4)))) {
      const expected = idsWhere((a) => a.data.date === year);
      if (expected.length === 0) continue;
      const link = countedLinks(html).find((l) => l.href === `/archive/${year}-month-unknown/`);
      expect(link?.text, year).toBe(`月份不详 · ${expected.length}`);
      expect(listAt(link!.href)).toEqual(expected);
    }
    for (const file of pages()) expect(readDist(file), file).not.toMatch(/<li[^>]*>\s*月份不详/);
  });
});

describe('pictures', () => {
  const charted = [
    '/archive/',
    '/zones/zhuhai/',
    '/zones/zhuhai-city/',
    '/campaigns/buwang-chuxin/',
    '/campaigns/dangshi-xuexi-jiaoyu/',
  ];

  it.each(charted)('%s has a picture with a visible title, an accessible name and a table alternative', (url) => {
    const html = readDist(fileForUrl(url)!);
    const figures = elementsWith(html, 'data-chart');
    expect(figures).toHaveLength(1);
    const figure = figures[0]!.inner;
    const caption = /<figcaption id="([^"]+)"[^>]*>([^<]+)<\/figcaption>/.exec(figure);
    expect(caption?.[2]?.trim()).toBeTruthy();
    // A figure is named by its figcaption; the drawing by its own title, the same words.
    expect(figure.trimStart().startsWith('<figcaption')).toBe(true);
    const svg = /<svg\b[^>]*aria-labelledby="([^"]+)"[^>]*>\s*<title id="([^"]+)">([^<]+)<\/title>/.exec(figure);
    expect(svg?.[1]).toBe(svg?.[2]);
    expect(svg?.[3]).toBe(caption![2]);
    const marks = [...figure.matchAll(/<a href="([^"]+)" aria-label="([^"]+)" data-count="(\d+)"[^>]*>/g)];
    expect(marks.length).toBeGreaterThan(0);
    for (const [, , label, count] of marks) expect(label).toMatch(new RegExp(`：${count} 篇$`));
    // The table says every figure the picture draws, with the same links.
    const table = elementsWith(figure, 'data-chart-table')[0]!.inner;
    expect(table).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
    expect(table).toMatch(/<th scope="col"[ >]/);
    expect(table).toMatch(/<th scope="row"[ >]/);
    const tableLinks = new Set([...table.matchAll(/href="([^"]+)"/g)].map((m) => m[1]));
    for (const [, href] of marks) expect(tableLinks.has(href)).toBe(true);
  });

  it('every zone and campaign with articles has its picture on its first page', () => {
    for (const zone of zones) {
      const has = articles.some((a) => zonesOf(a).includes(zone.id));
      expect(readDist(fileForUrl(`/zones/${zone.id}/`)!).includes('data-chart='), zone.id).toBe(has);
    }
    for (const campaign of campaigns) {
      const has = articles.some((a) => (a.data.campaigns ?? []).includes(campaign.id));
      expect(readDist(fileForUrl(`/campaigns/${campaign.id}/`)!).includes('data-chart='), campaign.id).toBe(has);
    }
  });
});

describe('wording', () => {
  it('never gives a span whose two ends are the same date', () => {
    for (const file of pages()) {
      const text = htmlText(readDist(file));
      const same = /(约?\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?) — \1(?![\d月日])/.exec(text);
      expect(same?.[0], file).toBeUndefined();
    }
  });

  it('says “本页 N 篇” only on lists of more than one page', () => {
    for (const file of pages()) {
      const html = readDist(file);
      if (/本页 \d+ 篇/.test(htmlText(html))) expect(html, file).toMatch(/rel="(?:next|prev)"/);
    }
  });

  it('files each zone under its kind in the breadcrumbs, a city as a city', () => {
    for (const zone of zones) {
      const nav = elementsWith(readDist(fileForUrl(`/zones/${zone.id}/`)!), 'aria-label="面包屑"')[0];
      const crumbs = htmlText(nav?.inner ?? '')
        .split('›')
        .map((c) => c.trim());
      expect(crumbs).toEqual(['首页', '园区与地区', zone.kind, zone.name]);
    }
  });

  it('says each alias once and keeps “不忘初心、牢记使命” whole', () => {
    const html = readDist(fileForUrl('/campaigns/buwang-chuxin/')!);
    const line = /又称：([^<]+)</.exec(html)![1]!;
    const entries = line.split(' / ');
    expect(entries).toContain('不忘初心、牢记使命');
    const letters = entries.map((e) => e.replace(/[^\p{L}\p{N}]/gu, ''));
    expect(new Set(letters).size).toBe(letters.length);
  });
});
