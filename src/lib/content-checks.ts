/**
 * Checks that need more than one frontmatter: the files as files, the body, the raw source
 * page, and the collection as a whole. They run inside the articles loader so `astro build`
 * fails on them, and every message names the file, the field and, where there is one, the
 * line of the file (counted from its first line).
 */
import { appendAll } from './arrays.ts';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import {
  describeYamlError,
  documentValue,
  fieldAt,
  inspectArticleFiles,
  inspectArticleText,
  parserErrorProblem,
  valueLines,
  yamlRefusals,
  yearFolderProblem,
  type ArticleFileFacts,
} from './article-files.ts';
import { schemaProblems } from './schema-problems.ts';
import { contentPath, contentRoot } from './content-paths.ts';
import { ContentError, decodeContentFile, describeCharacter, findInvisibleCharacters } from './content-text.ts';
import { inspectMarkdown, type MarkdownInspection } from './markdown-safety.ts';
import { correctedLines, excerpt, explain, fold, foldText, SourceIndex, trace, type Boundary } from './provenance.ts';
import { printsDay } from './printed-dates.ts';
import { checkSources } from './source-pins.ts';
import { articleCheckKey, checkerVersion, digestOf, loadPassedChecks, sourcePageDigest } from './check-cache.ts';
import { importClosure } from './search/build/indexer-sources.ts';
import { fileURLToPath } from 'node:url';
import { pageOmissions, rangeText, type OmittedLines } from './left-out-lines.ts';
import {
  attributeLines,
  attributionShelf,
  compactLine,
  pageTextsOf,
  storySegments,
  type CompactLines,
  type SourceLine,
} from './source-lines.ts';
import { runPageChecks } from './check-workers.ts';
import { WINDOW } from './coverage.ts';
import { hanOnly } from './text.ts';
import { continuationProblems, continuationsOf } from './continuations.ts';
import { articleFileBody, splitArticleFile } from './article-file.ts';

export { ContentError } from './content-text.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The permalink id of an article is its file name; the year folder only organises files. An
 * error names the file as `shown` (as the other problems name it), by default as given.
 */
export function articleIdFromPath(entry: string, shown = entry): string {
  const id = path.basename(entry).replace(/\.md$/, '');
  if (!SLUG.test(id)) {
    throw new ContentError(shown, 'id', `文件名 "${id}" 应为小写拼音词，用 - 连接 (lowercase ASCII slug)`);
  }
  return id;
}

/**
 * Ids of a YAML data file (zones, campaigns…), with a clear error when the file is broken; with
 * its schema, every entry is checked against it first, each problem at its field and line
 * (Astro's own check of a data file names the entry, not the line).
 */
export function readDataIds(file: string, schema?: z.ZodType): string[] {
  const display = path.relative(process.cwd(), file);
  const { text } = decodeContentFile(new Uint8Array(readFileSync(file)), display);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const [error] = yamlRefusals(doc);
  if (error) {
    const { field, message } = describeYamlError(doc, error);
    throw new ContentError(
      display,
      field === 'frontmatter' ? 'yaml' : field,
      `第${counter.linePos(error.pos[0]).line}行：YAML 语法错误 (yaml)：${message}`,
    );
  }
  const [invisible] = findInvisibleCharacters(text);
  if (invisible) {
    throw new ContentError(
      display,
      fieldAt(doc.contents, invisible.offset),
      `第${invisible.line}行第${invisible.column}列含不可见字符 ${describeCharacter(invisible.char)}；请删去 (invisible character)`,
    );
  }
  const value = documentValue(doc);
  if ('error' in value)
    throw new ContentError(
      display,
      fieldAt(doc.contents, value.offset),
      `第${counter.linePos(value.offset).line}行：YAML 语法错误 (yaml)：${value.error}`,
    );
  const data = value.value;
  if (!Array.isArray(data)) throw new ContentError(display, 'root', '应为条目列表 (expected a list of entries)');
  const fieldLines = valueLines(doc.contents, (offset) => counter.linePos(offset).line);
  if (schema) {
    const problems = data.flatMap((entry, index) => {
      const result = schema.safeParse(entry, { reportInput: true });
      if (result.success) return [];
      const issues = result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }));
      // A field the entry lacks is told at the entry's first line.
      return schemaProblems(display, issues, fieldLines, fieldLines.get(`[${index}]`) ?? 1);
    });
    if (problems.length) {
      // Every problem of the file, each already naming it, its field and its line.
      const error = new Error(problems.join('\n'));
      error.name = 'ContentError';
      throw error;
    }
  }
  const ids = data.map((entry, index) => {
    const id = (entry as { id?: unknown })?.id;
    if (typeof id !== 'string') throw new ContentError(display, `[${index}].id`, '缺少 id');
    return id;
  });
  // Astro keeps the last entry of an id and only warns: the first would be lost without a word.
  const firstOf = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = firstOf.get(id);
    if (first === undefined) return void firstOf.set(id, index);
    const lineOf = (i: number) => fieldLines.get(`[${i}].id`) ?? fieldLines.get(`[${i}]`);
    throw new ContentError(
      display,
      `[${index}].id`,
      `第${lineOf(index)}行：id "${id}" 与第${lineOf(first)}行的条目重复；每个条目的 id 须不同 (duplicate id)`,
    );
  });
  return ids;
}

