import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { classifyCreditName, ROLES, type Role } from '../../src/lib/people.ts';
import { parseCsv } from '../../src/lib/open-data.ts';
import { readArticles } from '../helpers/content.ts';
import { distFiles, elementsWith, fileForUrl, htmlText, paginated, readDist, requireDist } from '../helpers/dist.ts';

/**
 * People pages and open data, checked on dist/ against the content files read on their own
 * (tests/helpers/content.ts): a person page lists exactly the articles whose credits or
 * caption credits name that person, role by role; every byline name that is a person links
 * there; the open-data files validate against the schemas the site publishes.
 */
type RawCredit = { role: Role; name: string; id?: string };
const articles = readArticles();

/** person key → role → article ids, from the files. */
function expectedWork(): Map<string, Map<Role, Set<string>>> {
  const work = new Map<string, Map<Role, Set<string>>>();
  const add = (name: string, role: Role, id: string | undefined, article: string) => {
    const verdict = classifyCreditName(name);
    if (!verdict.person && !id) return;
    const key = id ? `${verdict.name}#${id}` : verdict.name;
    const roles = work.get(key) ?? new Map<Role, Set<string>>();
    roles.set(role, (roles.get(role) ?? new Set()).add(article));
    work.set(key, roles);
  };
  for (const article of articles) {
    for (const credit of (article.data.credits ?? []) as RawCredit[])
      add(credit.name, credit.role, credit.id, article.id);
    for (const caption of article.data.captions ?? [])
      if (caption.credit) add(caption.credit, 'photographer', undefined, article.id);
  }
  return work;
}

const personLinks = (html: string) =>
  [...html.matchAll(/<a [^>]*href="(\/people\/[^"/]+\/)"[^>]*>/g)].map((m) => m[1]!);

describe('people pages', () => {
  it('list exactly the articles whose credits name each person, by role', () => {
    requireDist();
    const expected = expectedWork();
    const index = readDist('people/index.html');
    const pages = [...new Set(personLinks(index))];
    expect(pages.length).toBe(expected.size);
    for (const url of pages) {
      // Every page of the person's list, following rel="next".
      const pages = paginated(url);
      const html = pages[0]!;
      const name = htmlText(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!).trim();
      const roles = expected.get(name);
      expect(roles, `${url}: ${name} is no one in the credits`).toBeDefined();
      const shown = new Map<Role, Set<string>>();
      for (const { value, inner } of pages.flatMap((page) => elementsWith(page, 'data-person-role'))) {
        const ids = [...inner.matchAll(/data-article-id="([^"]+)"/g)].map((m) => m[1]!);
        const set = shown.get(value as Role) ?? new Set<string>();
        for (const id of ids) {
          expect(set.has(id), `${name}: ${id} listed twice as ${value}`).toBe(false);
          set.add(id);
        }
        shown.set(value as Role, set);
      }
      expect([...shown.keys()].sort(), name).toEqual([...roles!.keys()].sort());
      for (const [role, ids] of roles!)
        expect([...shown.get(role)!].sort(), `${name} ${role}`).toEqual([...ids].sort());
      expect(html, url).toContain(`href="${url}rss.xml"`);
    }
  });

  it('are reached from every byline and caption credit that names a person, and from nothing else', () => {
    const expected = expectedWork();
    for (const article of articles) {
      const html = readDist(`articles/${article.id}/index.html`);
      for (const credit of (article.data.credits ?? []) as RawCredit[]) {
        const verdict = classifyCreditName(credit.name);
        // The name, as printed, inside a link to the person's page.
        const linked = new RegExp(
          `<a [^>]*href="(/people/[^"]+/)"[^>]*><span data-search-source="credit">${credit.name}</span></a>`,
        ).exec(html);
        if (verdict.person || credit.id) {
          expect(linked, `${article.id}: ${credit.name}`).not.toBeNull();
          expect(fileForUrl(linked![1]!), linked![1]).toBeDefined();
          expect(paginated(linked![1]!).join('')).toContain(`data-article-id="${article.id}"`);
        } else {
          expect(linked, `${article.id}: ${credit.name} is not a person`).toBeNull();
        }
      }
      const captionsLinked = elementsWith(html, 'data-search-source="caption-credit"').flatMap(({ inner }) =>
        personLinks(inner),
      );
      const captionPeople = (article.data.captions ?? []).filter(
        (c) => c.credit && expected.has(classifyCreditName(c.credit).name),
      );
      expect(captionsLinked.length, article.id).toBe(captionPeople.length);
    }
  });

  it('never show a byline label as a role', () => {
    for (const article of articles) {
      const html = readDist(`articles/${article.id}/index.html`);
      const headings = [...html.matchAll(/<dt[^>]*>([^<]*)<\/dt>/g)].map((m) => m[1]!);
      for (const label of ['▶', '本报讯', '文字 ▶', '摄影 / 图片']) {
        expect(
          headings.some((h) => h.includes(label)),
          `${article.id}: ${label}`,
        ).toBe(false);
      }
      for (const c of (article.data.credits ?? []) as { label?: string }[]) {
        if (c.label) expect(html, `${article.id}: ${c.label}`).not.toMatch(new RegExp(`>${c.label} <`));
      }
    }
  });
});

