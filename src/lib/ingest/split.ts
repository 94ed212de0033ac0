/**
 * Splitting an OCR'd newspaper page into stories: the mechanical part of ingest. Every input
 * line ends up in a story or in the report of dropped lines, never nowhere.
 *
 * The page's lines are read first (read-lines.ts: each classified by lines.ts, then judged by
 * the lines around it: a cut paragraph's first piece, captions, the page's name and credits).
 * Heading lines next to each other form headline blocks (page-layout.ts), and stories are
 * assembled here: a headline block followed by a byline and text, or by a 本报讯 lead, starts a
 * story; so do a multi-line block followed by body text and a heading after a story's closing
 * credits; a single short line inside a story is a section head unless its features say title
 * (startsStory); a block with no text after it ends the story before it (its last line cut off
 * at the page foot) or, for a story without one, is its headline (printed after its story). Type
 * size, where the OCR tool marks it with #, tells 主题 from 引题 and 副题 (headlines.ts) and
 * titles from sections. Bylines are read by bylines.ts, what the report flags by suspicions.ts.
 */
import {
  DATELINE,
  endsWithSourceNote,
  leadCredits,
  parseByline,
  trailingByline,
  unreadInByline,
  type Credit,
} from './bylines.ts';
import { bracketedColumn, headlineFromBlock, joinWrappedTitle, SUBTITLE_DASH, type Headline } from './headlines.ts';
import {
  briefsLabel,
  CAPTION_CREDIT,
  captionCredit,
  hashesOf,
  isSalutation,
  isTurn,
  JUMP_LINE,
  numberedCaptions,
  PAGE_NAME_RULE,
  printedPageName,
  printedPageNumber,
  printedText,
  STORY_PHOTO_CREDIT,
  type PageLine,
} from './lines.ts';
import { findAfter, someAfterUntil } from '../arrays.ts';
import { bringsFrom, endsOnJumpAway, opensOnJumpFrom } from '../jump-marks.ts';
import { isTableRow, stripOcrMarkup } from '../ocr-markup.ts';
import { hanOnly } from '../text.ts';
import {
  elementsOf,
  endsItsSentence,
  insideStory,
  nextSectionOf,
  numberedNext,
  spacingOf,
  startsStory,
  STORY_START,
} from './page-layout.ts';
import { captionText, isBylineRest, readLines, VERTICAL_TEXT } from './read-lines.ts';
import { continuedStories, repeatedPhrases, unusualCharacters, type Suspicion } from './suspicions.ts';

export interface DraftStory {
  headline?: Headline | undefined;
  column?: string | undefined;
  /** Markdown body: paragraphs and ## section heads. */
  paragraphs: string[];
  credits: Credit[];
  captions: { text: string; credit?: string | undefined }[];
  /** Source line numbers this story was made from. */
  lines: number[];
  /** Section heads demoted from a headline (see the orphan rule). */
  firstLine: number;
  /** How many OCR heading marks (#) its title and its section heads carried, if any. */
  titleLevel?: number | undefined;
  sectionLevel?: number | undefined;
  /** Its text ends in a line cut off at the foot of the page, not in a column break. */
  cutOff?: boolean | undefined;
  /** The notices of its jump marks (本篇在另一版续完（下转第2版）…): the story goes on on another page. */
  continued?: string[] | undefined;
}

export interface SplitResult {
  stories: DraftStory[];
  dropped: { line: number; text: string; rule: string }[];
  banner: string[];
  /** The 版名 printed on a 版次 line (第5版 · 园区党建), for the drafts' pageName. */
  pageName?: string | undefined;
  /** The 版次 the page prints (第5版 → 5), as printedPageKey gives it, if one only. */
  pageNumber?: string | undefined;
  suspicions: Suspicion[];
}

/**
 * The stories that become drafts: those with text of their own, and picture items (their photos'
 * captions and no text). A heading with neither is reported with the page's dropped lines.
 */
export const drafted = (story: DraftStory): boolean => hasBody(story) || story.captions.length > 0;

/**
 * What hasBody has read of a story's paragraphs: how many of the first are section heads (while
 * the first is the same string), and whether text follows them. Asked at each line of a page, a
 * fresh look would read every head of a story of thousands, and flatten a paragraph a cut column
 * grows line by line (a copy of it whole each time). Paragraphs are never removed, a head is never
 * rewritten and text stays text, so what was read stays true.
 */
const readParagraphs = new WeakMap<readonly string[], { first: string; heads: number; body: boolean }>();

/** The story has text of its own: a paragraph, not only section heads. */
export const hasBody = (story: DraftStory | undefined): boolean => {
  if (!story) return false;
  const { paragraphs } = story;
  const known = readParagraphs.get(paragraphs);
  if (known?.body) return true;
  let heads = known && known.first === paragraphs[0] ? known.heads : 0;
  while (heads < paragraphs.length && paragraphs[heads]!.startsWith('## ')) heads++;
  const body = heads < paragraphs.length;
  if (paragraphs.length) readParagraphs.set(paragraphs, { first: paragraphs[0]!, heads, body });
  return body;
};