/** Two files whose names give the same id would share one URL: name both, as `shown` names files. */
export function findDuplicateIds(files: string[], shown: (file: string) => string): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const file of files) {
    const id = path.basename(file).replace(/\.md$/, '');
    const first = seen.get(id);
    if (first) problems.push(`${shown(file)}: id: 与 ${shown(first)} 重复 (duplicate id "${id}")`);
    else seen.set(id, file);
  }
  return problems;
}

export interface ArticleForChecks {
  filePath: string;
  body: string;
  data: {
    draft?: true | undefined;
    title: string;
    kicker?: string | undefined;
    subtitle?: string | undefined;
    source: string;
    order: number;
    /** YYYY-MM-DD when exact; an approximate date has its dateEvidence (the schema). */
    date?: string | undefined;
    dateEvidence?: string | undefined;
    corrections: { original: string; corrected: string }[];
    credits?: { label?: string | undefined; title?: string | undefined; name: string }[] | undefined;
    captions?: { text: string; credit?: string | undefined }[] | undefined;
    emptyBody?: string | undefined;
    reordered?: true | undefined;
    newspaper?: string | undefined;
    page?: string | undefined;
    pageName?: string | undefined;
    column?: string | undefined;
    omittedLines?: OmittedLines[] | undefined;
    continuedIn?: string | undefined;
  };
  /** Where the body and each field stand in the file, for messages that give file lines. */
  facts?: ArticleFileFacts | undefined;
  /**
   * The headline of the part the story comes from, where it began on another page (that part's
   * `continuedIn` names this one): a headline part the same as that part's is printed there,
   * and need not be printed again on this page.
   */
  headlineBefore?: Pick<ArticleForChecks['data'], 'kicker' | 'title' | 'subtitle'> | undefined;
}

/** Body line → file line. */
const fileLine = (article: ArticleForChecks, bodyLine: number) => bodyLine + (article.facts?.bodyLineOffset ?? 0);

/** `第N行：` for a field the file gives, else the frontmatter's first line (a field left out). */
function fieldLineOf(article: ArticleForChecks, field: string): string {
  const line = article.facts?.fieldLines.get(field) ?? article.facts?.frontmatterLine;
  return line === undefined ? '' : `第${line}行：`;
}

/** Problems of one article that the frontmatter schema cannot see. */
export function articleProblems(
  article: ArticleForChecks,
  readSource: (id: string) => string | undefined,
  inspection: MarkdownInspection = inspectMarkdown(article.body),
  page?: SourceIndex,
): string[] {
  const problems: string[] = [];
  const file = article.filePath;
  for (const finding of inspection.rawHtml) {
    problems.push(
      `${file}: body: 第${fileLine(article, finding.line)}行含原始 HTML，正文只允许 Markdown (raw HTML is not allowed): ${finding.html}`,
    );
  }
  for (const line of inspection.topLevelHeadings) {
    problems.push(
      `${file}: body: 第${fileLine(article, line)}行使用了一级标题，小标题请用 ## (use ## for section heads)`,
    );
  }
  for (const link of inspection.unsafeLinks) {
    problems.push(
      `${file}: body: 第${fileLine(article, link.line)}行的链接 "${link.url}" 不允许：只能链接 http、https、mailto 或本站路径 (link scheme not allowed)`,
    );
  }
  for (const image of inspection.images) {
    problems.push(
      `${file}: body: 第${fileLine(article, image.line)}行有图片 "${image.url}"：档案不收照片，只收图片说明；说明文字请写入 captions (pictures are not held)`,
    );
  }
  const hasText = inspection.blocks.some((block) => block.text.trim().length > 0);
  if (!hasText && !article.data.emptyBody) {
    problems.push(
      `${file}: body: 第${fileLine(article, 1)}行：正文为空；没有正文的条目（如只有照片和说明的图片新闻）须在 emptyBody 中写明原因 (empty body)`,
    );
  }
  if (hasText && article.data.emptyBody) {
    problems.push(
      `${file}: emptyBody: ${fieldLineOf(article, 'emptyBody')}正文并不为空，请删去 emptyBody (the body is not empty)`,
    );
  }
  const source = readSource(article.data.source);
  if (source === undefined) {
    problems.push(
      `${file}: source: ${fieldLineOf(article, 'source')}content/sources/${article.data.source}.txt 不存在`,
    );
  }
  const exact = /^(\d{4})-(\d{2})-(\d{2})$/.exec(article.data.date ?? '');
  // A draft is not published: its date is checked once it is (ingest gives the date the editor typed).
  if (source !== undefined && exact && !article.data.dateEvidence && !article.data.draft) {
    const [year, month, day] = exact.slice(1).map(Number) as [number, number, number];
    if (!printsDay(source, year, month, day)) {
      problems.push(
        `${file}: date: ${fieldLineOf(article, 'date')}日期 "${article.data.date}" 未印在原始版面 content/sources/${article.data.source}.txt 上；版面未印日期时，请只写能确定的年或年月，并在 dateEvidence 中写明依据 (an exact date must be printed on its page, or have its evidence in dateEvidence)`,
      );
    }
  }
  let folded: string | undefined;
  const articleText = () =>
    (folded ??= foldText(
      [
        article.data.kicker,
        article.data.title,
        article.data.subtitle,
        article.body,
        ...(article.data.captions ?? []).flatMap((c) => [c.text, c.credit]),
        ...(article.data.credits ?? []).flatMap((c) => [c.label, c.title, c.name]),
      ].join('\n'),
    ));
  const pageText =
    source === undefined || !article.data.corrections.length ? undefined : (page ?? SourceIndex.of(source)).flat;
  article.data.corrections.forEach((correction, index) => {
    // Spaces, line breaks and width are compared loosely: a correction may span a column break.
    if (pageText !== undefined && !pageText.includes(foldText(correction.original))) {
      const field = `corrections[${index}].original`;
      problems.push(`${file}: ${field}: ${fieldLineOf(article, field)}在原始版面中找不到 "${correction.original}"`);
    }
    if (correction.corrected && !articleText().includes(foldText(correction.corrected))) {
      const field = `corrections[${index}].corrected`;
      problems.push(`${file}: ${field}: ${fieldLineOf(article, field)}在文章中找不到 "${correction.corrected}"`);
    }
  });
  return problems;
}

