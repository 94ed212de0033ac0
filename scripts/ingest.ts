/**
 * Ingest an OCR'd newspaper page:
 *   npm run ingest -- <page.txt> --paper <id|unprinted> --date <date> [--page <版次>] [--zone <id>]
 *
 * Copies the page byte for byte into content/sources/, pins its SHA-256 in
 * content/sources.sha256, splits it into stories and writes one draft article per story
 * (draft: true, so the site leaves it out until an editor publishes it), then prints a report:
 * stories, every dropped line in full, suspicious spots, files. Nothing is written when
 * anything is wrong, and no existing file is ever overwritten (the pins file gains a line).
 * A run is all or nothing, and one at a time (src/lib/ingest/transaction.ts): a run killed
 * half-way is finished or undone by the next run (`npm run ingest -- --resume` does only that),
 * and the build refuses to run until it is.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentPath, contentRoot } from '../src/lib/content-paths.ts';
import { inspectArticleText } from '../src/lib/article-files.ts';
import { archiveDateProblem } from '../src/lib/dates.ts';
import { decodePage, IngestError } from '../src/lib/ingest/decode.ts';
import { draftSlug, renderDraft } from '../src/lib/ingest/draft.ts';
import { articleSchema } from '../src/content.config.ts';
import { drafted, splitPage } from '../src/lib/ingest/split.ts';
import { readIssue, type Issue } from '../src/lib/ingest/issue-pages.ts';
import { linkPages, pageJumps, type PageLinks, type PartLink } from '../src/lib/ingest/page-links.ts';
import { printedPageKey } from '../src/lib/jump-marks.ts';
import { splitLines } from '../src/lib/source-lines.ts';
import { suggest, unknownZones, type Named } from '../src/lib/ingest/suggest.ts';
import { terminalSafe } from '../src/lib/ingest/terminal.ts';
import { commandLineOrExit } from './command-line.ts';
import { acquireLock, applyStaged, recover, stage, type Recovery } from '../src/lib/ingest/transaction.ts';
import { addPin, parsePins, PINS_HEADER, sha256 } from '../src/lib/source-pins.ts';

const UNPRINTED = 'unprinted';

/**
 * The largest page accepted. A broadsheet page of small type holds about 15,000 characters,
 * 45 KB of UTF-8 (the seed pages are 13–17 KB); 1 MB is twenty such pages, so a larger file is
 * a whole issue, a PDF dump or the wrong file, and splitting it would make hundreds of drafts
 * from text no one has looked at. Above a tenth of it the report warns.
 */
export const MAX_PAGE_BYTES = 1024 * 1024;
const WARN_PAGE_BYTES = MAX_PAGE_BYTES / 10;

/** The text a page holds, whatever its line ends or byte-order mark: two copies of one page match. */
export function pageKey(bytes: Uint8Array): string {
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  return sha256(
    new TextEncoder().encode(
      text
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t\u3000]+$/gm, '')
        .replace(/\n+$/, ''),
    ),
  );
}

interface Plan {
  root: string;
  source: { file: string; bytes: Uint8Array };
  /** content/sources.sha256 with the new page's line added. */
  pins: { file: string; text: string };
  drafts: { file: string; text: string }[];
  report: string[];
}

function readNamed(file: string): Named[] {
  return parse(readFileSync(file, 'utf8')) as Named[];
}