/**
 * A paragraph and its ends: the whole of it up to twice PARAGRAPH_END characters, and past that
 * its first characters and at least PARAGRAPH_END of its last (what a join reads: a section head's
 * mark, a turn's speaker, the last sentence's stop and the credits after it).
 */
export interface ParagraphEnds {
  text: string;
  start: string;
  end: string;
}
const PARAGRAPH_END = 1000;

export const endsOf = (text: string): ParagraphEnds => ({
  text,
  start: text.length > 2 * PARAGRAPH_END ? text.slice(0, PARAGRAPH_END) : text,
  end: text.length > 2 * PARAGRAPH_END ? text.slice(-PARAGRAPH_END) : text,
});

/** The paragraph with more text after it, its ends kept without reading it whole. */
export function grownBy(paragraph: ParagraphEnds, more: string): ParagraphEnds {
  // The start grows until it is cut: then it is the paragraph's first characters for good.
  const start = paragraph.start.length === paragraph.text.length ? paragraph.start + more : paragraph.start;
  const end = paragraph.end + more;
  return {
    text: paragraph.text + more,
    start: start.length > 2 * PARAGRAPH_END ? start.slice(0, PARAGRAPH_END) : start,
    end: end.length > 2 * PARAGRAPH_END ? end.slice(-PARAGRAPH_END) : end,
  };
}

/**
 * An item of an enumeration (一是…, （一）…, 1．…, 首先，…): under a paragraph that ends in a colon
 * (…发出如下倡议：), a paragraph of its own, not that paragraph's piece a column break cut.
 */
const ENUMERATED =
  /^(?:[一二三四五六七八九十]{1,3}(?:是|要|、)|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)|首先|其次|第[一二三四五六七八九十]{1,3}[，、,])/u;

/** Whether the story credits this person in this role already. */
const hasCredit = (story: DraftStory, credit: Credit): boolean =>
  story.credits.some((c) => c.name === credit.name && c.role === credit.role);

/** What opens an editor's note: 编者按：…, 【编者按】…, 编者的话. */
const EDITORS_NOTE = /^[【〖［[]?\s*(?:编者按|编者按语|编者的话)\s*[】〗］\]]?\s*[:：]?/u;
/** An editor's note's label on a line of its own (【编者按】, 编者按). */
const editorsNoteLabel = (text: string): boolean => text.replace(EDITORS_NOTE, '').trim() === '';

/**
 * A draft that holds an editor's note alone: under its label (the draft's title) or after it
 * (编者按：…), its words and nothing else, no head, credit or caption.
 */
function notesOnly(story: DraftStory): boolean {
  const { kicker, title, subtitle } = story.headline ?? {};
  const labelled = !!title && !kicker && !subtitle && editorsNoteLabel(title);
  return (
    (labelled || (!story.headline && EDITORS_NOTE.test(story.paragraphs[0] ?? ''))) &&
    story.paragraphs.length > 0 &&
    !story.paragraphs.some((p) => p.startsWith('## ')) &&
    !story.credits.length &&
    !story.captions.length
  );
}

/**
 * The label of a box printed beside a story's text, or of a note under it: 相关链接, 延伸阅读, 小贴士,
 * 记者手记, 编后, after a mark or in brackets.
 */
const SIDEBAR =
  /^[■□◆◇●○★☆▍▌【〖［[]?(?:相关链接|新闻链接|背景链接|知识链接|链接|延伸阅读|背景资料|小贴士|记者手记|采访手记|记者观察|编后|编后语|编后记)[】〗］\]]?$/u;

/** The labels papers print over picture items: 图片新闻, 图片报道, 图说. */
const PICTURE_LABEL = /^(?:图片新闻|新闻图片|图片报道|图片故事|图说\p{Script=Han}{0,4}|图闻)$/u;

/** The pairs of Han characters a text holds: enough to tell which of two stories a caption speaks of. */
function hanPairs(text: string): Set<string> {
  const han = [...hanOnly(text)];
  return new Set(han.slice(1).map((char, i) => han[i]! + char));
}