interface Piece {
  field: string;
  text: string;
  boundary: Boundary;
  /** File line of the character at an index of `text`. */
  lineAt(index: number): number | undefined;
  /** A block of the body (paragraph, heading): its order on the page is checked. */
  block: boolean;
}

/** The text an article publishes, piece by piece, as the provenance check compares it. */
export function articlePieces(article: ArticleForChecks, inspection: MarkdownInspection): Piece[] {
  const d = article.data;
  // Field lines parse the frontmatter: only a message asks for one, so never up front.
  const field = (name: string, text: string | undefined, boundary: Boundary): Piece[] =>
    text ? [{ field: name, text, boundary, lineAt: () => article.facts?.fieldLines.get(name), block: false }] : [];
  const headline = (name: 'kicker' | 'title' | 'subtitle') =>
    article.headlineBefore?.[name] === d[name] ? [] : field(name, d[name], 'phrase');
  return [
    ...headline('kicker'),
    ...headline('title'),
    ...headline('subtitle'),
    ...inspection.blocks.map((block) => ({
      field: 'body',
      text: block.text,
      boundary: 'sentence' as const,
      lineAt: (index: number) => fileLine(article, block.lineAt(index)),
      block: true,
    })),
    ...(d.captions ?? []).flatMap((c, i) => [
      ...field(`captions[${i}].text`, c.text, 'phrase'),
      ...field(`captions[${i}].credit`, c.credit, 'phrase'),
    ]),
    ...(d.credits ?? []).flatMap((c, i) => [
      // A label printed around the name holds … where the name stands (本版图片由…提供): each part is printed.
      ...(c.label ?? '').split('…').flatMap((part) => field(`credits[${i}].label`, part.trim(), 'any')),
      ...field(`credits[${i}].title`, c.title, 'any'),
      ...field(`credits[${i}].name`, c.name, 'any'),
    ]),
  ];
}

/** Where a piece of text is printed: line number and column. */
type PrintedAt = { number: number; column: number };
const byPlace = (a: PrintedAt, b: PrintedAt) => a.number - b.number || a.column - b.column;

/**
 * Which paragraphs (by index) start before the one above them, each read at its earliest start
 * after the one above: no other choice would leave more room for the rest.
 */
function outOfOrder(readings: readonly (readonly PrintedAt[])[]): number[] {
  const late: number[] = [];
  let previous: PrintedAt | undefined;
  readings.forEach((starts, k) => {
    const next = starts.find((at) => !previous || byPlace(at, previous) > 0);
    if (!next) late.push(k);
    previous = next ?? starts[0];
  });
  return late;
}

const PROVENANCE_HINT =
  '；原文如此请照原始版面改回；确为更正请记入 corrections（original 照原始版面录入）；编者说明请写入 editorialNotes (not on the source page)';

/**
 * Every piece of the article's text must be printed on its source page (with its
 * corrections), and the body's paragraphs must follow the page's order unless the article
 * says `reordered: true` (with an editorial note saying why).
 */