export function planIngest(
  args: {
    page: string;
    paper?: string | undefined;
    date?: string | undefined;
    printedPage?: string | undefined;
    zone?: string | undefined;
  },
  root = contentRoot(),
): Plan {
  const file = args.page;
  if (!file) throw new IngestError('(命令行)', 'page', '请给出要导入的版面文件 (missing <page.txt>)');
  if (!existsSync(file)) throw new IngestError(file, 'file', '文件不存在 (no such file)');
  const stat = statSync(file);
  if (stat.isDirectory())
    throw new IngestError(file, 'file', '是一个文件夹，不是版面文件；请给出一个 .txt 文件 (a directory, not a page)');
  if (!stat.isFile()) throw new IngestError(file, 'file', '不是普通文件 (not a regular file)');
  if (stat.size > MAX_PAGE_BYTES)
    throw new IngestError(
      file,
      'file',
      `有 ${(stat.size / 1024 / 1024).toFixed(1)} MB，超过一个版面的上限 ${MAX_PAGE_BYTES / 1024 / 1024} MB（一整版约 45 KB）；请按版面拆开后逐版导入 (larger than one page can be)`,
    );
  const bytes = new Uint8Array(readFileSync(file));
  const { text } = decodePage(bytes, file);

  const papers = readNamed(contentPath('newspapers', root));
  const zones = readNamed(contentPath('zones', root));
  if (!args.paper)
    throw new IngestError(
      file,
      '--paper',
      `请给出报纸 id，或 ${UNPRINTED}（报名未印）；可用：${papers.map((p) => p.id).join(', ')}`,
    );
  if (args.paper !== UNPRINTED && !papers.some((p) => p.id === args.paper)) {
    throw new IngestError(
      file,
      '--paper',
      `未知的报纸 "${args.paper}"；可用：${[...papers.map((p) => p.id), UNPRINTED].join(', ')}`,
    );
  }
  if (!args.date) throw new IngestError(file, '--date', '请给出日期：YYYY-MM-DD（版面所印），或估计的 YYYY-MM / YYYY');
  const dateProblem = archiveDateProblem(args.date);
  if (dateProblem) throw new IngestError(file, '--date', dateProblem);
  if (args.zone && !zones.some((z) => z.id === args.zone))
    throw new IngestError(file, '--zone', `未知的园区 "${args.zone}"；可用：${zones.map((z) => z.id).join(', ')}`);
  if (args.printedPage !== undefined && !/^[A-Za-z0-9-]{1,8}$/.test(args.printedPage))
    throw new IngestError(
      file,
      '--page',
      `版次 "${args.printedPage}" 不能用：版次成为来源名的一部分，只能用字母、数字和 -，如 9、A3、09（"第九版"写作 9）`,
    );

  // The same page twice is refused, whatever its file name: pinned pages by their pins, any
  // other file in the folder by its bytes.
  const sourcesDir = contentPath('sources', root);
  const pinsFile = contentPath('pins', root);
  const pinsText = existsSync(pinsFile) ? readFileSync(pinsFile, 'utf8') : `${PINS_HEADER}\n`;
  const pins = parsePins(pinsText, pinsFile);
  if (pins.problems.length) throw new IngestError(pinsFile, 'pins', pins.problems.join('; '));
  const hash = sha256(bytes);
  // Compared by text, not bytes: the same page saved with CRLF line ends or a BOM is the same page.
  const key = pageKey(bytes);
  for (const existing of existsSync(sourcesDir) ? readdirSync(sourcesDir).sort() : []) {
    const other = path.join(sourcesDir, existing);
    if (statSync(other).isFile() && pageKey(readFileSync(other)) === key)
      throw new IngestError(
        file,
        'file',
        `此版面已导入：内容与 content/sources/${existing} 相同（不计换行符和 BOM）(already ingested)`,
      );
  }
  const split = splitPage(text);
  // The 版次 the page prints stands in for --page when none is given; given, --page wins.
  const printedOnPage = /^[A-Z]?\d{1,3}$/u.test(split.pageNumber ?? '') ? split.pageNumber : undefined;
  const printedPage = args.printedPage ?? printedOnPage;
  const base = [args.paper, args.date, printedPage && `p${printedPage}`].filter(Boolean).join('-');
  let sourceId = base;
  for (let n = 2; existsSync(path.join(sourcesDir, `${sourceId}.txt`)); n++) sourceId = `${base}-${n}`;
  // The schema decides what a source id may be; a draft that breaks it would break every build.
  const sourceCheck = articleSchema.shape.source.safeParse(sourceId);
  if (!sourceCheck.success)
    throw new IngestError(
      file,
      '--paper/--date/--page',
      `来源名 "${sourceId}" 不合格式：${sourceCheck.error.issues[0]?.message}`,
    );

  const stories = split.stories.filter(drafted);
  if (stories.length === 0) throw new IngestError(file, 'stories', '版面上没有找到文章正文 (no story found)');
  // Lines of a story with no text of its own are reported rather than lost.
  const orphanLines = split.stories.filter((s) => !stories.includes(s)).flatMap((s) => s.lines);

  const paper = papers.find((p) => p.id === args.paper);
  const printed =
    !!paper && [paper.name, ...(paper.aliases ?? [])].some((name) => name.length >= 4 && text.includes(name));
  const articlesDir = path.join(contentPath('articles', root), args.date.slice(0, 4));
  const campaigns = readNamed(contentPath('campaigns', root));
  const topics = readNamed(contentPath('topics', root));
  const draftIds = stories.map((_, index) => draftSlug(sourceId, index + 1));
  // A story the page carries on from, or on to, another page of the issue already in the archive.
  const issue = readIssue(root, paper?.id, args.date);
  const ownerOf = new Map(stories.flatMap((story, index) => story.lines.map((line) => [line, draftIds[index]!])));
  const links = linkPages(
    { source: sourceId, page: printedPage, jumps: pageJumps(splitLines(text), (line) => ownerOf.get(line)) },
    issue.pages,
    issue.named,
    issue.naming,
  );
  const partOf = (id: string) => issue.parts.get(id)!;
  const drafts = stories.map((story, index) => {
    const storyText = [
      story.headline?.kicker,
      story.headline?.title,
      story.headline?.subtitle,
      ...story.paragraphs,
    ].join('\n');
    const draftFile = path.join(articlesDir, `${draftIds[index]}.md`);
    const goesOn = links.goesOnIn.find((link) => link.draft === draftIds[index]);
    const restOf = links.restOf.find((link) => link.draft === draftIds[index]);
    if (existsSync(draftFile)) throw new IngestError(file, 'drafts', `${draftFile} 已存在，不会覆盖 (exists)`);
    return {
      file: draftFile,
      text: renderDraft(story, {
        source: sourceId,
        order: index + 1,
        date: args.date!,
        newspaper: paper?.id,
        newspaperPrinted: printed,
        page: printedPage,
        zone: args.zone,
        zones: suggest(storyText, zones),
        campaigns: suggest(storyText, campaigns),
        topics: suggest(storyText, topics),
        banner: split.banner,
        pageName: split.pageName,
        unknownZones: unknownZones(storyText, zones),
        goesOnIn: goesOn && { id: goesOn.other, page: goesOn.otherPage.page!, mark: goesOn.mark },
        restOf: restOf && {
          id: restOf.other,
          page: restOf.otherPage.page!,
          mark: restOf.mark,
          headline: partOf(restOf.other).article.data,
        },
      }),
    };
  });

  // A draft the build would refuse as a file (a paragraph over the length a line may have, say)
  // is not written: the editor could not open it on the review screen either.
  const refused = drafts.flatMap(
    (draft) => inspectArticleText(draft.text, draft.file, args.date!.slice(0, 4)).problems,
  );
  if (refused.length)
    throw new IngestError(
      file,
      'drafts',
      `草稿未能通过文件检查，未写入任何文件；请先在原始版面中修正（如把过长的段落分行）再导入：${refused.join('；')} (draft would not build)`,
    );

  const report: string[] = [];
  report.push(`版面 ${file} → content/sources/${sourceId}.txt（${bytes.length} 字节，原样保存）`);
  if (bytes.length > WARN_PAGE_BYTES)
    report.push(`注意：这个版面有 ${Math.round(bytes.length / 1024)} KB，一整版通常不到 50 KB；请确认它只是一个版面。`);
  report.push(`sha256 ${hash} 已登记在 content/sources.sha256`);
  if (printedOnPage && !args.printedPage) report.push(`版次 ${printedOnPage}：版面所印（未给 --page）`);
  if (printedOnPage && args.printedPage && printedPageKey(args.printedPage) !== printedOnPage)
    report.push(`注意：--page ${args.printedPage} 与版面所印的版次 ${printedOnPage} 不同；已按 --page 写入，请核对。`);
  report.push('', `识别出 ${stories.length} 篇文章：`);
  stories.forEach((story, index) => {
    const han = story.paragraphs.join('').match(/\p{Script=Han}/gu)?.length ?? 0;
    // A stanza's lines, a slash apart on the report's one line.
    const first = (
      story.paragraphs.find((p) => !p.startsWith('## ')) ?? `图片说明：${story.captions[0]?.text ?? ''}`
    ).replaceAll('\n', ' / ');
    report.push(
      `  ${index + 1}. 第${story.firstLine}行起 「${story.headline?.title ?? '（未识别标题）'}」 ${han} 字：${[...first].slice(0, 30).join('')}…`,
    );
  });
  report.push('', `作为版面信息略去的行（${split.dropped.length + orphanLines.length}）：`);
  for (const line of split.dropped) report.push(`  第${line.line}行 [${line.rule}] ${line.text}`);
  for (const number of orphanLines)
    report.push(`  第${number}行 [无正文的标题] ${text.split(/\r\n|\n|\r/)[number - 1]}`);
  // In the page's text, not its furniture (a 社址 line names the city's 高新区 too).
  const droppedLines = new Set(split.dropped.map((d) => d.line));
  const missingZones = unknownZones(
    text
      .split(/\r\n|\n|\r/)
      .filter((_, i) => !droppedLines.has(i + 1))
      .join('\n'),
    zones,
  );
  if (missingZones.length)
    report.push(
      '',
      `版面提到、content/zones.yaml 中没有的园区（${missingZones.length}）：${missingZones.join('、')}`,
      '  如需收录，在 content/zones.yaml 加一条（id、name 照印出的名称、fullName、kind、province、city、aliases、accent、description），再用 --zone 或在草稿里填 zone/relatedZones。',
    );
  // The rest of a story that took its beginning's headline lacks none.
  const titled = new Set(
    stories
      .filter((story, i) => !story.headline && links.restOf.some((l) => l.draft === draftIds[i]))
      .map((s) => s.firstLine),
  );
  const suspicions = split.suspicions.filter((s) => !(s.kind === 'no-headline' && titled.has(s.line)));
  report.push('', `可疑之处（${suspicions.length}）：`);
  const kinds: Record<string, string> = {
    'column-join': '跨栏接续，请核对断词',
    'repeated-phrase': '重复短语',
    'unusual-character': '非常见字符',
    'short-story': '篇幅很短',
    'no-headline': '无标题',
    continued: '转版，稿件不全',
    'byline-rest': '署名未读全',
  };
  for (const s of suspicions) report.push(`  第${s.line}行 [${kinds[s.kind]}] ${s.detail}`);
  report.push(
    ...linkReport(
      links,
      issue,
      draftIds,
      printedPage,
      suspicions.some((s) => s.kind === 'continued'),
    ),
  );
  report.push(
    '',
    '写入的草稿（draft: true，核对后删去该行即发布）：',
    ...drafts.map((d) => `  ${path.relative(process.cwd(), d.file)}`),
  );
  return {
    root,
    source: { file: path.join(sourcesDir, `${sourceId}.txt`), bytes },
    pins: { file: pinsFile, text: addPin(pinsText, `${sourceId}.txt`, hash) },
    drafts,
    report,
  };
}

