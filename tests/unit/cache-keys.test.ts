import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutList } from '../../src/lib/list-pages.ts';
import { chronologicalNeighbours, groupBy, sortChronologically } from '../../src/lib/archive.ts';
import { continuationsOf } from '../../src/lib/continuations.ts';
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
  staticKey,
  type KeyArchive,
  type KeyedArticle,
} from '../../src/lib/cache-keys.ts';
import { digestOf, stableJson } from '../../src/lib/check-cache.ts';
import { parseArchiveDate } from '../../src/lib/dates.ts';

interface Fields {
  title: string;
  date: string;
  source: string;
  order: number;
  zone: string;
  campaigns: string[];
  body: string;
  /** The article its story goes on in (another page's part of it). */
  continuedIn?: string | undefined;
}

/** Each test article's body: the entry has only its file's digest, as the archive loads it. */
const bodies = new WeakMap<KeyedArticle, string>();

/** An article as the archive loads it: the record, and the entry (frontmatter, file digest) it comes from. */
function article(id: string, fields: Fields): KeyedArticle {
  const { body, ...data } = fields;
  const made: KeyedArticle = {
    id,
    title: data.title,
    date: parseArchiveDate(data.date),
    source: data.source,
    order: data.order,
    newspaperPrinted: true,
    zone: data.zone,
    relatedZones: [],
    campaigns: data.campaigns,
    topics: ['t'],
    credits: [],
    entry: { data: { ...data, topics: ['t'] }, digest: digestOf([stableJson(data), body]) },
  };
  bodies.set(made, body);
  return made;
}

function archiveOf(articles: readonly KeyedArticle[]): KeyArchive<KeyedArticle> {
  const sorted = sortChronologically(articles);
  const bySource = groupBy(sorted, (a) => a.source);
  const continuation = continuationsOf(sorted, (a) => (a.entry.data as Fields).continuedIn);
  return { articles: sorted, onSource: (source) => bySource.get(source) ?? [], continuation };
}