export function provenanceProblems(
  article: ArticleForChecks,
  page: SourceIndex,
  inspection: MarkdownInspection = inspectMarkdown(article.body),
): string[] {
  const problems: string[] = [];
  const file = article.filePath;
  const index = page.withLines(correctedLines(page, article.data.corrections));
  /** The body's paragraphs found on the page, each with where it was found (within lines). */
  const paragraphs: { piece: Piece; text: string; starts: PrintedAt[] }[] = [];
  let orderKnown = true;
  for (const piece of articlePieces(article, inspection)) {
    const text = foldText(piece.text);
    if (!text) continue;
    const found = trace(text, index, piece.boundary);
    if (!found.ok) {
      if (piece.block) orderKnown = false;
      const why = explain(fold(piece.text), index, piece.boundary);
      const line = piece.lineAt(why.from);
      const at = line === undefined ? '' : `第${line}行：`;
      const shown = why.kind === 'join' ? excerpt(piece.text, why).replace('【】', '｜') : excerpt(piece.text, why);
      const words = piece.text.slice(why.from, why.to);
      const what = {
        words: `原始版面中没有“${words}”：${shown}`,
        join: `原始版面中这两处并不相连：${shown}`,
        start: `开头不在原始版面的${piece.boundary === 'sentence' ? '句首' : '词语边界'}：${shown}`,
        end: `结尾不在原始版面的${piece.boundary === 'sentence' ? '句末' : '词语边界'}：${shown}`,
      }[why.kind];
      problems.push(`${file}: ${piece.field}: ${at}${what}${PROVENANCE_HINT}`);
      continue;
    }
    if (piece.block) paragraphs.push({ piece, text, starts: found.starts });
  }
  // Read within lines first; only if that is out of order, across lines too (a stanza whose
  // words a headline or a paragraph also prints on one line, 不忘初心 牢记使命): the cost is paid
  // only then.
  let late = outOfOrder(paragraphs.map((p) => p.starts));
  if (late.length)
    late = outOfOrder(
      paragraphs.map(({ piece, text, starts }) =>
        [...starts, ...trace(text, index, piece.boundary, true).starts].sort(byPlace),
      ),
    );
  const inOrder = late.length === 0;
  if (!article.data.reordered)
    for (const k of late) {
      const { piece, starts } = paragraphs[k]!;
      problems.push(
        `${file}: body: 第${piece.lineAt(0)}行：此段在原始版面上排在前一段之前（原始版面第${starts[0]!.number}行）；` +
          '若是有意恢复次序，请设 reordered: true 并在 editorialNotes 中说明 (paragraph out of the printed order)',
      );
    }
  if (article.data.reordered && inOrder && orderKnown) {
    problems.push(
      `${file}: reordered: ${fieldLineOf(article, 'reordered')}正文段落与原始版面次序一致，请删去 reordered (nothing was reordered)`,
    );
  }
  return problems;
}

const PAGE_FIELDS = ['date', 'newspaper', 'page'] as const;

/**
 * Published stories of one printed page share its date, newspaper and page number: a
 * disagreement would put one page under two. Each is compared with the page's first story.
 */
export function pageDisagreements(articles: readonly ArticleForChecks[]): string[] {
  const bySource = new Map<string, ArticleForChecks[]>();
  for (const article of articles) {
    if (article.data.draft) continue;
    const list = bySource.get(article.data.source);
    if (list) list.push(article);
    else bySource.set(article.data.source, [article]);
  }
  const shown = (value: string | undefined) => (value === undefined ? '未填' : `"${value}"`);
  const problems: string[] = [];
  for (const [source, stories] of bySource) {
    const [first, ...rest] = [...stories].sort((a, b) => a.data.order - b.data.order);
    for (const story of rest) {
      for (const field of PAGE_FIELDS) {
        const value = story.data[field];
        const expected = first!.data[field];
        if (value === expected) continue;
        problems.push(
          `${story.filePath}: ${field}: ${fieldLineOf(story, field)}${shown(value)} 与同版面 ${source} 的 ${first!.filePath}（${shown(expected)}）不一致；同一版面的文章，日期、报纸、版次应相同 (stories of one page disagree)`,
        );
      }
    }
  }
  return problems;
}

/**
 * The body line (from 1) that holds the end of a printed line, where text cut after it would
 * have stood; the body's first line when the printed line is not the body's (a headline).
 */
function bodyLineAfter(body: string, printed: string): number {
  const tail = hanOnly(printed).slice(-WINDOW);
  if (!tail) return 1;
  const index = body.split('\n').findIndex((line) => hanOnly(line).includes(tail));
  return index < 0 ? 1 : index + 1;
}

/** What a page's lines left out come to: problems that fail the build, and notices it prints. */
export interface LeftOutReport {
  problems: string[];
  notices: string[];
}

/**
 * Lines of a page that none of its stories holds and no record explains (left-out-lines.ts),
 * told at the published story they follow, as a notice the build prints: they may be text cut
 * from the story, but also a story of the page not entered yet, whose lines a page set in
 * columns may interleave with the story's (seed page 003 does), which no rule tells apart.
 * Records of omitted lines that name lines the page does not have fail, at the record.
 */
