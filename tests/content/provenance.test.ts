import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inspectArticleText } from '../../src/lib/article-files.ts';
import { articleProblems, provenanceProblems, type ArticleForChecks } from '../../src/lib/content-checks.ts';
import { SourceIndex } from '../../src/lib/provenance.ts';
import { CONTENT } from '../helpers/content.ts';

/** An article as the build's checks see it (data, body as Astro gives it, file lines), with its file and page. */
interface Curated extends ArticleForChecks {
  text: string;
  source: string;
}

/** Each curated article. */
function curated(): Curated[] {
  const dir = path.join(CONTENT, 'articles');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      return fromText(`content/articles/${file}`, text, file.split('/')[0]!);
    });
}

function fromText(filePath: string, text: string, year = filePath.split('/').at(-2)!): Curated {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${filePath}: no frontmatter`);
  const data = parse(match[1]!) as ArticleForChecks['data'];
  const inspected = inspectArticleText(text, filePath, year);
  return {
    filePath,
    text,
    body: match[2]!.trim(),
    data: { ...data, corrections: data.corrections ?? [] },
    facts: inspected.facts,
    source: readFileSync(path.join(CONTENT, 'sources', `${data.source}.txt`), 'utf8'),
  };
}

const articles = curated();
const pages = new Map<string, SourceIndex>();
const pageOf = (source: string) => {
  let page = pages.get(source);
  if (!page) pages.set(source, (page = SourceIndex.of(source)));
  return page;
};
const problemsOf = (article: Curated) => [
  ...articleProblems(article, () => article.source),
  ...provenanceProblems(article, pageOf(article.source)),
];

describe('every curated article is traceable to its source page', () => {
  it.each(articles.map((a) => [a.filePath, a] as const))('%s', (_, article) => {
    expect(problemsOf(article)).toEqual([]);
  });
});

describe('an edited article fails, naming the file, the line and the words', () => {
  const wuda = articles.find((a) => a.filePath.endsWith('zhuhai-wuda-xingdong.md'))!;
  const edit = (from: string, to: string) => {
    expect(wuda.text).toContain(from);
    return fromText(wuda.filePath, wuda.text.replace(from, to));
  };
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('439 changed into 4390', () => {
    const problems = problemsOf(edit('合计439件', '合计4390件'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`content/articles/2019/zhuhai-wuda-xingdong.md: body: 第${lineOf(wuda.text, '合计439件')}行`);
    expect(problems[0]).toMatch(/439【0/);
  });

  it('a sentence added to a paragraph', () => {
    const [problem, ...more] = problemsOf(edit('地动山摇。', '地动山摇。高新区党建工作全国第一。'));
    expect(more).toEqual([]);
    expect(problem).toContain(`body: 第${lineOf(wuda.text, '地动山摇。')}行：原始版面中没有“高新区党建工作全国第一”`);
  });

  it('a paragraph of its own, a headline word and a caption word', () => {
    const problems = problemsOf(
      fromText(
        wuda.filePath,
        wuda.text
          .replace('title: 实施“五大行动” 引领高质量发展', 'title: 实施“六大行动” 引领高质量发展')
          .replace('在会同书店开展', '在新华书店开展')
          .replace('\n## 构建“大党建”格局\n', '\n## 构建“大党建”格局\n\n编者按：本节讲的是组织体系。\n'),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/: title: 第3行：原始版面中没有“六”/),
      expect.stringMatching(/: body: 第\d+行：原始版面中没有“编者按：本节讲的是/),
      expect.stringMatching(/: captions\[1\]\.text: 第19行：原始版面中没有“新华”/),
    ]);
  });

  it('a paragraph moved, unless the article says it was reordered and why', () => {
    const paragraphs = wuda.body.split('\n\n');
    const moved = [paragraphs[1], paragraphs[0], ...paragraphs.slice(2)].join('\n\n');
    const text = wuda.text.replace(wuda.body, moved);
    expect(problemsOf(fromText(wuda.filePath, text))).toEqual([
      expect.stringMatching(/: body: 第\d+行：此段在原始版面上排在前一段之前.*reordered: true/),
    ]);
    const flagged = text.replace('\neditorialNotes:\n', '\nreordered: true\neditorialNotes:\n');
    expect(problemsOf(fromText(wuda.filePath, flagged))).toEqual([]);
    expect(problemsOf(fromText(wuda.filePath, wuda.text.replace('\neditorialNotes:\n', '\nreordered: true\neditorialNotes:\n')))).toEqual([
      expect.stringMatching(/: reordered: 第\d+行：正文段落与原始版面次序一致/),
    ]);
  });
});

/** Positions inside the text of body paragraphs (not their Markdown markers), for random edits. */
function editablePositions(article: Curated): number[] {
  const positions: number[] = [];
  let offset = 0;
  for (const line of article.body.split('\n')) {
    const start = line.startsWith('## ') ? 3 : 0;
    if (line.trim()) for (let i = start; i <= line.length; i++) positions.push(offset + i);
    offset += line.length + 1;
  }
  return positions;
}

const EDITABLE = articles.filter((a) => a.body.trim());
const edits = fc.record({
  article: fc.integer({ min: 0, max: EDITABLE.length - 1 }),
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'delete', 'digit'),
  length: fc.integer({ min: 1, max: 3 }),
  insert: fc.constantFrom('党', '高新区', '不', '2', '，', '。本报讯。', '全国第一'),
  digit: fc.integer({ min: 0, max: 9 }),
});

/** An edit of one article's body text; undefined when it would change nothing a reader sees. */
type Edit = typeof edits extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(e: Edit) {
  const article = EDITABLE[e.article]!;
  const body = article.body;
  if (e.kind === 'digit') {
    const digits = [...body.matchAll(/\d/g)].map((m) => m.index);
    if (!digits.length) return undefined;
    const at = digits[e.at % digits.length]!;
    const replaced = String(e.digit);
    // Change the digit, or write one more next to it (439 → 4390).
    const edited =
      e.length === 1 ? body.slice(0, at) + replaced + body.slice(at + 1) : body.slice(0, at + 1) + replaced + body.slice(at + 1);
    return edited === body ? undefined : { article, body: edited, from: at, to: at + e.length };
  }
  const positions = editablePositions(article);
  const at = positions[e.at % positions.length]!;
  if (e.kind === 'insert') return { article, body: body.slice(0, at) + e.insert + body.slice(at), from: at, to: at + e.insert.length };
  const removed = body.slice(at, at + e.length);
  if (!removed || /[\n\s]/.test(removed)) return undefined;
  return { article, body: body.slice(0, at) + body.slice(at + e.length), from: at, to: at };
}

const withBody = (article: Curated, body: string, corrections = article.data.corrections) => ({
  ...article,
  body,
  data: { ...article.data, corrections },
});

describe('random edits of a published article (property, seeded)', () => {
  it('are caught by the provenance check', () => {
    fc.assert(
      fc.property(edits, (e) => {
        const edited = applyEdit(e);
        fc.pre(edited !== undefined);
        const problems = provenanceProblems(withBody(edited!.article, edited!.body), pageOf(edited!.article.source));
        expect(problems.length, `${edited!.article.filePath}: ${edited!.body.slice(Math.max(0, edited!.from - 10), edited!.to + 10)}`).toBeGreaterThan(0);
        expect(problems.every((p) => p.startsWith(`${edited!.article.filePath}: body: 第`))).toBe(true);
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });

  it('pass once recorded as corrections', () => {
    fc.assert(
      fc.property(edits, (e) => {
        const edited = applyEdit(e);
        fc.pre(edited !== undefined);
        const { article, body, from, to } = edited!;
        // The words around the edit, before and after: original as the page has it (up to width
        // and spaces), corrected as the article now reads. Both stay inside one paragraph.
        const start = Math.max(body.lastIndexOf('\n', from - 1) + 1, from - 8);
        const originalEnd = article.body.indexOf('\n', from);
        const editedEnd = body.indexOf('\n', to);
        const original = article.body.slice(start, Math.min(originalEnd < 0 ? Infinity : originalEnd, from + (article.body.length - body.length) + (to - from) + 8));
        const corrected = body.slice(start, Math.min(editedEnd < 0 ? Infinity : editedEnd, to + 8));
        fc.pre(original.trim().length > 0 && !original.startsWith('## ') && !corrected.startsWith('## '));
        const fixed = withBody(article, body, [...article.data.corrections, { original, corrected }]);
        expect(provenanceProblems(fixed, pageOf(article.source))).toEqual([]);
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });
});