export function splitPage(page: string): SplitResult {
  const lines = readLines(page);
  const dropped = lines
    .filter((l) => (l.kind === 'furniture' && l.rule !== VERTICAL_TEXT) || l.kind === 'banner')
    .map((l) => ({ line: l.number, text: printedText(l), rule: l.rule! }));
  const suspicions: Suspicion[] = [];
  const banner: string[] = lines.filter((l) => l.kind === 'banner').map((l) => l.text);

  // A heading at the top of the page set with an English line, no blank line between (创新园区 /
  // INNOVATION, 庆祝中国共产党成立100周年 / The 100th Anniversary…), makes the top the page's banner
  // (专版刊头): its headings are the banner's, unless a story's opening follows them (a byline, or a
  // lead that opens with its dateline, 本报讯（记者 李明）…). An English name set with the paper's
  // name and date alone (CHINA HIGH-TECH INDUSTRY HERALD) is the masthead's: no banner.
  const firstContent = lines.findIndex((l) => l.kind === 'body' || l.kind === 'byline' || l.kind === 'caption');
  const top = lines.slice(0, firstContent < 0 ? lines.length : firstContent);
  const latin = (l: PageLine | undefined) =>
    l?.kind === 'furniture' && /[A-Za-z]{3,}/.test(l.text) && !/[:：@]/.test(l.text);
  const bannerTop = top.some((line, i) => line.kind === 'heading' && (latin(top[i - 1]) || latin(top[i + 1])));
  const opening = lines[firstContent];
  if (bannerTop && opening?.kind !== 'byline' && !(opening?.kind === 'body' && DATELINE.test(opening.text))) {
    for (const line of top) {
      if (line.kind === 'heading') {
        line.kind = 'banner';
        line.rule = '专版刊头';
        banner.push(line.text);
        dropped.push({ line: line.number, text: printedText(line), rule: '专版刊头（已作栏目候选）' });
      }
    }
    dropped.sort((a, b) => a.line - b.line);
  }

  const elements = elementsOf(lines);
  const stories: DraftStory[] = [];
  let story: DraftStory | undefined;
  const start = (firstLine: number): DraftStory => {
    story = { paragraphs: [], credits: [], captions: [], lines: [], firstLine };
    stories.push(story);
    return story;
  };
  // What follows a heading, past the photos printed beside it.
  const nextContent = (index: number) =>
    findAfter(elements, index, (e) => e.type !== 'photo-credit' && e.type !== 'caption');

  const spacing = spacingOf(elements);

  /**
   * A heading of one line with the captions of photos under it, and after them a headline that
   * surely leads a story (a byline or a dateline under it): a picture item (图片新闻), whose
   * photos are all it has. (A photo the OCR set inside a headline of several lines parts it
   * without such a lead.)
   */
  const picturesUnder = (index: number, heading: readonly PageLine[]) => {
    let after = index + 1;
    if (heading.length !== 1 || elements[after]?.type !== 'caption') return false;
    // A section head of the story above, with a photo after it, is no picture item's title:
    // one that goes on with the story's heads (numbered next, or of their shape), or one under
    // a paragraph a column break cut. Under a story that ended its last sentence, a line with
    // only photos under it and a new story after them heads no section.
    const last = story?.paragraphs.at(-1);
    if (
      !PICTURE_LABEL.test(heading[0]!.text.replace(/\s+/gu, '')) &&
      story &&
      hasBody(story) &&
      startsStory(heading[0]!, story, elements, index, spacing) < STORY_START &&
      (!last || !endsItsSentence(last) || nextSectionOf(heading[0]!.text, story))
    )
      return false;
    while (elements[after]?.type === 'caption' || elements[after]?.type === 'photo-credit') after++;
    // The photos end the page: nothing of the story above follows them.
    if (!elements[after]) return true;
    const next = nextContent(after);
    return (
      elements[after]?.type === 'headings' &&
      (PICTURE_LABEL.test(heading[0]!.text.replace(/\s+/gu, '')) ||
        next?.type === 'byline' ||
        (next?.type === 'body' && DATELINE.test(next.line.text)) ||
        // Or the story above ended its last sentence (or none is above), and a headline with text
        // follows the photos: they stand between two stories, under a title of their own.
        (next?.type === 'body' && (!story || !hasBody(story) || endsItsSentence(last ?? ''))))
    );
  };
  /** Stories whose last paragraph is a table's row: a row is a paragraph of its own, never cut by a column break. */
  const endsInRow = new WeakSet<DraftStory>();
  /**
   * The paragraph addText last grew in each story, and its ends: whether it goes on in the next
   * line is read from these alone. Read whole at each line, a paragraph a page's lines grow one by
   * one would be copied whole each time, a cost growing with the square of its length.
   */
  const grown = new WeakMap<DraftStory, ParagraphEnds>();
  /** Stories with a poem's lines (read-lines.ts, markVerse), and stories with other text. */
  const verse = new WeakSet<DraftStory>();
  const prose = new WeakSet<DraftStory>();
  const addText = (target: DraftStory, line: PageLine, count = true) => {
    if (count) target.lines.push(line.number);
    (line.stanza ? verse : prose).add(target);
    const previous = target.paragraphs.at(-1);
    const known = grown.get(target);
    const ends = previous === undefined ? undefined : known?.text === previous ? known : endsOf(previous);
    const join = (gap: string) => {
      const joined = grownBy(ends!, gap + line.text);
      target.paragraphs[target.paragraphs.length - 1] = joined.text;
      grown.set(target, joined);
    };
    // A list's item is a paragraph of its own, as a table's row is.
    const row = isTableRow(line.raw) || !!line.item;
    const afterRow = endsInRow.has(target);
    // A line of a poem's stanza goes on after a line break.
    if (line.stanza === 'next' && afterRow && ends?.text) {
      join('\n');
      return;
    }
    if (row) endsInRow.add(target);
    else endsInRow.delete(target);
    // A hard-wrapped paragraph goes on in its next line (a table's rows are each their own, however
    // alike their widths). Names (·吴长赋 ｜ 乔冠宇·) and words of letters either side of the break
    // keep the space the break took.
    if (line.wraps && ends?.text && !ends.start.startsWith('## ') && !row && !afterRow) {
      join(isBylineRest(ends.end, line.text) || (/[A-Za-z]$/.test(ends.end) && /^[A-Za-z]/.test(line.text)) ? ' ' : '');
      return;
    }
    // A paragraph cut by a column break goes on in the next line of body text.
    if (
      ends?.text &&
      !ends.start.startsWith('## ') &&
      !endsItsSentence(ends.end) &&
      !(/[:：]$/u.test(ends.end) && (ENUMERATED.test(line.text) || isSalutation(ends.end))) &&
      !DATELINE.test(line.text) &&
      !(isTurn(ends.start) && isTurn(line.text)) &&
      !row &&
      !afterRow
    ) {
      suspicions.push({
        line: line.number,
        kind: 'column-join',
        detail: `…${[...ends.end.slice(-12)].slice(-6).join('')}｜${[...line.text].slice(0, 6).join('')}…`,
      });
      // Names either side of the break stay apart (·张阳 ｜ 宋一诺…); a name cut in two is joined again by namesOf.
      join(isBylineRest(ends.end, line.text) ? ' ' : '');
    } else target.paragraphs.push(line.text);
  };

  /**
   * Two lines inside a story, on a page whose spacing does not tell stories from sections: a
   * section head and the first piece of its text, cut by a column break, when the first reads as
   * a section head of this story (startsStory: numbered like its others, parallel with them, its
   * text going on with the story's subject) and the second has nothing of a headline's (no type
   * size, no 副题's dash, nothing that would start a story of its own).
   */
  const sectionAndTextPiece = (block: readonly PageLine[], current: DraftStory, index: number) => {
    const [head, piece] = block;
    return (
      block.length === 2 &&
      spacing.story === undefined &&
      hasBody(current) &&
      hashesOf(piece!.raw) === 0 &&
      !SUBTITLE_DASH.test(piece!.text) &&
      startsStory(head!, current, elements, index, spacing) < 0 &&
      startsStory(piece!, current, elements, index, spacing) < STORY_START
    );
  };

  /**
   * The text above (element index) ends where a jump mark sends the reader to another page
   * (（下转第2版）, （详见第3版）), set on its last line or on a line of its own: the story stops there.
   */
  const jumpedAway = (index: number) => {
    const above = elements[index - 1];
    const here = elements[index];
    if (above?.type !== 'body' || !here) return false;
    const next = here.type === 'headings' ? here.lines[0]!.number : here.line.number;
    if (endsOnJumpAway(stripOcrMarkup(above.line.raw))) return true;
    // The lines between, by number (lines[n - 1] is line n): never the whole page at each heading.
    for (let n = above.line.number + 1; n < next; n++) {
      const line = lines[n - 1]!;
      if (line.rule === JUMP_LINE && !bringsFrom(line.text)) return true;
    }
    return false;
  };

  /**
   * The line from which the text at element index comes from another page: its own line when
   * it opens on （上接第1版）, or a jump line of its own saying so between it and the element
   * above; 0 when neither.
   */
  const broughtFrom = (index: number): number => {
    const here = elements[index];
    const above = elements[index - 1];
    if (here?.type !== 'body' || !above) return 0;
    if (opensOnJumpFrom(stripOcrMarkup(here.line.raw))) return here.line.number;
    const last = above.type === 'headings' ? above.lines.at(-1)!.number : above.line.number;
    for (let n = last + 1; n < here.line.number; n++) {
      const line = lines[n - 1]!;
      if (line.rule === JUMP_LINE && bringsFrom(line.text)) return n;
    }
    return 0;
  };

  /**
   * Credits printed under a story's text, or at the end of its last paragraph, end it, as does
   * where the story came from (（来源：珠海日报）): a heading after them (element index) is the
   * next story's, however many lines it has.
   */
  const afterCredits = (index: number) => {
    const above = elements[index - 1];
    return (
      hasBody(story) &&
      (above?.type === 'byline' ||
        jumpedAway(index) ||
        // 图/王五 under the text, the story's photos' credit (not a caption's: text is above it).
        (above?.type === 'photo-credit' &&
          STORY_PHOTO_CREDIT.test(above.line.text) &&
          elements[index - 2]?.type === 'body') ||
        trailingByline(story!.paragraphs.at(-1) ?? '').credits.length > 0 ||
        endsWithSourceNote(story!.paragraphs.at(-1) ?? ''))
    );
  };

  /** Each caption's printed lines, for the lines a hard-wrapped page adds to it. */
  const captionLines = new WeakMap<DraftStory['captions'][number], PageLine[]>();
  /** Picture items (图片新闻): the headline after their photos is the next story's, never a section of theirs. */
  const pictureItems = new WeakSet<DraftStory>();
  /** Stories printed under a column label of their own, in brackets. */
  const labelled = new Set<DraftStory>();
  /** The label over a column of briefs (党建简讯), until the next heading: each brief's 栏目. */
  let briefsOver: { text: string; lines: number[] } | undefined;
  elements.forEach((element, index) => {
    if (element.type === 'headings') {
      briefsOver = undefined;
      // A heading of one line over a brief (■…志愿服务 6月25日，…) is the label of the briefs under it.
      const under = elements[index + 1];
      if (element.lines.length === 1 && briefsLabel(element.lines[0]) && under?.type === 'body' && under.line.brief) {
        const text = element.lines[0]!.text;
        briefsOver = { text: bracketedColumn(text) ?? text.replace(/\s+/gu, ''), lines: [element.lines[0]!.number] };
        return;
      }
      const texts = element.lines.map((l) => l.text);
      const numbers = element.lines.map((l) => l.number);
      const next = nextContent(index);
      // A byline leads a story when text follows it; credit lines at the page foot lead nothing.
      const textFollows = someAfterUntil(
        elements,
        index,
        (e) => e.type === 'body',
        (e) => e.type === 'headings',
      );
      // So does a jump line under it (（上接第1版）), or such a mark its text opens on: the story
      // goes on from another page.
      const lastLine = element.lines.at(-1)!.number;
      const continued =
        next?.type === 'body' &&
        (opensOnJumpFrom(stripOcrMarkup(next.line.raw)) ||
          lines.some(
            (l) => l.number > lastLine && l.number < next.line.number && l.rule === JUMP_LINE && bringsFrom(l.text),
          ));
      // An editor's note (编者按：…) right under these lines and over the next headline opens the
      // story below: these lines have no text of their own, as at the foot of a page.
      const noteOpensNextStory = (at: number) => {
        const [note, after] = [elements[at + 1], elements[at + 2]];
        return (
          !!story?.headline &&
          hasBody(story) &&
          note?.type === 'body' &&
          EDITORS_NOTE.test(note.line.text) &&
          after?.type === 'headings'
        );
      };
      // Text never carries the OCR tool's heading marks: lines under the first that do are a
      // headline's (a 主题 of two lines under its 引题), not the cut-off end of the story above.
      const markedUnderFirst = element.lines.slice(1, -1).some((l) => hashesOf(l.raw) > 0);
      const leadsStory =
        (next?.type === 'byline' && textFollows) ||
        (next?.type === 'body' && DATELINE.test(next.line.text)) ||
        // A poem's title, no writer printed (read-lines.ts, markVerse).
        (next?.type === 'body' && next.line.stanza === 'first') ||
        continued;
      const apply = (target: DraftStory, whole = texts) => {
        // An editor's note's label under the headline (a special report's title over 【编者按】) is
        // the story's first section head, no line of its headline nor its 栏目.
        const noteLabel = whole.length > 1 && editorsNoteLabel(whole.at(-1)!) ? whole.at(-1) : undefined;
        const printed = noteLabel ? whole.slice(0, -1) : whole;
        const printedLines = element.lines.slice(-whole.length, noteLabel ? -1 : undefined);
        // A column label in brackets (【党建引领】) is not a line of the headline.
        const labels = printed.map(bracketedColumn);
        const keep = (_: unknown, i: number) => !labels[i] || labels.every(Boolean);
        // A 主题 printed in two lines of its type size is one line of the headline.
        const { lines: own, levels } = joinWrappedTitle(
          printed.filter(keep),
          printedLines.filter(keep).map((l) => hashesOf(l.raw)),
        );
        // More than three lines: the headline, then the story's first section head; unless the
        // last is a 副题 (——…), which ends a headline: then every line is the headline's (a 栏目
        // or the page's name over 引题, 主题 and 副题).
        const section = own.length > 3 && !SUBTITLE_DASH.test(own.at(-1)!) ? own.slice(2) : [];
        const headlineBlock = headlineFromBlock(section.length ? own.slice(0, 2) : own, levels);
        const { headline } = headlineBlock;
        const label = labels.find(Boolean);
        if (label || headlineBlock.ownColumn) labelled.add(target);
        const column = label ?? headlineBlock.column;
        // Beside a label in brackets, a word the block read as its 栏目 (the page's name printed
        // again over it: 创新园区 / 【党建引领】) is the page's: reported with its furniture, not lost.
        const pageWord =
          label && headlineBlock.column && headlineBlock.column !== label
            ? printedLines.find((l, i) => !labels[i] && l.text.replace(/\s+/gu, '') === headlineBlock.column)
            : undefined;
        if (pageWord) dropped.push({ line: pageWord.number, text: printedText(pageWord), rule: PAGE_NAME_RULE });
        if (target.headline)
          target.paragraphs.unshift(
            `## ${[target.headline.kicker, target.headline.title, target.headline.subtitle].filter(Boolean).join(' ')}`,
          );
        target.headline = headline;
        target.column ??= column;
        // The headline's largest type (fewest #) is its 主题's: the level a story's title has.
        const marked = element.lines.map((l) => hashesOf(l.raw)).filter((level) => level > 0);
        target.titleLevel = marked.length ? Math.min(...marked) : undefined;
        if (noteLabel) target.paragraphs.unshift(`## ${noteLabel}`);
        if (section.length) target.paragraphs.unshift(`## ${section.join(' ')}`);
        target.lines.push(...numbers.filter((number) => number !== pageWord?.number));
      };
      // An editor's note opens a story, never a section of the one above (【编者按】 under a story);
      // and a headline under a note's words is the story's it opens, never a section of the note.
      if (
        (texts.length === 1 && story && hasBody(story) && editorsNoteLabel(texts[0]!)) ||
        (story && notesOnly(story))
      ) {
        apply(start(numbers[0]!));
        return;
      }
      // A box the story prints beside its text (■ 相关链接, 延伸阅读): its label and the lines of
      // its title are the story's section heads, its text the story's.
      if (story && hasBody(story) && !leadsStory && SIDEBAR.test(texts[0]!.replace(/\s+/gu, ''))) {
        story.paragraphs.push(...texts.map((text) => `## ${text}`));
        story.lines.push(...numbers);
        return;
      }
      if (leadsStory) {
        if (story && !story.headline && hasBody(story) && elements[index - 1]?.type === 'byline') apply(story);
        else if (
          story &&
          hasBody(story) &&
          texts.length >= 3 &&
          // Not when the first line is a column label over the headline.
          texts[0]!.replace(/\s/g, '').length > 5 &&
          !bracketedColumn(texts[0]!) &&
          // Nor when the story above ended with its credits, or the first line reads as a new
          // story's rather than a section head of the story above: a headline of three lines
          // (引题, 主题, 副题).
          !afterCredits(index) &&
          !markedUnderFirst &&
          // A 副题 (——…) is the last line of a headline of two lines or more, never one on its own.
          !SUBTITLE_DASH.test(texts.at(-1)!) &&
          startsStory(element.lines[0]!, story, elements, index, spacing) < 0
        ) {
          // The end of the story above (a section head, a cut-off last line) runs into the next headline.
          const [head, ...tail] = element.lines.slice(0, -1);
          story.paragraphs.push(`## ${head!.text}`, ...tail.map((l) => l.text));
          story.lines.push(...element.lines.slice(0, -1).map((l) => l.number));
          const last = element.lines.at(-1)!;
          apply(start(last.number), [last.text]);
        } else apply(start(numbers[0]!));
      } else if (next?.type === 'body' && !noteOpensNextStory(index)) {
        if (!story || pictureItems.has(story)) apply(start(numbers[0]!));
        else if (!story.headline) apply(story);
        else if (afterCredits(index)) apply(start(numbers[0]!));
        else if (texts.length >= 2 && hasBody(story) && numberedNext(texts.at(-1)!, story)) {
          // The story's next numbered section (4 after 1, 2, 3) under the cut-off end of its text.
          for (const line of element.lines.slice(0, -1)) addText(story, line);
          story.paragraphs.push(`## ${texts.at(-1)}`);
          story.lines.push(numbers.at(-1)!);
        } else if (
          texts.length >= 3 &&
          hasBody(story) &&
          nextSectionOf(texts[0]!, story) &&
          !markedUnderFirst &&
          !SUBTITLE_DASH.test(texts.at(-1)!)
        ) {
          // The story's next section head and the cut-off end of its text run into the next headline.
          story.paragraphs.push(`## ${texts[0]}`);
          story.lines.push(numbers[0]!);
          for (const line of element.lines.slice(1, -1)) addText(story, line);
          const last = element.lines.at(-1)!;
          apply(start(last.number), [last.text]);
        } else if (
          texts.length >= 2 &&
          !(hasBody(story) && insideStory(element.lines[0]!, spacing)) &&
          !sectionAndTextPiece(element.lines, story, index)
        )
          apply(start(numbers[0]!));
        else if (texts.length >= 2) {
          // Set no further apart than the paragraphs on a page that sets its stories apart: a
          // section head, and the first piece of its text, cut by a column break.
          story.paragraphs.push(`## ${texts[0]}`);
          story.lines.push(numbers[0]!);
          for (const line of element.lines.slice(1)) addText(story, line);
        } else if (startsStory(element.lines[0]!, story, elements, index, spacing) >= STORY_START)
          apply(start(numbers[0]!));
        else {
          story.sectionLevel ??= hashesOf(element.lines[0]!.raw) || undefined;
          story.paragraphs.push(`## ${texts.join(' ')}`);
          story.lines.push(...numbers);
        }
      } else if (picturesUnder(index, element.lines)) {
        // A picture item (图片新闻): its own draft, the captions under it and no text. A label
        // of such items over them (图片新闻) is its 栏目, not its title.
        const item = start(numbers[0]!);
        pictureItems.add(item);
        const label = texts.length === 1 ? PICTURE_LABEL.exec(texts[0]!.replace(/\s+/gu, ''))?.[0] : undefined;
        if (label) {
          item.column = label;
          item.lines.push(...numbers);
          labelled.add(item);
        } else apply(item);
      } else if (story?.headline && hasBody(story)) {
        // Nothing of its own follows a story that has its headline: the story's last line, cut
        // off at the foot of the page ("济宁高新区将开展主题教育与庆祝新中").
        if (texts.length > 1) story.paragraphs.push(`## ${texts.slice(0, -1).join(' ')}`);
        story.paragraphs.push(texts.at(-1)!);
        story.lines.push(...numbers);
        story.cutOff = true;
      } else {
        // Nothing of its own follows: a headline printed after its story.
        apply(story ?? start(numbers[0]!));
      }
      return;
    }
    const line = element.line;
    if (element.type === 'body' && line.brief) {
      // A brief printed with its title on one line: a story of its own, under its column's label.
      const brief = start(line.number);
      brief.headline = { title: line.brief.title };
      brief.paragraphs.push(line.brief.text);
      brief.lines.push(line.number);
      if (briefsOver) {
        brief.column = briefsOver.text;
        labelled.add(brief);
        brief.lines.unshift(...briefsOver.lines.splice(0));
        brief.firstLine = brief.lines[0]!;
      }
      return;
    }
    // So does its text printed after its label (编者按：…) under a story: text, however short.
    const opensNote =
      (element.type === 'body' || element.type === 'caption') &&
      !!story &&
      EDITORS_NOTE.test(line.text) &&
      hasBody(story);
    // Text a mark brings from another page ((上接第1版), on its line or on a line of its own over
    // it) under a story's text is another story's, whose headline that page printed.
    const brought = element.type === 'body' && !!story && hasBody(story) && broughtFrom(index);
    const target = story && !opensNote && !brought ? story : start(brought || line.number);
    if (opensNote) {
      addText(target, line);
      return;
    }
    target.lines.push(line.number);
    const lastCaption = target.captions.at(-1);
    if (
      element.type === 'photo-credit' &&
      elements[index - 1]?.type === 'caption' &&
      lastCaption &&
      !lastCaption.credit
    )
      lastCaption.credit = line.text;
    else if (element.type === 'byline' || element.type === 'photo-credit') {
      const credits = parseByline(line.text);
      // The same person in the same role once (本报记者 孙丽 under the headline, （本报记者 孙丽）
      // under the text), as for the credits read from its first and last paragraphs.
      target.credits.push(...credits.filter((c) => !hasCredit(target, c)));
      const unread = unreadInByline(line.text, credits);
      if (unread)
        suspicions.push({ line: line.number, kind: 'byline-rest', detail: `署名行中“${unread}”未读作署名，请核对` });
    } else if (element.type === 'caption') {
      // A caption a hard-wrapped page set on several lines is one caption, read whole.
      const goesOn = line.wraps && elements[index - 1]?.type === 'caption' && lastCaption;
      const printed = goesOn ? [...captionLines.get(lastCaption)!, line] : [line];
      const text = printed.length > 1 ? captionText(printed) : line.text;
      // A group of photos' captions on one line (①… ②…): a caption each.
      const group = goesOn ? undefined : numberedCaptions(text);
      if (group) {
        target.captions.push(...group.map((each) => ({ text: each })));
        return;
      }
      const credit = CAPTION_CREDIT.exec(text);
      const caption = credit
        ? { text: text.slice(0, credit.index).trim(), credit: captionCredit(credit).trim() }
        : { text };
      if (goesOn) target.captions[target.captions.length - 1] = caption;
      else target.captions.push(caption);
      captionLines.set(caption, printed);
    } else addText(target, line, false);
  });

  // An editor's note printed over a headline (编者按：…, or 【编者按】 on a line of its own over
  // its text) opens the story under it; the story's lead (its dateline) is the paragraph after it.
  const noteParagraphs = new Map<DraftStory, number>();
  for (let i = stories.length - 2; i >= 0; i--) {
    const [note, next] = [stories[i]!, stories[i + 1]!];
    const { kicker, title, subtitle } = note.headline ?? {};
    const label = title && !kicker && !subtitle && editorsNoteLabel(title) ? title : undefined;
    if (!next.headline || (note.headline ? !label : !EDITORS_NOTE.test(note.paragraphs[0] ?? ''))) continue;
    if (note.credits.length || note.captions.length || note.paragraphs.some((p) => p.startsWith('## '))) continue;
    next.paragraphs.unshift(...(label ? [`## ${label}`] : []), ...note.paragraphs);
    noteParagraphs.set(next, (label ? 1 : 0) + note.paragraphs.length);
    next.lines.unshift(...note.lines);
    next.firstLine = note.firstLine;
    stories.splice(i, 1);
  }

  // Photos printed between two stories, under the last sentence of the one above and over the
  // next one's headline, are the story's whose words their captions share more of (▲金鼎社区党员…
  // over 金鼎社区：…); on a tie, the story above's.
  const kindOf = new Map(lines.map((line) => [line.number, line.kind]));
  for (const [i, above] of stories.entries()) {
    const below = stories[i + 1];
    const last = above.paragraphs.at(-1);
    if (!below?.headline || !last || !endsItsSentence(last)) continue;
    const lastText = Math.max(0, ...above.lines.filter((n) => kindOf.get(n) === 'body'));
    const after = above.lines.filter((n) => n > lastText);
    if (!after.length || after.some((n) => kindOf.get(n) !== 'caption' && kindOf.get(n) !== 'photo-credit')) continue;
    const [wordsAbove, wordsBelow] = [above, below].map((s) =>
      hanPairs([s.headline?.title ?? '', ...s.paragraphs].join('')),
    );
    const shared = (text: string, words: Set<string>) => [...hanPairs(text)].filter((w) => words.has(w)).length;
    // The nearer the next headline, the likelier its story's: move captions from the last up.
    let moved = 0;
    for (const caption of [...above.captions].reverse()) {
      const printed = captionLines.get(caption)?.[0]?.number ?? 0;
      if (printed <= lastText || shared(caption.text, wordsBelow!) <= shared(caption.text, wordsAbove!)) break;
      moved++;
    }
    if (!moved) continue;
    const from = captionLines.get(above.captions.at(-moved)!)![0]!.number;
    below.captions.unshift(...above.captions.splice(-moved));
    below.lines.unshift(...above.lines.filter((n) => n >= from));
    above.lines = above.lines.filter((n) => n < from);
    below.firstLine = Math.min(below.firstLine, from);
  }

  for (const s of stories) {
    const note = noteParagraphs.get(s) ?? 0;
    const first = s.paragraphs.findIndex((p, i) => i >= note && !p.startsWith('## '));
    const last = s.paragraphs.findLastIndex((p) => !p.startsWith('## '));
    const credits = first >= 0 ? leadCredits(s.paragraphs[first]!) : [];
    if (last >= 0) {
      const trailing = trailingByline(s.paragraphs[last]!);
      s.paragraphs[last] = trailing.text;
      credits.push(...trailing.credits);
    }
    for (const credit of credits) if (!hasCredit(s, credit)) s.credits.push(credit);
  }
  // A label in brackets is its own story's 栏目, and so is one printed over a later headline
  // (企业党建 over the third story). For the stories with none, one guess for the whole page: the
  // label printed over the page's first headline (a page's column printed once at its top), not
  // one over a later headline, which is that story's alone.
  const firstStory = stories[0];
  const column = firstStory && !labelled.has(firstStory) ? firstStory.column : undefined;
  for (const s of stories) if (!labelled.has(s) && !s.column) s.column = column;

  /** A poem and nothing else: its text all lines of verse. */
  const verseOnly = (s: DraftStory) => verse.has(s) && !prose.has(s);
  for (const [index, s] of stories.entries()) {
    const han = s.paragraphs.join('').match(/\p{Script=Han}/gu)?.length ?? 0;
    // A picture item has no text to be short of, and a poem is as long as its writer made it.
    if (han < 120 && !verseOnly(s) && (hasBody(s) || s.captions.length === 0))
      suspicions.push({ line: s.firstLine, kind: 'short-story', detail: `第${index + 1}篇只有 ${han} 个汉字` });
    if (!s.headline)
      suspicions.push({ line: s.firstLine, kind: 'no-headline', detail: `第${index + 1}篇未识别出标题` });
  }
  // A vertical headline's lines after its first go with it (read-lines.ts, markVerticalText).
  let headOfColumn: PageLine | undefined;
  for (const line of lines) {
    if (line.rule !== VERTICAL_TEXT) {
      headOfColumn = line;
      continue;
    }
    const owner = stories.find((s) => s.lines.includes(headOfColumn!.number));
    if (owner) owner.lines.push(line.number);
    else dropped.push({ line: line.number, text: printedText(line), rule: line.rule });
  }
  dropped.sort((a, b) => a.line - b.line);
  suspicions.push(...repeatedPhrases(lines), ...unusualCharacters(lines));
  // A jump mark belongs to the story printed around it: 上接 over its text, 下转 under it.
  for (const jump of continuedStories(lines)) {
    suspicions.push(jump);
    const story = stories.findLast((s) => s.firstLine <= jump.line) ?? stories[0];
    if (story) story.continued = [...(story.continued ?? []), jump.detail];
  }
  // A title's line that prints its writer (七一抒怀 □ 王芳) is its story's twice, as both.
  for (const s of stories) s.lines = [...new Set(s.lines)];
  return {
    stories,
    dropped,
    banner,
    pageName: printedPageName(lines),
    pageNumber: printedPageNumber(lines),
    suspicions: suspicions.sort((a, b) => a.line - b.line),
  };
}