export function leftOutProblems(
  text: string,
  stories: readonly ArticleForChecks[],
  onAttributed?: (lines: SourceLine[]) => void,
): LeftOutReport {
  // In the page's order, as its line-by-line view attributes it: a line two stories hold
  // equally goes to the earlier one, here and there alike.
  stories = [...stories].sort((a, b) => a.data.order - b.data.order);
  const source = stories[0]?.data.source;
  const texts = stories.map((story) => ({
    id: story.filePath,
    segments: storySegments({ ...story.data, body: story.body }),
  }));
  const lines = attributeLines(text, texts, { pageTexts: pageTextsOf(stories.map((s) => s.data)) });
  onAttributed?.(lines);
  const { leftOut, unheld, misplaced } = pageOmissions(
    lines,
    stories.map((story, i) => ({
      ...texts[i]!,
      draft: story.data.draft === true,
      omittedLines: story.data.omittedLines ?? [],
    })),
  );
  const byFile = new Map(stories.map((story) => [story.filePath, story]));
  const span = ({ from, to }: { from: number; to: number }) => (from === to ? `第${from}行` : `第${from}–${to}行`);
  const report: LeftOutReport = { problems: [], notices: [] };
  for (const run of leftOut) {
    const story = byFile.get(run.after)!;
    const line = story.facts ? `第${fileLine(story, bodyLineAfter(story.body, run.before))}行：` : '';
    const shown = [...run.text].length > 30 ? `${[...run.text].slice(0, 30).join('')}…` : run.text;
    const record = `若是有意不录（广告、转版提示、不收录的他篇），请在 omittedLines 中记下：- { lines: ${rangeText(run)}, reason: 不录的原因 }`;
    const where = `原始版面 content/sources/${source}.txt ${span(run)}（"${shown}"）`;
    const place = run.within ? '夹在本篇的文字中间' : '在本篇之后';
    report.notices.push(
      `${story.filePath}: body: ${line}${where}${place}，不在本版任何一篇文章中，也不是版面杂项：若是本篇删去的文字，请补回；若是本版尚未录入的文章（分栏排版时可与本篇穿插），录入后此提示即消失；${record} (page lines in no story)`,
    );
  }
  for (const { story: file, holders } of unheld) {
    const story = byFile.get(file)!;
    const first = story.body.split('\n').findIndex((text) => text.trim() !== '') + 1;
    const line = story.facts ? `第${fileLine(story, Math.max(first, 1))}行：` : '';
    const others = holders.length ? holders.join('、') : '本版其他文章';
    report.problems.push(
      `${file}: body: ${line}原始版面 content/sources/${source}.txt 上没有一行文字归于本篇：它的文字已在 ${others} 中，同一篇录入了两次，或一篇的一部分又另录成一篇；请删去重复的文章或段落 (story printed twice)`,
    );
  }
  for (const { story: file, index, problem } of misplaced) {
    const story = byFile.get(file)!;
    const field = `omittedLines[${index}].lines`;
    const what =
      problem.kind === 'unreadable'
        ? '行号范围应从小到大，如 "57-60"'
        : `content/sources/${source}.txt 只有 ${problem.lineCount} 行`;
    report.problems.push(`${file}: ${field}: ${fieldLineOf(story, field)}${what} (no such lines on the page)`);
  }
  return report;
}

/** One printed page's checks, as the loader hands them out (runPageChecks in check-workers.ts). */
export interface PageCheckJob {
  source: string;
  /** The page's text; undefined when there is none (articleProblems names it). */
  text: string | undefined;
  /** Its stories, in the page's order. */
  articles: ArticleForChecks[];
  /** Each story's check key (check-cache.ts). */
  keys: string[];
  /** The stories to check (their places in `articles`): those whose checks have not passed as they are. */
  stale: number[];
  /** The key of the page's lines as a whole, and whether they are to be checked. */
  pageKey: string;
  lines: boolean;
}

export interface PageCheckResult {
  problems: string[];
  notices: string[];
  /** Keys of the checks that passed. */
  passed: string[];
  /** The page's attribution, when its lines were checked, compacted (source-lines.ts). */
  attribution?: CompactLines;
}

/** A page's checks: its stale stories' text against it, then its lines as a whole. It reads no file: the job holds the page. */
export function checkPage(job: PageCheckJob): PageCheckResult {
  const result: PageCheckResult = { problems: [], notices: [], passed: [] };
  const page = job.stale.length && job.text !== undefined ? SourceIndex.of(job.text) : undefined;
  for (const i of job.stale) {
    const article = job.articles[i]!;
    const inspection = inspectMarkdown(article.body);
    const found = articleProblems(article, () => job.text, inspection, page);
    if (page && !article.data.draft) appendAll(found, provenanceProblems(article, page, inspection));
    if (found.length) appendAll(result.problems, found);
    else result.passed.push(job.keys[i]!);
  }
  if (job.lines && job.text !== undefined) {
    const index = new Map(job.articles.map((a, i) => [a.filePath, i]));
    const found = leftOutProblems(job.text, job.articles, (lines) => {
      result.attribution = lines.map((line) =>
        line.kind === 'article' ? index.get(line.article)! : compactLine(line),
      );
    });
    appendAll(result.problems, found.problems);
    appendAll(result.notices, found.notices);
    if (found.problems.length === 0 && found.notices.length === 0) result.passed.push(job.pageKey);
  }
  return result;
}

/** Stories of one page must have distinct positions. */
export function duplicatePositions(articles: ArticleForChecks[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const article of articles) {
    const key = `${article.data.source}#${article.data.order}`;
    const first = seen.get(key);
    if (first)
      problems.push(
        `${article.filePath}: order: ${fieldLineOf(article, 'order')}与 ${first} 在同一版面 ${article.data.source} 上位置相同 (${article.data.order})`,
      );
    else seen.set(key, article.filePath);
  }
  return problems;
}

/** An article's id, from its file's name (checked with the other files first: articleIdFromPath). */
const idOfFile = (filePath: string) => path.basename(filePath).replace(/\.md$/, '');

/**
 * Gives each published article whose story began on another page the headline of the part
 * before it (headlineBefore): the next part may print none of its own.
 */
export function linkHeadlinesBefore(articles: readonly ArticleForChecks[]): void {
  const parts = articles
    .filter((article) => !article.data.draft)
    .map((article) => ({ id: idOfFile(article.filePath), article }));
  const continuation = continuationsOf(parts, (part) => part.article.data.continuedIn);
  for (const { id, article } of parts) {
    const before = continuation(id).from?.article.data;
    article.headlineBefore = before && { kicker: before.kicker, title: before.title, subtitle: before.subtitle };
  }
}