const fieldsArbitrary: fc.Arbitrary<Fields> = fc.record({
  title: fc.string({ minLength: 1, maxLength: 6 }),
  date: fc
    .tuple(fc.integer({ min: 2019, max: 2021 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  source: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
  order: fc.integer({ min: 1, max: 1000 }),
  zone: fc.constantFrom('za', 'zb'),
  campaigns: fc.subarray(['c1', 'c2']),
  body: fc.string({ maxLength: 12 }),
  continuedIn: fc.option(
    fc.nat({ max: 12 }).map((n) => `a${n}`),
    { nil: undefined },
  ),
});

/** A small archive, one article of it, and a change to that article's title or body. */
const scenario = fc
  .array(fieldsArbitrary, { minLength: 2, maxLength: 12 })
  .chain((all) =>
    fc.record({
      articles: fc.constant(all.map((fields, i) => article(`a${i}`, { ...fields, order: i + 1 }))),
      changed: fc.nat({ max: all.length - 1 }),
      field: fc.constantFrom('title' as const, 'body' as const),
      text: fc.string({ minLength: 1, maxLength: 6 }),
    }),
  )
  .filter(({ articles, changed, field, text }) => {
    const before = articles[changed]!;
    return field === 'title' ? before.title !== text : bodies.get(before) !== text;
  });

/** The archive with one article's title or body changed (a fresh object, as a new build loads it). */
function withChange(articles: readonly KeyedArticle[], changed: number, field: 'title' | 'body', text: string) {
  return articles.map((a, i) => {
    if (i !== changed) return a;
    const data = a.entry.data as Fields;
    return field === 'title'
      ? article(a.id, { ...data, body: bodies.get(a)!, title: text })
      : article(a.id, { ...data, body: text });
  });
}

const salt = archiveSalt({ zones: [{ id: 'za', name: '甲' }], campaigns: [], topics: [], newspapers: [] });
const pin = (source: string) => `sha-${source}`;
const noPeople = () => [];

describe('article page keys', () => {
  it('change exactly for the article, the stories beside it in time (their facts), the stories of its printed page and the parts of its story on other pages (their facts)', () => {
    fc.assert(
      fc.property(scenario, ({ articles, changed, field, text }) => {
        const before = archiveOf(articles);
        const after = archiveOf(withChange(articles, changed, field, text));
        const changedId = articles[changed]!.id;
        for (const a of before.articles) {
          const b = after.articles.find((x) => x.id === a.id)!;
          const { previous, next } = chronologicalNeighbours(before.articles, a.id);
          const { from, into } = before.continuation(a.id);
          const shows =
            a.id === changedId ||
            a.source === articles[changed]!.source ||
            (field === 'title' &&
              [previous, next, from, into].some((linked) => linked !== undefined && linked.id === changedId));
          const keyBefore = articlePageKeyIn(before, a, salt, pin, noPeople);
          const keyAfter = articlePageKeyIn(after, b, salt, pin, noPeople);
          expect(keyAfter !== keyBefore, `${a.id} after a change of ${changedId}'s ${field}`).toBe(shows);
        }
      }),
    );
  });

  it('change with the raw page, the people linked and the data files', () => {
    const articles = [article('a0', { ...base, order: 1 }), article('a1', { ...base, order: 2 })];
    const archive = archiveOf(articles);
    const key = articlePageKeyIn(archive, articles[0]!, salt, pin, noPeople);
    expect(articlePageKeyIn(archive, articles[0]!, salt, () => 'other', noPeople)).not.toBe(key);
    expect(articlePageKeyIn(archive, articles[0]!, salt, pin, () => ['li-ming|李明'])).not.toBe(key);
    const renamed = archiveSalt({ zones: [{ id: 'za', name: '乙' }], campaigns: [], topics: [], newspapers: [] });
    expect(articlePageKeyIn(archive, articles[0]!, renamed, pin, noPeople)).not.toBe(key);
    const taxonomy = { zones: [{ id: 'za', name: '甲' }], campaigns: [], topics: [], newspapers: [] };
    expect(archiveSalt(taxonomy, 'schema 2')).not.toBe(archiveSalt(taxonomy, 'schema 1'));
  });
});

const base: Fields = {
  title: '标题',
  date: '2020-05-01',
  source: 'p1',
  order: 1,
  zone: 'za',
  campaigns: ['c1'],
  body: '正文。',
};

describe('list page keys', () => {
  it('change for a change to the facts of a listed article, not for its body or an article not listed', () => {
    fc.assert(
      fc.property(scenario, ({ articles, changed, field, text }) => {
        const after = withChange(articles, changed, field, text);
        for (const zone of ['za', 'zb']) {
          const listed = (list: readonly KeyedArticle[]) => list.filter((a) => a.zone === zone);
          const keyBefore = listPageKey(salt, `zone:${zone}`, listed(articles));
          const keyAfter = listPageKey(salt, `zone:${zone}`, listed(after));
          const shows = field === 'title' && articles[changed]!.zone === zone;
          expect(keyAfter !== keyBefore).toBe(shows);
        }
      }),
    );
  });

  it('tell lists and the counts from outside the list apart', () => {
    const list = [article('a0', base)];
    const key = listPageKey(salt, 'zone:za', list);
    expect(listPageKey(salt, 'zone:zb', list)).not.toBe(key);
    expect(listPageKey(salt, 'zone:za', list, [3])).not.toBe(key);
    expect(listPageKey(salt, 'zone:za', [...list, article('a1', base)])).not.toBe(key);
  });

  it('read a list once however many of its pages are keyed, and a copy of it gives the same keys', () => {
    /** The list, and how many times an item of it was read. */
    const counted = <T extends object>(list: T[]) => {
      const counter = { reads: 0 };
      const proxy = new Proxy(list, {
        get(target, property, receiver) {
          if (typeof property === 'string' && /^\d+$/.test(property)) counter.reads++;
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
      return { proxy, counter };
    };
    const list = Array.from({ length: 50 }, (_, i) => article(`a${i}`, base));
    const articles = counted(list);
    const keys = Array.from({ length: 40 }, (_, i) => listPageKey(salt, 'zone:za', articles.proxy, i % 2));
    expect(articles.counter.reads).toBe(list.length);
    expect(new Set(keys).size).toBe(2);
    expect(listPageKey(salt, 'zone:za', [...list], 1)).toBe(keys[1]);

    const entries = list.map((a) => ({ role: 'writer' as const, year: 2021, article: a }));
    const work = counted(entries);
    const person = { slug: 'li-ming', name: '李明', roles: ['writer' as const] };
    for (let page = 1; page <= 40; page++) personPageKey(salt, person, work.proxy);
    expect(work.counter.reads).toBe(entries.length);
    expect(personPageKey(salt, person, [...entries])).toBe(personPageKey(salt, person, work.proxy));
  });

  it('of a page change with its items, its number and its links, and with the list’s length where it tells it', () => {
    const items = [article('a0', base)];
    const url = { current: '/articles/3/', first: '/articles/', prev: '/articles/4/', next: '/articles/2/' };
    const page = { number: 3, total: undefined, url };
    const key = slicePageKey(salt, 'articles', page, items);
    expect(slicePageKey(salt, 'articles', { ...page, url: { ...url } }, [...items])).toBe(key);
    expect(slicePageKey(salt, 'articles', { ...page, number: 4 }, items)).not.toBe(key);
    expect(slicePageKey(salt, 'articles', { ...page, url: { ...url, prev: '/articles/' } }, items)).not.toBe(key);
    expect(slicePageKey(salt, 'articles', { ...page, url: { ...url, next: undefined } }, items)).not.toBe(key);
    expect(slicePageKey(salt, 'zone:za', page, items)).not.toBe(key);
    expect(slicePageKey(salt, 'articles', page, [article('a1', base)])).not.toBe(key);
    expect(slicePageKey(salt, 'articles', page, [article('a0', { ...base, title: '新标题' })])).not.toBe(key);
    // A listed article's body is not shown.
    expect(slicePageKey(salt, 'articles', page, [article('a0', { ...base, body: '另一段正文。' })])).toBe(key);
    // The list's own page tells its length.
    const own = { number: undefined, total: 90, url: { ...url, current: '/articles/', prev: undefined } };
    expect(slicePageKey(salt, 'articles', { ...own, total: 91 }, items)).not.toBe(
      slicePageKey(salt, 'articles', own, items),
    );
  });

  it('of later pages stay for an article added after them, and change for those it lands on or shifts', () => {
    const size = 5;
    /** The later pages' keys of a newest-first list, by URL, as the list routes key them. */
    const laterKeys = (list: readonly KeyedArticle[]) =>
      new Map(
        cutList(list, 'newest-first', size, '/zones/za/')
          .filter((page) => page.number !== undefined)
          .map((page) => [page.url.current, { key: slicePageKey(salt, 'zone:za', page, page.items), page }]),
      );
    fc.assert(
      fc.property(fc.array(fieldsArbitrary, { minLength: 11, maxLength: 40 }), fieldsArbitrary, (all, fields) => {
        const before = sortChronologically(all.map((f, i) => article(`a${i}`, { ...f, order: i + 1 }))).reverse();
        const added = article('new', { ...fields, order: all.length + 1 });
        const after = sortChronologically([...before, added]).reverse();
        // Positions from the oldest end, where later pages are cut from.
        const fromOldest = after.length - 1 - after.indexOf(added);
        const now = laterKeys(after);
        for (const [url, { key, page }] of laterKeys(before)) {
          const oldestOfPage = (page.number! - 1) * size;
          const newerThanPage = fromOldest >= oldestOfPage + size;
          const nextNewerStays = page.url.prev === now.get(url)?.page.url.prev;
          if (newerThanPage && nextNewerStays)
            expect(now.get(url)?.key, `${url}, older than the new article`).toBe(key);
          if (!newerThanPage) expect(now.get(url)?.key, `${url}, shifted by the new article`).not.toBe(key);
        }
      }),
    );
  });
});

describe('the other keys', () => {
  const a = article('a0', base);
  const retitled = article('a0', { ...base, title: '新标题' });
  const rewritten = article('a0', { ...base, body: '另一段正文。' });

  it('a printed page’s list changes with its stories’ facts; its line view and feeds with their text too', () => {
    expect(printedPageKey(salt, [retitled])).not.toBe(printedPageKey(salt, [a]));
    expect(printedPageKey(salt, [rewritten])).toBe(printedPageKey(salt, [a]));
    expect(sourceViewKey(salt, 'x', [rewritten])).not.toBe(sourceViewKey(salt, 'x', [a]));
    expect(sourceViewKey(salt, 'y', [a])).not.toBe(sourceViewKey(salt, 'x', [a]));
    expect(fullTextKey(salt, 'feed', [rewritten])).not.toBe(fullTextKey(salt, 'feed', [a]));
    expect(fullTextKey(salt, 'feed', [a], { roles: ['writer'] })).not.toBe(fullTextKey(salt, 'feed', [a]));
  });

  it('a person’s page changes with their roles, name and work', () => {
    const person = { slug: 'li-ming', name: '李明', roles: ['writer' as const] };
    const work = [{ role: 'writer' as const, year: 2020, article: a }];
    const key = personPageKey(salt, person, work);
    expect(personPageKey(salt, { ...person, roles: ['writer', 'photographer'] }, work)).not.toBe(key);
    expect(personPageKey(salt, { ...person, id: 'li-ming-2' }, work)).not.toBe(key);
    expect(personPageKey(salt, person, [{ ...work[0]!, article: retitled }])).not.toBe(key);
    expect(personPageKey(salt, person, [{ ...work[0]!, role: 'editor' }])).not.toBe(key);
    expect(personPageKey(salt, person, [{ ...work[0]!, article: rewritten }])).toBe(key);
  });

  it('a person’s later page changes with their name, where it stands and the work it lists', () => {
    const person = { slug: 'li-ming', name: '李明' };
    const work = [{ role: 'writer' as const, year: 2020, article: a }];
    const url = { current: '/people/li-ming/1/', first: '/people/li-ming/', prev: '/people/li-ming/', next: undefined };
    const page = { number: 1, total: undefined, url };
    const key = personSliceKey(salt, person, page, work);
    expect(personSliceKey(salt, { ...person, name: '李名' }, page, work)).not.toBe(key);
    expect(personSliceKey(salt, person, { ...page, number: 2 }, work)).not.toBe(key);
    expect(personSliceKey(salt, person, { ...page, url: { ...url, prev: '/people/li-ming/2/' } }, work)).not.toBe(key);
    expect(personSliceKey(salt, person, page, [{ ...work[0]!, article: retitled }])).not.toBe(key);
    expect(personSliceKey(salt, person, page, [{ ...work[0]!, role: 'editor' }])).not.toBe(key);
    expect(personSliceKey(salt, person, page, [{ ...work[0]!, article: rewritten }])).toBe(key);
  });

  it('a file made from code alone changes with its value', () => {
    expect(staticKey({ a: 1 })).toBe(staticKey({ a: 1 }));
    expect(staticKey({ a: 2 })).not.toBe(staticKey({ a: 1 }));
  });
});
