/**
 * A synthetic archive of N articles for benchmarks: sentences of the real articles
 * recombined, spread over the zones, campaigns and topics of the data files and over
 * 2015–2025, with the real articles' photo captions and credits, and reporters' names made up
 * from common surnames and given names (so a name is in a handful of articles, as a reporter's
 * is). Written outside content/, with the real data files beside it.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { pinLine, sha256 } from '../../src/lib/source-pins.ts';
import { integer, pick, sample, seededRandom } from './random.ts';

interface Named {
  id: string;
}

function sentencesOf(markdown: string): { sentences: string[]; headings: string[] } {
  const sentences: string[] = [];
  const headings: string[] = [];
  for (const block of markdown.split(/\n{2,}/)) {
    const text = block.trim();
    if (!text) continue;
    if (text.startsWith('#')) headings.push(text.replace(/^#+\s*/, ''));
    else
      sentences.push(...(text.match(/[^。！？]+[。！？”]*/g) ?? []).map((s) => s.trim()).filter((s) => s.length > 4));
  }
  return { sentences, headings };
}

const quote = (s: string) => JSON.stringify(s);

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙陶黎贺顾毛郝龚邵万钱严覃戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲芬燕彬鑫斌宇浩凯健俊帆旭宁林欣晨辰阳佳琪雪梦颖思文博轩涵嘉诺显晖长赋海碧凤琴';

interface Credit {
  role: string;
  label?: string;
  title?: string;
  name: string;
}

interface Caption {
  text: string;
  credit?: string;
}

/** A YAML list item in flow style: `  - { key: "value", … }`. */
function flowItem(fields: Credit | Caption): string {
  const pairs = Object.entries(fields).map(([key, value]) => `${key}: ${quote(value as string)}`);
  return `  - { ${pairs.join(', ')} }`;
}

