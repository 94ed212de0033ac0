import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPlan, planIngest } from '../../scripts/ingest.ts';
import { reviewDrafts } from '../../scripts/review.ts';
import { coverage } from '../../src/lib/coverage.ts';
import { hanOnly } from '../../src/lib/text.ts';
import { CONTENT, readArticles } from '../helpers/content.ts';
import { hardWrap } from '../helpers/layout-simulator.ts';
import { splitPage } from '../../src/lib/ingest/split.ts';

const curated = readArticles();
const SEEDS = readdirSync(path.join(CONTENT, 'sources')).filter((f) => f.endsWith('.txt')).sort();
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An empty archive with the real data files. */
function emptyArchive(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'archive-ingest-'));
  temporary.push(root);
  mkdirSync(path.join(root, 'articles'));
  mkdirSync(path.join(root, 'sources'));
  for (const data of ['zones.yaml', 'campaigns.yaml', 'topics.yaml', 'newspapers.yaml']) cpSync(path.join(CONTENT, data), path.join(root, data));
  return root;
}

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
}

interface Draft {
  title: string;
  han: string;
}

function readDrafts(root: string): Draft[] {
  const dir = path.join(root, 'articles');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const title = /^title: "(.*)"/m.exec(text)?.[1] ?? '';
      return { title, han: hanOnly(text.replace(/^[\s\S]*?\n---\n/, '')) };
    });
}

const headlineMatches = (draft: string, printed: string) => {
  const [a, b] = [hanOnly(draft), hanOnly(printed)];
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length / long.length >= 0.6;
};