/** Where a story goes on on another page, it goes on in a published article of the same issue. */
export function continuedInProblems(articles: readonly ArticleForChecks[]): string[] {
  return continuationProblems(articles, (article) => ({
    id: idOfFile(article.filePath),
    continuedIn: article.data.continuedIn,
    source: article.data.source,
    date: String(article.data.date),
    newspaper: article.data.newspaper,
    draft: article.data.draft,
  })).map(({ article, reason }) => `${article.filePath}: continuedIn: ${fieldLineOf(article, 'continuedIn')}${reason}`);
}

/**
 * The text of a raw page, or undefined when there is none. Only a regular file inside
 * content/sources/ is read (never a symlink), and only UTF-8 (a leading BOM is dropped here;
 * the published .txt keeps the bytes as received).
 */
export function readSourceText(id: string, root = contentRoot()): string | undefined {
  const file = path.join(contentPath('sources', root), `${id}.txt`);
  const display = path.relative(process.cwd(), file);
  let stat;
  try {
    stat = lstatSync(file);
  } catch {
    return undefined;
  }
  if (!stat.isFile()) throw new ContentError(display, 'file', '不是普通文件（不接受符号链接）(not a regular file)');
  return decodeContentFile(new Uint8Array(readFileSync(file)), display).text;
}

/** In the collection's meta store: what the schema was, for the entries Astro kept. */
const SCHEMA_VERSION = 'schema-version';

/** In Astro's cache folder: see lib/check-cache.ts. */
const CHECK_CACHE_FILE = 'content-checks.json';

const failure = (problems: string[]) => new Error(`内容检查未通过 (content check failed):\n${problems.join('\n')}`);

/** One article as the loader read it: its body stays here, out of Astro's content store. */
interface LoadedArticle {
  id: string;
  /** Absolute. */
  file: string;
  body: string;
}

/**
 * Puts each article file's frontmatter, checked by the schema, into Astro's content store.
 * Astro's own glob loader also keeps every body and renders it to HTML while loading: at
 * 100,000 articles that is half a gigabyte of store, which Astro bundles whole into the build,
 * and a second render of every article. Pages read a body from its file when they show it
 * (src/data/article-body.ts). The files come as the inspection read them, each read once; an
 * unchanged file (same digest) keeps its entry, its frontmatter not parsed again, as with glob.
 */
function articleStore(context: LoaderContext, recheckAll: boolean) {
  const root = fileURLToPath(context.config.root);
  // Entries name their file relative to the project root, and pages read bodies from there.
  if (path.resolve(root) !== process.cwd())
    throw new Error(`请在项目根目录运行 (run from the project root): ${root}, not ${process.cwd()}`);
  const loaded: LoadedArticle[] = [];
  const relativePaths: string[] = [];
  const problems: string[] = [];
  /** New and changed files, kept until stored: parsing is asynchronous, the inspection is not. */
  const changed: { id: string; file: string; contents: string; digest: string }[] = [];
  return {
    loaded,
    relativePaths,
    problems,
    add(file: string, relative: string, contents: string) {
      let id: string;
      try {
        id = articleIdFromPath(relative, path.relative(process.cwd(), file));
      } catch (error) {
        problems.push((error as Error).message);
        return;
      }
      relativePaths.push(relative);
      const digest = context.generateDigest(contents);
      if (recheckAll || !keepsEntry(context, id, digest)) changed.push({ id, file, contents, digest });
      loaded.push({ id, file, body: articleFileBody(contents) });
    },
    /**
     * Stores the new and changed files, and drops the entries of files gone. A file the schema
     * refuses is not stored: every such file is returned, so that one build names them all.
     */
    async finish(): Promise<{ loaded: LoadedArticle[]; refused: RefusedArticle[] }> {
      const refused: RefusedArticle[] = [];
      for (const { id, file, contents, digest } of changed.splice(0)) {
        let data: Record<string, unknown>;
        try {
          data = splitArticleFile(contents).data;
        } catch (error) {
          refused.push({ id, file, contents, error });
          continue;
        }
        try {
          await storeArticle(context, root, { id, file, data, digest });
        } catch (error) {
          context.store.delete(id);
          refused.push({ id, file, contents, data, error });
        }
      }
      const untouched = new Set(context.store.keys());
      for (const { id } of loaded) untouched.delete(id);
      for (const id of untouched) context.store.delete(id);
      const refusedIds = new Set(refused.map(({ id }) => id));
      return { loaded: loaded.filter(({ id }) => !refusedIds.has(id)), refused };
    },
  };
}

/** An article file the schema refused (`data`), or whose frontmatter could not be parsed. */
interface RefusedArticle {
  id: string;
  file: string;
  contents: string;
  data?: Record<string, unknown>;
  error: unknown;
}

/**
 * What is wrong with a refused file, each message with its field and line. Astro's error
 * names the first field only, without its line: the schema is applied again for every issue.
 */