/**
 * What ingest linked across pages, and what is left to the editor: the beginning's file names
 * its rest in continuedIn (ingest writes no existing file), and a rest ingested before its
 * beginning takes the beginning's headline.
 */
function linkReport(
  links: PageLinks,
  issue: Issue,
  draftIds: string[],
  printedPage: string | undefined,
  hasJumps: boolean,
): string[] {
  const nth = (draft: string) => `第${draftIds.indexOf(draft) + 1}篇`;
  const part = ({ other, otherPage }: PartLink) => {
    const { file, article } = issue.parts.get(other)!;
    return {
      file,
      where: `第${otherPage.page}版「${article.data.title}」（${other}，${file}）`,
      title: article.data.title,
    };
  };
  const lines = [
    ...links.goesOnIn.map((link) => {
      const other = part(link);
      const untitled = /待定/u.test(other.title) ? `；那篇未印标题：在 ${other.file} 里把标题照本篇所印填写` : '';
      return `  ${nth(link.draft)}${link.mark}续完于${other.where}：已在草稿中写 continuedIn: ${link.other}${untitled}`;
    }),
    ...links.restOf.map((link) => {
      const other = part(link);
      return `  ${nth(link.draft)}${link.mark}是${other.where}的续文：草稿已照那篇填写标题；在 ${other.file} 里加一行 continuedIn: ${link.draft}，两篇即互相链接`;
    }),
    ...links.unsure.map(
      (u) =>
        `  ${nth(u.draft)}${u.mark}：可接的稿件不止一篇（${u.candidates.join('、')}），未链接；核对版面后在 continuedIn 里写明`,
    ),
  ];
  if (!lines.length && hasJumps && printedPage === undefined)
    lines.push('  本版有转版提示，但未给 --page，版面也未印版次：无法与同期他版的稿件对上，请用 continuedIn 手工链接');
  return lines.length ? ['', `转版接续（${links.goesOnIn.length + links.restOf.length}）：`, ...lines] : [];
}