describe('ingest reproduces the curated articles of the seed pages', () => {
  const figures: { page: string; curated: number; drafts: number; headlines: number; coverage: number[] }[] = [];

  it.each(SEEDS)('%s', (seed) => {
    const id = seed.replace(/\.txt$/, '');
    const stories = curated.filter((a) => a.data.source === id).sort((a, b) => a.data.order - b.data.order);
    const root = emptyArchive();
    const first = stories[0]!.data;
    applyPlan(planIngest({ page: path.join(CONTENT, 'sources', seed), paper: first.newspaper ?? 'unprinted', date: first.date, printedPage: first.page as string | undefined }, root));
    const drafts = readDrafts(root);
    const headlines = stories.filter((s) => drafts.some((d) => headlineMatches(d.title, s.data.title))).length;
    const covered = stories.map((s) => Math.max(...drafts.map((d) => coverage(hanOnly(s.body), [d.han]).ratio)));
    figures.push({ page: id, curated: stories.length, drafts: drafts.length, headlines, coverage: covered });
    console.log(`${id}: ${drafts.length} drafts for ${stories.length} curated stories; headlines ${headlines}/${stories.length}; body coverage ${covered.map((c) => `${(c * 100).toFixed(1)}%`).join(' ')}`);
    expect(drafts.length).toBe(stories.length);
    for (const [index, ratio] of covered.entries()) expect(ratio, stories[index]!.id).toBeGreaterThanOrEqual(0.97);
  });

  it('recognises at least 90% of the headlines over all seed pages', () => {
    expect(figures.length).toBe(SEEDS.length);
    const matched = figures.reduce((n, f) => n + f.headlines, 0);
    const total = figures.reduce((n, f) => n + f.curated, 0);
    console.log(`headlines recognised: ${matched}/${total} = ${((matched / total) * 100).toFixed(1)}%`);
    expect(matched / total).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the ingest command', () => {
  const seed = path.join(CONTENT, 'sources', SEEDS.at(-1)!);
  const run = (root: string, ...args: string[]) =>
    spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8', env: { ...process.env, ARCHIVE_CONTENT_DIR: root } });

  it('copies the page byte for byte, writes drafts and reports what it dropped', () => {
    const root = emptyArchive();
    const result = run(root, seed, '--paper', 'zhongguo-gaoxin-daobao', '--date', '2019-10-28', '--page', '9', '--zone', 'jining');
    expect(result.status, result.stderr).toBe(0);
    const [source] = readdirSync(path.join(root, 'sources'));
    expect(source).toBe('zhongguo-gaoxin-daobao-2019-10-28-p9.txt');
    expect(readFileSync(path.join(root, 'sources', source!)).equals(readFileSync(seed))).toBe(true);
    expect(result.stdout).toContain('识别出 4 篇文章');
    // Every dropped line is printed in full.
    expect(result.stdout).toContain('编辑:叶伟(010)68667266转242 E-mail:dengsh@chih.org 组版:王新明');
    expect(listFiles(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The page is pinned as it was received: sha256sum's format, checked by the build.
    const pins = readFileSync(path.join(root, 'sources.sha256'), 'utf8');
    expect(pins).toContain(`${createHash('sha256').update(readFileSync(seed)).digest('hex')}  sources/${source}\n`);
    expect(result.stdout).toContain('已登记在 content/sources.sha256');
    const draft = readFileSync(path.join(root, 'articles', '2019', 'zhongguo-gaoxin-daobao-2019-10-28-p9-1.md'), 'utf8');
    expect(draft).toMatch(/^draft: true/m);
    expect(draft).toContain('zone: "jining"');
  });

  it('refuses a page already ingested, under any name, and never overwrites', () => {
    const root = emptyArchive();
    expect(run(root, seed, '--paper', 'unprinted', '--date', '2019').status).toBe(0);
    const before = listFiles(root);
    const copy = path.join(root, 'renamed-copy.txt');
    writeFileSync(copy, readFileSync(seed));
    const again = run(root, copy, '--paper', 'zhongguo-gaoxin-daobao', '--date', '2019-10-28');
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('已导入');
    expect(listFiles(root)).toEqual([...before, 'renamed-copy.txt'].sort());
  });

  it('adds each new page to the pins, keeping the others', () => {
    const root = emptyArchive();
    expect(run(root, path.join(CONTENT, 'sources', SEEDS[0]!), '--paper', 'unprinted', '--date', '2021').status).toBe(0);
    expect(run(root, path.join(CONTENT, 'sources', SEEDS[1]!), '--paper', 'unprinted', '--date', '2019').status).toBe(0);
    const lines = readFileSync(path.join(root, 'sources.sha256'), 'utf8').split('\n').filter((l) => /^[0-9a-f]{64} /.test(l));
    expect(lines.map((l) => l.slice(66))).toEqual(['sources/unprinted-2019.txt', 'sources/unprinted-2021.txt']);
  });

  const failures: [string, (root: string) => string[], RegExp][] = [
    ['a missing file', () => ['/no/such/page.txt', '--paper', 'unprinted', '--date', '2021'], /不存在/],
    ['an empty file', (root) => [write(root, 'empty.txt', ''), '--paper', 'unprinted', '--date', '2021'], /为空/],
    ['a GBK file, with the command that converts it', (root) => [write(root, 'gbk.txt', Buffer.from('d6d0b9b2b5b3d4b1b8c9b2bfd2aad1a7cfb0b5b3cab7a3acbcd3c7bfbbf9b2e3b5b3b5c4bdb7c9e8a1a3', 'hex')), '--paper', 'unprinted', '--date', '2021'], /GBK[\s\S]*iconv -f GBK -t UTF-8/],
    ['a file that is not text', (root) => [write(root, 'binary.txt', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0xdc, 0x80, 0x81])), '--paper', 'unprinted', '--date', '2021'], /不是 UTF-8/],
    ['an unknown paper', () => [seed, '--paper', 'renmin-ribao', '--date', '2019-10-28'], /--paper: 未知的报纸/],
    ['an unknown zone', () => [seed, '--paper', 'unprinted', '--date', '2019', '--zone', 'atlantis'], /--zone: 未知的园区/],
    ['an impossible date', () => [seed, '--paper', 'unprinted', '--date', '2019-02-30'], /--date: .*不存在/],
    ['an option it does not take', () => [seed, '--paper', 'unprinted', '--date', '2019', '--dry-run'], /--dry-run: 没有这个选项；可用的选项：--paper <值>、--date <值>/],
    ['an option without its value', () => [seed, '--date', '2019', '--paper'], /--paper: 此选项须带一个值/],
    ['a value given to an option that takes none', () => [seed, '--resume=yes'], /--resume: 此选项不带值/],
    ['a page with no story', (root) => [write(root, 'furniture.txt', '编辑:叶伟(010)68667266转242\n\n2019.10.28 星期一\n\nINNOVATION\n'), '--paper', 'unprinted', '--date', '2019'], /没有找到文章/],
  ];
  function write(root: string, name: string, data: string | Buffer): string {
    const file = path.join(root, '..', `${path.basename(root)}-${name}`);
    writeFileSync(file, data);
    temporary.push(file);
    return file;
  }

  it.each(failures)('fails clearly, with nothing written, on %s', (_, args, message) => {
    const root = emptyArchive();
    const before = listFiles(root);
    const result = run(root, ...args(root));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(listFiles(root)).toEqual(before);
  });
});

describe('review', () => {
  it('lists drafts with what stands between them and publication', () => {
    const root = emptyArchive();
    applyPlan(planIngest({ page: path.join(CONTENT, 'sources', SEEDS[1]!), paper: 'unprinted', date: '2019' }, root));
    const reviews = reviewDrafts(path.join(root, 'articles'));
    expect(reviews.length).toBe(7);
    for (const review of reviews) {
      // An estimated date needs its evidence, and unprinted papers need a note, before publishing.
      expect(review.problems.join('\n')).toMatch(/dateEvidence/);
      expect(review.problems.join('\n')).toMatch(/newspaperNote/);
      // Ingest takes the words from the page: nothing in a draft is missing from its source.
      expect(review.problems.join('\n')).not.toMatch(/原始版面中没有/);
      // And every line of the page is in a draft or dropped as furniture: nothing is left out.
      expect(review.problems.join('\n')).not.toMatch(/不在本版任何一篇文章中/);
    }
  });

  it('takes a picture item as a draft whose emptyBody says why it has no text, and judges its date as the build will', () => {
    const root = emptyArchive();
    const page = path.join(root, 'picture-page.txt');
    const seed = readFileSync(path.join(CONTENT, 'sources', SEEDS[1]!), 'utf8').split('\n');
    const headline = seed.findIndex((line) => line.startsWith('高新区组织党员走访慰问化州贫困村困难党'));
    // A picture item printed before that story: a label, a photo's caption from another seed page.
    const caption = '小横琴社区打造“红色长廊”，展示中共一大到中共十九大的光辉历程。 横琴新区管委会供图';
    writeFileSync(page, [...seed.slice(0, headline), '图片新闻', '', caption, '', ...seed.slice(headline)].join('\n'));
    applyPlan(planIngest({ page, paper: 'unprinted', date: '2019-07-01' }, root));
    const reviews = reviewDrafts(path.join(root, 'articles'));
    expect(reviews.length).toBe(8);
    const pictures = reviews.filter((review) => /^emptyBody: /mu.test(readFileSync(review.path, 'utf8')));
    expect(pictures.map((review) => readFileSync(review.path, 'utf8').split('\n---\n')[1]!.trim())).toEqual(['']);
    expect(readFileSync(pictures[0]!.path, 'utf8')).toContain('column: "图片新闻"');
    for (const review of reviews) {
      expect(review.problems.join('\n')).not.toMatch(/正文为空|不在本版任何一篇文章中/u);
      // The page prints no date: an exact one needs its evidence, on review as on publishing.
      expect(review.problems.join('\n')).toMatch(/^date: .*未印在原始版面/mu);
    }
  });

  it('judges the rest of a story from another page with its beginning’s headline, once that part names it', () => {
    const root = emptyArchive();
    applyPlan(planIngest({ page: path.join(CONTENT, 'sources', SEEDS[1]!), paper: 'unprinted', date: '2019' }, root));
    const [beginning, ...others] = reviewDrafts(path.join(root, 'articles'));
    // Page 2 prints, under its jump line, two paragraphs of another draft's text, with no headline.
    const text = (file: string) => readFileSync(file, 'utf8');
    const paragraphs = text(others.at(-1)!.path)
      .split('\n---\n')[1]!
      .trim()
      .split('\n\n')
      .filter((p) => !p.startsWith('#'))
      .slice(0, 2);
    const page = path.join(root, 'page-2.txt');
    writeFileSync(page, ['（上接第1版）', ...paragraphs].join('\n\n'));
    applyPlan(planIngest({ page, paper: 'unprinted', date: '2019' }, root));
    const rest = reviewDrafts(path.join(root, 'articles')).find((r) => text(r.path).includes('（上接第1版）'))!;
    expect(text(rest.path)).toMatch(/^title: "（待定标题）" # 本篇开头在另一版/mu);
    // The editor writes the beginning's headline, word for word, which page 2 does not print.
    writeFileSync(rest.path, text(rest.path).replace(/^title: .*$/mu, `title: ${JSON.stringify(beginning!.title)}`));
    const titleProblems = () =>
      reviewDrafts(path.join(root, 'articles'))
        .find((r) => r.file === rest.file)!
        .problems.filter((problem) => problem.startsWith('title: '));
    expect(titleProblems()).toEqual([expect.stringMatching(/^title: 第\d+行：原始版面中没有/u)]);
    // Once the beginning names it as the part it goes on in, the headline is the beginning's.
    const id = path.basename(rest.file, '.md');
    writeFileSync(beginning!.path, text(beginning!.path).replace(/^order: .*$/mu, `$&\ncontinuedIn: ${id}`));
    expect(titleProblems()).toEqual([]);
  });

  it('links a story printed across two pages when the second page is ingested, whichever comes first', () => {
    const text = (file: string) => readFileSync(file, 'utf8');
    const dir = mkdtempSync(path.join(tmpdir(), 'archive-pages-'));
    temporary.push(dir);
    // Page 1 sends its last story on to page 2, which prints the rest under its jump line.
    const page1 = path.join(dir, 'page-1.txt');
    writeFileSync(page1, `${text(path.join(CONTENT, 'sources', SEEDS[1]!)).trimEnd()}\n（下转第2版）\n`);
    const page2 = path.join(dir, 'page-2.txt');
    writeFileSync(page2, '（上接第1版）\n\n党员们纷纷表示，要把学习成果转化为实际行动。\n\n活动最后，全体党员重温入党誓词。\n');
    const ingest = (root: string, page: string, printedPage?: string) => {
      const plan = planIngest({ page, paper: 'unprinted', date: '2019-07-01', printedPage }, root);
      applyPlan(plan);
      return plan.report.join('\n');
    };
    const draftOf = (root: string, id: string) => path.join(root, 'articles', '2019', `${id}.md`);
    const [beginning, rest] = ['unprinted-2019-07-01-p1-7', 'unprinted-2019-07-01-p2-1'];

    // The beginning first: the rest's draft takes its headline, and the report says what to add to the beginning.
    const first = emptyArchive();
    ingest(first, page1, '1');
    const report = ingest(first, page2, '2');
    // Its headline taken, the rest of the story is not reported as lacking one.
    expect(report).not.toContain('[无标题]');
    const headline = (file: string, field: string) => new RegExp(`^${field}: (".*")`, 'mu').exec(text(file))?.[1];
    expect(text(draftOf(first, rest))).toContain(
      `title: ${headline(draftOf(first, beginning), 'title')} # 本篇（上接第1版）：照第1版开头那篇 ${beginning} 所印`,
    );
    for (const field of ['kicker', 'subtitle'])
      expect(headline(draftOf(first, rest), field), field).toBe(headline(draftOf(first, beginning), field));
    expect(headline(draftOf(first, rest), 'kicker')).toBeDefined();
    expect(report).toMatch(new RegExp(`转版接续（1）：\\n  第1篇（上接第1版）是第1版「.+」（${beginning}，.+）的续文.*continuedIn: ${rest}`, 'u'));
    const titleProblems = () =>
      reviewDrafts(path.join(first, 'articles'))
        .find((r) => r.file.endsWith(`${rest}.md`))!
        .problems.filter((problem) => problem.startsWith('title: '));
    // Until then the review screen says so too: where the title is printed, and the line to add there.
    expect(titleProblems()).toEqual([
      expect.stringMatching(/^title: 第\d+行：原始版面中没有/u),
      expect.stringMatching(
        new RegExp(`^title: 与同期第1版的 \\S+/${beginning}\\.md 标题相同：.*在那篇里加一行 continuedIn: ${rest}，`, 'u'),
      ),
    ]);
    writeFileSync(draftOf(first, beginning), text(draftOf(first, beginning)).replace(/^order: .*$/mu, `$&\ncontinuedIn: ${rest}`));
    expect(titleProblems()).toEqual([]);

    // The rest first: the beginning's draft names it, and the report says the rest still needs its headline.
    const second = emptyArchive();
    ingest(second, page2, '2');
    expect(text(draftOf(second, rest))).toMatch(/^title: "（待定标题）"/mu);
    expect(ingest(second, page1, '1')).toMatch(new RegExp(`第7篇（下转第2版）续完于第2版.*continuedIn: ${rest}；那篇未印标题`, 'u'));
    expect(text(draftOf(second, beginning))).toMatch(new RegExp(`^continuedIn: "${rest}" # `, 'mu'));
    // Without the new page's number, the marks cannot be paired: the report says so.
    const third = emptyArchive();
    ingest(third, page1, '1');
    expect(ingest(third, page2)).toMatch(/\[无标题\] 第1篇未识别出标题[\s\S]*本版有转版提示，但未给 --page/u);
    expect(text(draftOf(third, 'unprinted-2019-07-01-1'))).toMatch(/^title: "（待定标题）"/mu);
    // Nor is it needed where the page prints its 版次: that stands in for it.
    const fourth = emptyArchive();
    ingest(fourth, page1, '1');
    writeFileSync(page2, `2019年7月1日　星期一　第２版\n\n${text(page2)}`);
    const printed = ingest(fourth, page2);
    expect(printed).toMatch(/版次 2：版面所印（未给 --page）[\s\S]*转版接续（1）/u);
    expect(text(draftOf(fourth, rest))).toMatch(/^page: "2"$/mu);
    expect(text(draftOf(fourth, rest))).toMatch(/^title: .* # 本篇（上接第1版）：照第1版开头那篇/mu);
    // Given, --page wins, and the report says where it differs from the page.
    const differs = planIngest({ page: page2, paper: 'unprinted', date: '2019-07-01', printedPage: '3' }, emptyArchive());
    expect(differs.report.join('\n')).toContain('注意：--page 3 与版面所印的版次 2 不同');
    expect(differs.drafts[0]!.text).toMatch(/^page: "3"$/mu);
  });

  it('tells a paragraph deleted from a draft, as the build would once it is published', () => {
    const root = emptyArchive();
    applyPlan(planIngest({ page: path.join(CONTENT, 'sources', SEEDS[1]!), paper: 'unprinted', date: '2019' }, root));
    const [first] = reviewDrafts(path.join(root, 'articles'));
    const text = readFileSync(first!.path, 'utf8');
    const body = text.slice(text.lastIndexOf('\n---\n') + 5);
    const longest = body
      .split('\n')
      .reduce((a, b) => (b.length > a.length && !b.startsWith('#') ? b : a), '');
    writeFileSync(first!.path, text.replace(`${longest}\n`, ''));
    const review = reviewDrafts(path.join(root, 'articles')).find((r) => r.file === first!.file)!;
    expect(review.problems.join('\n')).toMatch(/^body: 第\d+行：原始版面 content\/sources\/\S+\.txt 第\d+(–\d+)?行.*不在本版任何一篇文章中/m);
  });
});

describe('a page in the HTML some OCR tools write', () => {
  // Seed 001 as such a tool gives it: paragraphs in <p>, a picture as <img>, a table whole on
  // one line between two paragraphs, an element the archive does not know (<section>).
  const seed = readFileSync(path.join(CONTENT, 'sources', SEEDS[1]!), 'utf8').split('\n');
  const table = '<table border="1"><tr><th>社区</th><th>党员</th></tr><tr><td>鸡山社区</td><td><b>50名</b></td></tr></table>';
  const html = seed
    .map((line, index) => (index === 6 ? `<p>${line}</p>` : index === 49 ? `<section>${line}` : line))
    .flatMap((line, index) => (index === 47 ? [line, '', table] : index === 10 ? ['<img src="imgs/p1.jpg" alt="" />', line] : [line]));

  it('gives drafts that the build takes: no HTML, every word found on the page, nothing left out', () => {
    const root = emptyArchive();
    const page = path.join(root, 'html-page.txt');
    writeFileSync(page, html.join('\n'));
    applyPlan(planIngest({ page, paper: 'unprinted', date: '2019' }, root));
    const reviews = reviewDrafts(path.join(root, 'articles'));
    expect(reviews.length).toBe(7);
    const problems = reviews.flatMap((review) => review.problems).join('\n');
    expect(problems).not.toMatch(/原始 HTML|原始版面中没有|不在本版任何一篇文章中/);
    const bodies = reviews.map((review) => readFileSync(review.path, 'utf8').split('\n---\n')[1]!);
    // The table's cells, a space apart, a paragraph of their own; the unknown element kept as text.
    expect(bodies.some((body) => body.includes('\n\n社区 党员 鸡山社区 50名\n\n'))).toBe(true);
    expect(bodies.join('')).toContain('\\<section>');
    expect(bodies.join('')).not.toMatch(/<(?:p|img|table|td|b)\b/);
  });
});

describe('a hard-wrapped page', () => {
  // Seed 004 as a PDF's text gives it: each paragraph in lines of 22 characters, indented, no blank line.
  const seed = readFileSync(path.join(CONTENT, 'sources', SEEDS.at(-1)!), 'utf8').split('\n');
  const wrapped = seed.filter((line) => line.trim()).flatMap((line) => (line.length > 30 ? hardWrap(line, 22, true) : [line]));

  it('gives the stories of the page as published, their paragraphs whole, that the build takes', () => {
    const root = emptyArchive();
    const page = path.join(root, 'wrapped-page.txt');
    writeFileSync(page, wrapped.join('\n'));
    const plan = planIngest({ page, paper: 'zhongguo-gaoxin-daobao', date: '2019-10-28', printedPage: '9' }, root);
    applyPlan(plan);
    const reviews = reviewDrafts(path.join(root, 'articles'));
    const titles = reviews.map((review) => /^title: "(.*)"/m.exec(readFileSync(review.path, 'utf8'))?.[1]);
    const published = curated.filter((a) => a.data.source === SEEDS.at(-1)!.replace(/\.txt$/, ''));
    expect(titles).toEqual(published.sort((a, b) => a.data.order - b.data.order).map((a) => a.data.title));
    const problems = reviews.flatMap((review) => review.problems).join('\n');
    expect(problems).not.toMatch(/原始版面中没有|不在本版任何一篇文章中/);
    // Only the seed's own column breaks are left to check, not every line's end (a break that
    // falls at the end of a full line reads as the wrapping's, as it would to anyone).
    const joins = plan.report.filter((line) => line.includes('跨栏接续'));
    const seedJoins = splitPage(seed.join('\n'))
      .suspicions.filter((s) => s.kind === 'column-join')
      .map((s) => s.detail);
    expect(joins.filter((line) => !seedJoins.some((detail) => line.includes(detail)))).toEqual([]);
    expect(joins.length).toBeGreaterThanOrEqual(seedJoins.length - 1);
  });
});

describe('zones the page names that zones.yaml lacks', () => {
  it('are reported from the text of the stories, not from the furniture or across lines', () => {
    const page = path.join(CONTENT, '..', 'tests', 'unit', 'ingest', 'zone-paper-page.txt');
    const plan = planIngest({ page, paper: 'unprinted', date: '2021-07-05', printedPage: '2' }, emptyArchive());
    const line = plan.report.find((l) => l.startsWith('版面提到、content/zones.yaml 中没有的园区'));
    // 长治高新区 is named in the text; 长治市高新区 only in the 社址 line, 李强高新区 and 芳摄高新区 nowhere.
    expect(line).toBe('版面提到、content/zones.yaml 中没有的园区（1）：长治高新区');
  });

  it('are none on the seed pages, which name only zones zones.yaml holds, whatever verb stands before 高新区', () => {
    for (const seed of SEEDS) {
      const plan = planIngest(
        { page: path.join(CONTENT, 'sources', seed), paper: 'unprinted', date: '2021' },
        emptyArchive(),
      );
      expect(plan.report.filter((l) => l.startsWith('版面提到、content/zones.yaml 中没有的园区')), seed).toEqual([]);
    }
  });
});