async function refusalProblems(
  { file, contents, data, error }: RefusedArticle,
  schema: z.ZodType,
  facts: ArticleFileFacts | undefined,
): Promise<string[]> {
  const shown = path.relative(process.cwd(), file);
  if (data === undefined) {
    // The YAML parser gives a line of the frontmatter but no field: the inspection names it.
    const { problems } = inspectArticleText(contents.replace(/^\ufeff/, ''), shown, path.basename(path.dirname(file)));
    if (problems.length) return problems;
    return [
      parserErrorProblem(contents.replace(/^\ufeff/, ''), shown, error) ??
        `${shown}: frontmatter: ${(error as Error).message}`,
    ];
  }
  const result = await schema.safeParseAsync(data, { reportInput: true });
  if (result.success) return [`${shown}: ${(error as Error).message}`];
  return schemaProblems(shown, result.error.issues, facts?.fieldLines ?? new Map(), facts?.frontmatterLine);
}

/** What is wrong with a file saved under `astro dev`, worded as the build words it. */
async function savedFileProblems(file: string, error: unknown, schema: z.ZodType): Promise<string[]> {
  let contents: string;
  try {
    contents = readFileSync(file, 'utf8');
  } catch {
    return [`${path.relative(process.cwd(), file)}: ${(error as Error).message}`];
  }
  let data: Record<string, unknown> | undefined;
  try {
    data = splitArticleFile(contents).data;
  } catch {
    data = undefined;
  }
  const { facts } = inspectArticleText(contents.replace(/^\ufeff/, ''), file, undefined, { yaml: false });
  return refusalProblems({ id: '', file, contents, ...(data && { data }), error }, schema, facts);
}

/** An entry this loader wrote for these very contents; one written by another loader (with its body or HTML) is replaced. */
function keepsEntry(context: LoaderContext, id: string, digest: string): boolean {
  const existing = context.store.get(id);
  return existing?.digest === digest && existing.body === undefined && existing.rendered === undefined;
}

async function storeArticle(
  context: LoaderContext,
  root: string,
  { id, file, data, digest }: { id: string; file: string; data: Record<string, unknown>; digest: string },
  stillThere: () => boolean = () => true,
) {
  const parsed = await context.parseData({ id, data, filePath: file });
  // A file removed while it was parsed has had its entry dropped: it must not come back.
  if (!stillThere()) return;
  context.store.delete(id);
  context.store.set({ id, data: parsed, filePath: path.relative(root, file).split(path.sep).join('/'), digest });
}

/** Reads one file into the store (dev's watcher): the whole load goes through articleStore. */
async function syncArticleFile(context: LoaderContext, root: string, file: string, id: string) {
  const contents = readFileSync(file, 'utf8');
  const digest = context.generateDigest(contents);
  if (!keepsEntry(context, id, digest))
    await storeArticle(context, root, { id, file, data: splitArticleFile(contents).data, digest }, () =>
      existsSync(file),
    );
  return { id };
}

/** In dev, an edited, added or removed article file updates its entry, as the glob loader does. */
export function watchArticleFiles(context: LoaderContext, dir: string, schema: z.ZodType) {
  const { watcher } = context;
  if (!watcher) return;
  watcher.add(dir);
  const root = fileURLToPath(context.config.root);
  const isArticle = (file: string) => file.endsWith('.md') && !path.relative(dir, file).startsWith('..');
  const ids = new Map<string, string>();
  const forget = (file: string) => {
    const id = ids.get(file) ?? path.basename(file, '.md');
    context.store.delete(id);
    ids.delete(file);
    context.logger.info(`removed ${path.relative(root, file)}`);
  };
  const reload = async (file: string, attempt = 0): Promise<void> => {
    if (!isArticle(file)) return;
    // Gone by the time its change is read: removed, whether or not its removal is reported too.
    if (!existsSync(file)) return forget(file);
    try {
      const id = articleIdFromPath(path.relative(dir, file));
      const previous = ids.get(file);
      if (previous && previous !== id) context.store.delete(previous);
      ids.set(file, (await syncArticleFile(context, root, file, id)).id);
      context.logger.info(`reloaded ${path.relative(root, file)}`);
    } catch (error) {
      // An editor's save may be seen half written (emptied, not yet filled): read it again shortly.
      if (attempt < 5) setTimeout(() => void reload(file, attempt + 1), 200);
      else context.logger.error((await savedFileProblems(file, error, schema)).join('\n'));
    }
  };
  watcher.on('change', (file) => void reload(file));
  watcher.on('add', (file) => void reload(file));
  watcher.on('unlink', (file) => {
    if (isArticle(file)) forget(file);
  });
}

/**
 * The articles' loader: refuses what would be silently skipped or misread (other files, other
 * encodings, changed or unpinned sources, duplicate ids) before loading, and checks every
 * article after, page by page. `schemaReads` is what the schema reads besides a file (the ids
 * of the data files): when it changes, every file is checked by the schema again, not only the
 * changed ones.
 */