/** The plan's files, staged and committed as one (see transaction.ts). */
export function stagePlan(plan: Plan): string {
  const relative = (file: string) => path.relative(plan.root, file).split(path.sep).join('/');
  for (const file of [plan.source.file, ...plan.drafts.map((d) => d.file)])
    if (existsSync(file)) throw new IngestError(file, 'file', '已存在，不会覆盖 (exists)');
  // The page first and its pin last: between the two the build stops at a page with no pin.
  return stage(plan.root, [
    { target: relative(plan.source.file), data: plan.source.bytes },
    ...plan.drafts.map((d) => ({ target: relative(d.file), data: d.text })),
    { target: relative(plan.pins.file), data: plan.pins.text, replace: true },
  ]);
}

export function applyPlan(plan: Plan): void {
  applyStaged(plan.root, stagePlan(plan));
}

/** One run: the lock, what a killed run left, the plan, the commit. */
export function runIngest(args: Parameters<typeof planIngest>[0] | undefined, root = contentRoot()) {
  const release = acquireLock(root);
  try {
    const recovery: Recovery = recover(root);
    const plan = args ? planIngest(args, root) : undefined;
    if (plan) applyPlan(plan);
    return { plan, recovery };
  } finally {
    release();
  }
}

function recoveryReport(recovery: Recovery): string[] {
  const lines: string[] = [];
  if (recovery.finished.length)
    lines.push('上次被中断的导入已完成，写入：', ...recovery.finished.map((f) => `  content/${f}`), '');
  if (recovery.discarded.length)
    lines.push(`上次被中断、尚未写入任何文件的导入已撤销（${recovery.discarded.join('、')}）。`, '');
  return lines;
}

const OPTIONS = {
  paper: { type: 'string' },
  date: { type: 'string' },
  page: { type: 'string' },
  zone: { type: 'string' },
  resume: { type: 'boolean' },
} as const;

if (import.meta.main) {
  const { values, positionals } = commandLineOrExit(OPTIONS, true, '导入失败：');
  try {
    const { plan, recovery } = runIngest(
      values.resume && !positionals[0]
        ? undefined
        : {
            page: positionals[0]!,
            paper: values.paper,
            date: values.date,
            printedPage: values.page,
            zone: values.zone,
          },
    );
    const report = [...recoveryReport(recovery), ...(plan?.report ?? [])];
    console.log(terminalSafe(report.join('\n') || '没有中断的导入需要处理。'));
  } catch (error) {
    // Text from the page or the command line is never printed raw (escape codes).
    console.error(terminalSafe(error instanceof IngestError ? `导入失败：${error.message}` : String(error)));
    process.exit(1);
  }
}