export function writeSyntheticArchive(realContent: string, target: string, count: number, seed = 2026): void {
  const random = seededRandom(seed);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.join(target, 'articles'), { recursive: true });
  mkdirSync(path.join(target, 'sources'), { recursive: true });
  for (const data of ['zones.yaml', 'campaigns.yaml', 'topics.yaml', 'newspapers.yaml'])
    cpSync(path.join(realContent, data), path.join(target, data));
  const ids = (file: string) => (parse(readFileSync(path.join(realContent, file), 'utf8')) as Named[]).map((x) => x.id);
  const zones = ids('zones.yaml');
  const campaigns = ids('campaigns.yaml');
  const topics = ids('topics.yaml');
  const papers = ids('newspapers.yaml');

  const pool = {
    sentences: [] as string[],
    headings: [] as string[],
    titles: [] as string[],
    captions: [] as string[],
    writers: [] as string[],
  };
  const articlesDir = path.join(realContent, 'articles');
  for (const year of readdirSafe(articlesDir)) {
    for (const file of readdirSafe(path.join(articlesDir, year))) {
      const text = readFileSync(path.join(articlesDir, year, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) continue;
      const data = parse(match[1]!) as {
        title: string;
        kicker?: string;
        captions?: { text: string }[];
        credits?: Credit[];
      };
      pool.titles.push(data.title, ...(data.kicker ? [data.kicker] : []));
      pool.captions.push(...(data.captions ?? []).map((c) => c.text));
      pool.writers.push(...(data.credits ?? []).filter((c) => c.role === 'writer').map((c) => c.name));
      const { sentences, headings } = sentencesOf(match[2]!);
      pool.sentences.push(...sentences);
      pool.headings.push(...headings);
    }
  }

  // Credits and captions draw from a stream of their own: the articles' text, dates and filing
  // stay those of archives written before they were added.
  const extra = seededRandom(seed + 1);
  const madeUpName = () =>
    pick(extra, [...SURNAMES]) + Array.from({ length: integer(extra, 1, 2) }, () => pick(extra, [...GIVEN])).join('');
  // About one reporter per five articles; editors and layout staff are few.
  const reporters = Array.from({ length: Math.max(20, Math.round(count / 5)) }, madeUpName);
  const editors = Array.from({ length: 12 }, madeUpName);
  const credits = (): Credit[] => {
    const list: Credit[] = [];
    if (extra() < 0.85) {
      const label = pick(extra, ['本报讯 记者', '采写', '撰写', '▶', undefined]);
      const name = extra() < 0.1 ? pick(extra, pool.writers) : pick(extra, reporters);
      list.push({ role: 'writer', ...(label && { label }), ...(extra() < 0.3 && { title: '本报记者' }), name });
    }
    if (extra() < 0.3) list.push({ role: 'photographer', label: '摄影', name: pick(extra, reporters) });
    if (extra() < 0.5) {
      list.push({ role: 'editor', label: '编辑', name: pick(extra, editors) });
      list.push({ role: 'layout', label: '组版', name: pick(extra, editors) });
    }
    return list;
  };
  const captions = (): Caption[] =>
    extra() < 0.4
      ? Array.from({ length: integer(extra, 1, 3) }, () => {
          const text = pick(extra, pool.captions);
          return extra() < 0.3 ? { text, credit: `本报记者 ${pick(extra, reporters)} 摄` } : { text };
        })
      : [];

  let written = 0;
  let page = 0;
  // Every page is pinned, as ingest pins it: the build refuses an unpinned source.
  const pins: string[] = [];
  while (written < count) {
    page++;
    const source = `synthetic-${String(page).padStart(6, '0')}`;
    const year = integer(random, 2015, 2025);
    const month = integer(random, 1, 12);
    const day = integer(random, 1, 28);
    const precision = random();
    const date =
      precision < 0.7 ? `${year}-${pad(month)}-${pad(day)}` : precision < 0.9 ? `${year}-${pad(month)}` : `${year}`;
    const printed = random() < 0.5;
    const pageNumber = String(integer(random, 1, 16));
    const stories = Math.min(integer(random, 1, 6), count - written);
    // A page with an exact date prints it, as its date line (checked: content-checks.ts).
    const sourceText: string[] = date.length === 10 ? [`${year}年${month}月${day}日`] : [];
    for (let order = 1; order <= stories; order++) {
      written++;
      const id = `syn-${String(written).padStart(6, '0')}`;
      const zone = pick(random, zones);
      const related =
        random() < 0.1
          ? sample(
              random,
              zones.filter((z) => z !== zone),
              1,
            )
          : [];
      const title = pick(random, pool.titles);
      const paragraphs: string[] = [];
      const blocks = integer(random, 4, 12);
      for (let b = 0; b < blocks; b++) {
        if (b > 0 && random() < 0.15) paragraphs.push(`## ${pick(random, pool.headings)}`);
        paragraphs.push(Array.from({ length: integer(random, 1, 4) }, () => pick(random, pool.sentences)).join(''));
      }
      const frontmatter = [
        `title: ${quote(title)}`,
        `date: ${quote(date)}`,
        ...(date.length < 10 ? [`dateEvidence: ${quote('合成数据：日期为随机估计。')}`] : []),
        `source: ${source}`,
        `order: ${order}`,
        ...(printed
          ? [`newspaper: ${papers[0]}`, 'newspaperPrinted: true', `page: ${quote(pageNumber)}`]
          : ['newspaperPrinted: false', `newspaperNote: ${quote('合成数据：报名未印。')}`]),
        `zone: ${zone}`,
        `relatedZones: [${related.join(', ')}]`,
        `campaigns: [${sample(random, campaigns, integer(random, 0, 2)).join(', ')}]`,
        `topics: [${sample(random, topics, integer(random, 1, 3)).join(', ')}]`,
      ];
      const articleCredits = credits();
      const articleCaptions = pool.captions.length > 0 ? captions() : [];
      if (articleCredits.length) frontmatter.push('credits:', ...articleCredits.map(flowItem));
      if (articleCaptions.length) frontmatter.push('captions:', ...articleCaptions.map(flowItem));
      const body = `${paragraphs.join('\n\n')}\n`;
      mkdirSync(path.join(target, 'articles', String(year)), { recursive: true });
      writeFileSync(
        path.join(target, 'articles', String(year), `${id}.md`),
        `---\n${frontmatter.join('\n')}\n---\n\n${body}`,
      );
      // The page prints what the article records: its credits and captions are on it too.
      sourceText.push(
        title,
        ...articleCredits.map((c) => [c.label, c.title, c.name].filter(Boolean).join(' ')),
        body,
        ...articleCaptions.flatMap((c) => [c.text, ...(c.credit ? [c.credit] : [])]),
      );
    }
    const pageText = sourceText.join('\n\n');
    writeFileSync(path.join(target, 'sources', `${source}.txt`), pageText);
    pins.push(pinLine(`${source}.txt`, sha256(new TextEncoder().encode(pageText))));
  }
  writeFileSync(path.join(target, 'sources.sha256'), `${pins.join('\n')}\n`);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function readdirSafe(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/**
 * Which printed page the added one copies: the first (by source name) that printed that many
 * stories, which lies in the archive's past, or the newest such page, as a new issue would be.
 */
export type AddedPageDate = 'past' | 'newest';

/**
 * Adds one newspaper page of `stories` articles to a synthetic archive, as an editor would add
 * one: a copy of a page that printed that many (`date` says which), under a new source and new
 * ids (same text, dates and filing). Returns the new articles' ids. For the incremental build's figure.
 */
export function addSyntheticPage(target: string, stories = 4, date: AddedPageDate = 'past'): string[] {
  const articlesDir = path.join(target, 'articles');
  const bySource = new Map<string, { file: string; text: string }[]>();
  for (const year of readdirSafe(articlesDir))
    for (const name of readdirSafe(path.join(articlesDir, year))) {
      const file = path.join(articlesDir, year, name);
      const text = readFileSync(file, 'utf8');
      const source = /^source: (\S+)$/m.exec(text)?.[1];
      if (source) bySource.set(source, [...(bySource.get(source) ?? []), { file, text }]);
    }
  const dateOf = (list: { text: string }[]) => /^date: "?([\d-]+)"?$/m.exec(list[0]!.text)?.[1] ?? '';
  const pages = [...bySource].sort(([a], [b]) => a.localeCompare(b)).filter(([, list]) => list.length === stories);
  const [source, articles] =
    (date === 'past' ? pages[0] : pages.sort(([, a], [, b]) => dateOf(a).localeCompare(dateOf(b))).at(-1)) ?? [];
  if (!source || !articles) throw new Error(`no synthetic page of ${stories} articles to copy`);
  const added = `synthetic-added-${String(bySource.size).padStart(6, '0')}`;
  const ids = articles.map((article, i) => {
    const id = `syn-added-${String(bySource.size).padStart(6, '0')}-${i + 1}`;
    writeFileSync(
      path.join(path.dirname(article.file), `${id}.md`),
      article.text.replace(/^source: \S+$/m, `source: ${added}`),
    );
    return id;
  });
  const pageText = readFileSync(path.join(target, 'sources', `${source}.txt`));
  writeFileSync(path.join(target, 'sources', `${added}.txt`), pageText);
  const pins = path.join(target, 'sources.sha256');
  writeFileSync(pins, `${readFileSync(pins, 'utf8')}${pinLine(`${added}.txt`, sha256(new Uint8Array(pageText)))}\n`);
  return ids;
}