describe('open data', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validator = (file: string) =>
    ajv.getSchema(`${file}.schema.json`) ??
    ajv.compile(JSON.parse(readDist(`data/schema/${file}.schema.json`)) as object);

  it('every yearly JSON file validates against year.schema.json, and names every article once', () => {
    requireDist();
    const validate = validator('year');
    const files = distFiles('.json').filter((f) => /^data\/\d{4}\.json$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const seen: string[] = [];
    for (const file of files) {
      const data = JSON.parse(readDist(file)) as {
        articles: { id: string; credits: { person: string | null }[]; captions: unknown[] }[];
        people: { person: string; articles: string[] }[];
      };
      expect(validate(data) ? [] : validate.errors, file).toEqual([]);
      seen.push(...data.articles.map((a) => a.id));
      // The people table and the credits agree.
      const credited = new Set(data.articles.flatMap((a) => a.credits.map((c) => c.person).filter(Boolean)));
      for (const person of data.people) expect(credited.has(person.person) || person.articles.length > 0).toBe(true);
    }
    expect(seen.sort()).toEqual(articles.map((a) => a.id).sort());
  });

  it('every yearly JSON file has a table of exactly the zones, campaigns, topics and newspapers its articles name', () => {
    requireDist();
    const files = distFiles('.json').filter((f) => /^data\/\d{4}\.json$/.test(f));
    for (const file of files) {
      type Named = {
        zone: string;
        relatedZones: string[];
        campaigns: string[];
        topics: string[];
        newspaper: string | null;
      };
      const data = JSON.parse(readDist(file)) as Record<
        'zones' | 'campaigns' | 'topics' | 'newspapers',
        { id: string }[]
      > & {
        articles: Named[];
      };
      const named = (ids: (a: Named) => (string | null)[]) =>
        [...new Set(data.articles.flatMap(ids).filter((id): id is string => id !== null))].sort();
      const table = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
      expect(table(data.zones), file).toEqual(named((a) => [a.zone, ...a.relatedZones]));
      expect(table(data.campaigns), file).toEqual(named((a) => a.campaigns));
      expect(table(data.topics), file).toEqual(named((a) => a.topics));
      expect(table(data.newspapers), file).toEqual(named((a) => [a.newspaper]));
    }
  });

  it('rejects a file that breaks the schema (the check can fail)', () => {
    const validate = validator('year');
    const data = JSON.parse(readDist(distFiles('.json').find((f) => /^data\/\d{4}\.json$/.test(f))!)) as {
      articles: Record<string, unknown>[];
    };
    data.articles[0]!.credits = [{ role: '文字 ▶', name: '张志东' }];
    expect(validate(data)).toBe(false);
  });

  it('every yearly CSV starts with a BOM, uses CRLF, and its rows validate against csv-row.schema.json', () => {
    const validate = validator('csv-row');
    for (const file of distFiles('.csv').filter((f) => f.startsWith('data/'))) {
      const text = readDist(file);
      expect(text.startsWith('\ufeff'), file).toBe(true);
      expect(text.endsWith('\r\n'), file).toBe(true);
      const [header, ...rows] = parseCsv(text);
      const json = JSON.parse(readDist(file.replace(/\.csv$/, '.json'))) as { articles: { id: string }[] };
      expect(
        rows.map((r) => r[0]),
        file,
      ).toEqual(json.articles.map((a) => a.id));
      for (const row of rows) {
        const record = Object.fromEntries(header!.map((name, i) => [name, row[i]]));
        expect(validate(record) ? [] : validate.errors, `${file} ${row[0]}`).toEqual([]);
      }
    }
  });
});

describe('citation files', () => {
  it('every article has a RIS and a CSL-JSON record, and 绪言 is no author', () => {
    for (const article of articles) {
      const ris = readDist(`articles/${article.id}/citation.ris`);
      expect(ris.startsWith('TY  - NEWS\r\n'), article.id).toBe(true);
      expect(ris.endsWith('ER  -\r\n'), article.id).toBe(true);
      const csl = JSON.parse(readDist(`articles/${article.id}/citation.json`)) as { type: string }[];
      expect(csl[0]!.type).toBe('article-newspaper');
    }
    const jining = readDist('articles/jining-zhuti-jiaoyu-sanci-chuangye/citation.ris');
    expect(jining).toContain('AU  - 张嘉村\r\nAU  - 张阳\r\n');
    expect(jining).not.toContain('绪言');
    expect(readDist('articles/jining-zhuti-jiaoyu-sanci-chuangye/index.html')).toMatch(
      /data-citation>张嘉村, 张阳\. 济宁/,
    );
  });

  it('an inferred newspaper is bracketed in the citation', () => {
    const html = readDist('articles/huizhou-zhongkai-dangjian-yinling/index.html');
    expect(htmlText(/data-citation>([^<]*)</.exec(html)![1]!)).toContain('[N]. [中国高新技术产业导报], [2021].');
  });
});

// Every role reads as one of the four, in the open data too.
it('roles in the open data are the four of the schema', () => {
  const roles = new Set<string>();
  for (const file of distFiles('.json').filter((f) => /^data\/\d{4}\.json$/.test(f)))
    for (const a of (JSON.parse(readDist(file)) as { articles: { credits: { role: string }[] }[] }).articles)
      for (const c of a.credits) roles.add(c.role);
  for (const role of roles) expect(ROLES).toContain(role);
});