export function checkedArticleLoader(schema: z.ZodType, schemaReads: unknown): Loader {
  return {
    name: 'checked-articles',
    async load(context: LoaderContext) {
      const started = performance.now();
      const dir = contentPath('articles');
      const root = fileURLToPath(context.config.root);
      // Astro keeps an unchanged file's entry while its content config's own text is unchanged;
      // the schema also reads the modules that file imports and the data files' ids.
      const schemaVersion = digestOf([
        checkerVersion(
          [...importClosure(root, 'src/content.config.ts'), 'package-lock.json'].map((file) => path.join(root, file)),
          [],
        ),
        JSON.stringify(schemaReads),
      ]);
      const store = articleStore(context, context.meta.get(SCHEMA_VERSION) !== schemaVersion);
      // The frontmatter is parsed while storing; it is parsed here too only when that fails.
      const files = inspectArticleFiles(dir, undefined, { yaml: false, onArticle: store.add });
      const early = [
        ...files.problems,
        ...store.problems,
        ...checkSources(contentPath('sources'), contentPath('pins')),
        ...findDuplicateIds(store.relativePaths, (relative) => path.relative(process.cwd(), path.join(dir, relative))),
      ];
      const filesChecked = performance.now();
      const { loaded: loadedArticles, refused } = await store.finish();
      const problems: string[] = [];
      for (const article of refused)
        appendAll(problems, await refusalProblems(article, schema, files.facts.get(article.file)));
      // A problem with the files as files (a name, a duplicate, a changed source) is told with the
      // schema's, before any text is compared; otherwise every refusal is told with the text checks'.
      if (early.length) throw failure([...early, ...problems]);
      watchArticleFiles(context, dir, schema);
      const loaded = performance.now();
      const entries: ArticleForChecks[] = loadedArticles.map(({ id, file, body }) => ({
        filePath: path.relative(process.cwd(), file).split(path.sep).join('/'),
        body,
        data: context.store.get(id)!.data as ArticleForChecks['data'],
        facts: files.facts.get(file),
      }));
      linkHeadlinesBefore(entries);
      /** Each article's id and file digest as stored, by its path as the checks name it. */
      const stored = new Map(
        loadedArticles.map(({ id, file }) => [
          path.relative(process.cwd(), file).split(path.sep).join('/'),
          { id, digest: String(context.store.get(id)!.digest) },
        ]),
      );
      // Page by page: each page is read and indexed once, and only while its stories are checked.
      const bySource = new Map<string, ArticleForChecks[]>();
      for (const entry of entries) {
        const list = bySource.get(entry.data.source);
        if (list) list.push(entry);
        else bySource.set(entry.data.source, [entry]);
      }
      const version = checkerVersion(
        [path.join(root, 'src/content.config.ts'), path.join(root, 'package-lock.json')],
        [path.join(root, 'src/lib')],
      );
      const passed = loadPassedChecks(fileURLToPath(new URL(CHECK_CACHE_FILE, context.config.cacheDir)));
      let rechecked = 0;
      const notices: string[] = [];
      // What each page needs checked: its stories that have not passed as they are, and its
      // lines as a whole (any change to one of its stories checks them again; a page with
      // notices is checked on every build, so that they are printed on every build).
      const jobs: PageCheckJob[] = [];
      for (const [source, articles] of bySource) {
        // In the page's order, as the page build has them (the attribution shelf).
        articles.sort((a, b) => a.data.order - b.data.order);
        const text = readSourceText(source);
        const sourceDigest = sourcePageDigest(text);
        const keys = articles.map((article) => articleCheckKey(version, article, sourceDigest));
        const stale = keys.flatMap((key, i) => (passed.has(key) ? (passed.add(key), []) : [i]));
        const pageKey = digestOf(['left out', ...[...keys].sort()]);
        if (passed.has(pageKey)) passed.add(pageKey);
        const lines = !passed.has(pageKey) && text !== undefined;
        if (stale.length || lines) jobs.push({ source, text, articles, keys, stale, pageKey, lines });
        rechecked += stale.length;
      }
      const { results, threads } = await runPageChecks(jobs, checkPage, path.join(root, 'src/lib/check-worker.ts'));
      results.forEach((result, j) => {
        const { source, articles } = jobs[j]!;
        appendAll(problems, result.problems);
        appendAll(notices, result.notices);
        for (const key of result.passed) passed.add(key);
        // The page build takes the page's attribution from here rather than computing it again.
        if (result.attribution)
          attributionShelf.put(source, {
            stories: articles.map((a) => stored.get(a.filePath)!),
            compact: result.attribution,
          });
      });
      for (const entry of entries) {
        const folder = entry.filePath.split('/').at(-2);
        const date = (entry.data as { date?: unknown }).date;
        const problem =
          folder && yearFolderProblem(entry.filePath, date, folder, () => entry.facts?.fieldLines.get('date'));
        if (problem) problems.push(problem);
      }
      appendAll(problems, duplicatePositions(entries));
      appendAll(problems, pageDisagreements(entries));
      appendAll(problems, continuedInProblems(entries));
      for (const notice of notices) context.logger.warn(notice);
      if (problems.length) throw failure(problems);
      passed.save();
      context.meta.set(SCHEMA_VERSION, schemaVersion);
      // The checks' own cost, apart from Astro's loading between them: editors and benchmarks see it.
      const seconds = (ms: number) => (ms / 1000).toFixed(1);
      context.logger.info(
        `checked ${entries.length} articles: files and sources ${seconds(filesChecked - started)} s, text against the pages ${seconds(performance.now() - loaded)} s (${rechecked} compared, ${entries.length - rechecked} unchanged since they last passed; ${threads} thread(s))`,
      );
    },
  };
}
