/**
 * A page's lines, each classified (lines.ts) and then judged by the lines around it: a line of a
 * hard-wrapped paragraph goes on from the line above (markWrappedLines); the first
 * piece of a paragraph a column break cut is running text, not a heading (markFragments); a
 * one-sentence line between paragraphs is a photo caption (markCaptions); the page's name and
 * editors above its first headline (markPageNames) and its production credits at its foot
 * (markFootCredits) are furniture.
 */
import { affiliatedName, DATELINE, parseByline, trailingByline } from './bylines.ts';
import { SUBTITLE_DASH } from './headlines.ts';
import {
  ARGUING,
  briefItem,
  briefsLabel,
  BYLINE_CLOSED,
  BYLINE_OPENED,
  CAPTION_CREDIT,
  CAPTION_MARK,
  classifyLine,
  cleanLine,
  fewClauses,
  HAN,
  hashesOf,
  isMark,
  isTurn,
  markedNames,
  JUMP_LINE,
  CONTENTS,
  contentsLines,
  NAME_WITH_BARE_NUMBER,
  NARRATING,
  REPORTING_A_MEETING,
  NO_HAN,
  OPENS_WITH_SHORT_PHRASE,
  PAGE_NAME_RULE,
  PAGE_NUMBER_RULE,
  pageNumberWithoutName,
  PHRASE_FURNITURE,
  printedPageName,
  REPORTED_SPEECH,
  SECTION_NUMBER,
  STORY_PHOTO_CREDIT,
  TERMINAL,
  endsSentenceAlone,
  isSentencePiece,
  TIES_TO_TEXT,
  type PageLine,
  writersAlone,
} from './lines.ts';
import { OPENS_AS_NEWS } from '../briefs.ts';
import { elementsOf, sectionNumber, spacingOf } from './page-layout.ts';
import { isCommonSurname } from './surnames.ts';
import { splitsWord } from './words.ts';
import { findAfter, findBefore } from '../arrays.ts';
import { PRINTED_DATE_RULE, STRAY_CHARACTER, verticalTextLines } from '../coverage.ts';
import { cutJumpMarkAt, endsOnJumpAway, opensOnJumpFrom } from '../jump-marks.ts';
import { stripOcrMarkup } from '../ocr-markup.ts';
import { splitRawLines } from '../provenance.ts';
import { closeLetterSpacing } from '../text.ts';

export function readLines(page: string): PageLine[] {
  const lines: PageLine[] = [];
  let blanks = 0;
  // Split as the build's checks split it: a byte-order mark before the first line is none of its characters.
  splitRawLines(page).forEach((printed, index) => {
    const raw = closeLetterSpacing(printed);
    const classified = classifyLine(raw, blanks);
    lines.push({ number: index + 1, raw, ...(raw !== printed && { printed }), blanksBefore: blanks, ...classified });
    // A mark (OCR debris, a stray letter, a picture's place) is a block of its own in a gap, set off by a blank
    // line like any block: the gap it stands in is the blank lines either side of it, less that
    // one. (Counted from zero after it, a story set three blank lines apart with a stray # after
    // the second read as set no further apart than its paragraphs.)
    if (classified.kind === 'blank') blanks++;
    else blanks = isMark(classified) ? Math.max(0, blanks - 1) : 0;
  });
  markVerticalText(lines);
  splitJumpMarks(lines);
  datelineRests(lines);
  markContents(lines);
  markWrappedLines(lines);
  markSentenceEnds(lines);
  markSentencePieces(lines);
  markSignatures(lines);
  markListItems(lines);
  markNameLists(lines);
  markAnnouncedLines(lines);
  markAppendices(lines);
  markTitledLists(lines);
  markBriefs(lines);
  markNamesUnderTitles(lines);
  markVerse(lines);
  markHeadlinesOverBylines(lines);
  markFragments(lines);
  markCaptions(lines);
  markPageNames(lines);
  markFootCredits(lines);
  return lines;
}

/** What the lines after the first of a vertical headline are reported as. */
export const VERTICAL_TEXT = '竖排文字（已并入其首行）';

/**
 * A headline or label printed vertically, a character a line (coverage.ts, verticalTextLines):
 * read one at a time, each was a stray character, and the story under it lost its headline to
 * the story above. The first line holds the heading, its characters in order; the others are
 * reported as part of it.
 */
function markVerticalText(lines: PageLine[]): void {
  const vertical = verticalTextLines(lines.map((line) => line.raw));
  for (let i = 0; i < lines.length; i++) {
    if (!vertical.has(i)) continue;
    let end = i;
    while (vertical.has(end)) end++;
    const first = lines[i]!;
    first.kind = 'heading';
    first.text = lines
      .slice(i, end)
      .map((line) => line.raw.replace(/[#\s]/gu, ''))
      .join('');
    delete first.rule;
    for (const line of lines.slice(i + 1, end)) {
      line.kind = 'furniture';
      line.rule = VERTICAL_TEXT;
    }
    i = end;
  }
}

/**
 * A front page's contents (今日导读 / 高新区召开党建工作会议 2版 / 金鼎社区…会客厅 3版): other
 * pages' headlines, not this page's; dropped with their label, or a run of two entries or more
 * without one.
 */
function markContents(lines: PageLine[]): void {
  for (const i of contentsLines(lines.map((line) => line.raw))) {
    lines[i]!.kind = 'furniture';
    lines[i]!.rule = CONTENTS;
  }
}

/**
 * A numbered list printed a line an item (1．新建党群服务中心3个 / 2．改造老旧小区5个): two lines
 * or more one under the other, numbered in sequence in one style, with no text between. Each is
 * an item of the text, however short, not a headline or a section head (a story's numbered heads
 * have their text between them).
 */
function markListItems(lines: PageLine[]): void {
  const content = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture' && !l.wraps);
  const numbered = content.map((l) => (l.kind === 'body' || l.kind === 'heading' ? sectionNumber(l.text) : undefined));
  const follows = (i: number) => {
    const [a, b] = [numbered[i - 1], numbered[i]];
    return !!a && !!b && a.style === b.style && b.number === a.number + 1;
  };
  content.forEach((line, i) => {
    if (follows(i) || follows(i + 1)) {
      asItem(line);
    }
  });
}

/** A line of the text that is a paragraph of its own however it ends (PageLine.item): a list's, a poem's. */
function asItem(line: PageLine): void {
  line.kind = 'body';
  line.item = true;
}

/** A paragraph that ends on a colon announces what the lines under it quote or list (…名单如下：). */
const announces = (line: PageLine | undefined): boolean => line?.kind === 'body' && /[:：]$/u.test(line.text);

/**
 * A row of three names or more, parted by spaces or 、 (张志强 李红梅 王建国), each of two to four
 * characters opening with a common surname (in a row of five or more, all but one): no
 * headline's phrases read so (学党史 悟思想 办实事, 高标准 严要求 快推进).
 */
export function namesRow(text: string): boolean {
  const names = text.trim().split(/\s+|、/u);
  const surnamed = names.filter((name) => isCommonSurname(name[0]!)).length;
  return (
    names.length >= 3 &&
    names.every((name) => /^\p{Script=Han}{2,4}$/u.test(name)) &&
    surnamed >= names.length - (names.length >= 5 ? 1 : 0)
  );
}

/**
 * A list of names printed a row at a time (受表彰的优秀共产党员名单如下： / 张志强 李红梅 王建国 赵晓东
 * 陈思远): rows after a line that announces them (…如下：), or two rows or more, or a row of five
 * names or more, are items of the text, each a paragraph of its own; not a section head, nor run
 * into the next paragraph. A row of three names alone, with nothing announcing it, may be a byline.
 */
function markNameLists(lines: PageLine[]): void {
  const content = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture' && !l.wraps);
  const isRow = (line: PageLine | undefined, announced: boolean) =>
    !!line &&
    (line.kind === 'body' || line.kind === 'heading' || (announced && line.kind === 'byline')) &&
    namesRow(line.text);
  for (let i = 0; i < content.length; i++) {
    const before = content[i - 1];
    const announced = announces(before);
    let end = i;
    while (isRow(content[end], announced)) end++;
    if (end === i) continue;
    const rows = content.slice(i, end);
    if (announced || rows.length >= 2 || rows.some((row) => row.text.trim().split(/\s+|、/u).length >= 5))
      for (const row of rows) {
        asItem(row);
      }
    i = end - 1;
  }
}

/** How long a line of verse runs at most, in characters: longer, a line is a paragraph of prose. */
const VERSE_LINE = 24;

/**
 * A line of a poem: short, of the text or a heading's look. Lines of one width that end on their
 * pauses may read as a hard-wrapped paragraph's (markWrappedLines); whether they are verse is
 * read from the poem's lines together (readsAsVerse).
 */
const verseLine = (line: PageLine | undefined): line is PageLine =>
  (line?.kind === 'heading' || line?.kind === 'body' || line?.kind === 'caption') &&
  !line.brief &&
  !line.writer &&
  hashesOf(line.raw) === 0 &&
  [...line.text].length <= VERSE_LINE &&
  (line.text.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2 &&
  !DATELINE.test(line.text);

/** A pause or a sentence's end, inside a line or at its end. */
const VERSE_MARK = /[，。、；：？！,;:?!…]/u;

/**
 * Do these short lines read as verse, not as the pieces of a paragraph column breaks cut
 * (会议强调，各级党组织要深入学习贯 / 彻党的创新理论，…)? A line of verse ends on its pause or has
 * none inside (你是清晨的第一缕光; 那一年，南湖的波光里，): three in four at least; and a line ends
 * inside a word the next one finishes at one break in three at most (the dictionary reads a word
 * across some breaks of verse too: 第一缕光 ｜ 照亮 as 光照). Lines that each end a sentence are
 * prose's short paragraphs, unless each is a classical poem's couplet.
 */
function readsAsVerse(run: readonly PageLine[]): boolean {
  const shaped = run.filter(
    (line) => !VERSE_MARK.test(line.text) || VERSE_MARK.test(line.text.replace(/[”’」』）)]+$/u, '').slice(-1)),
  );
  const cut = run.filter((line, k) => k > 0 && splitsWord(run[k - 1]!.text, line.text)).length;
  const prose = run.every((line) => TERMINAL.test(line.text) && !couplet(line.text));
  return shaped.length * 4 >= run.length * 3 && cut * 3 <= run.length - 1 && !prose;
}

/**
 * Lines each whole: none indented as a paragraph's first, a table's row (cells set wide apart),
 * running on into the next, nor cut inside a word.
 */
const unbroken = (run: readonly PageLine[]): boolean =>
  run.every(
    (line, k) =>
      !INDENTED.test(line.raw) &&
      !/\S(?:[ \t]{2,}|\u3000)\S/u.test(line.raw.trim()) &&
      !ENDS_GOING_ON.test(line.text) &&
      !OPENS_GOING_ON.test(line.text) &&
      (k === 0 || !splitsWord(run[k - 1]!.text, line.text)),
  );

/**
 * The verse a story opens with under its byline: two or three lines of Han characters alone, four
 * to nine each and all of one length, as a classical poem's lines are; none running on into the
 * next (a word cut in two), nor into the text under them.
 */
function openingVerse(opening: readonly PageLine[], text: PageLine): boolean {
  const length = [...(opening[0]?.text ?? '')].length;
  return (
    (opening.length === 2 || opening.length === 3) &&
    opening.every(
      (line) => line.kind === 'heading' && /^\p{Script=Han}{4,9}$/u.test(line.text) && [...line.text].length === length,
    ) &&
    [...opening, text].every((line, k) => k === 0 || !splitsWord(opening[k - 1]!.text, line.text))
  );
}

/** Two lines of a classical poem set as one: halves of one length about a comma (南湖烟雨起红船，星火燎原映九天。). */
function couplet(text: string): boolean {
  const halves = /^(\p{Script=Han}{4,9})[，,](\p{Script=Han}{4,9})[。！？；]$/u.exec(text.trim());
  return !!halves && halves[1]!.length === halves[2]!.length;
}

/**
 * The writers printed under a title: names after a byline's mark (坚守初心方能行稳致远 / □ 张晓明),
 * and, over the text (or a poem's lines), a name alone, or names not all of one length, that the
 * text never speaks of (车间里的党员先锋岗 / 张志强 / 清晨六点…), or a name after where its writer
 * works or the posts they hold (高新区机关党委 张明华): a byline, not a line of the headline. A name
 * the text speaks of is whom the story is about, its title (最美党员 / 张志强 / 张志强是…). Over a
 * title a marked name may be a column's label; it is left so.
 */
function markNamesUnderTitles(lines: PageLine[]): void {
  const content = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture');
  /** Whether the text from content[from] to the next heading names any of these. */
  const spokenOf = (names: string[], from: number) => {
    for (let i = from; content[i]?.kind === 'body' || content[i]?.kind === 'caption'; i++)
      if (names.some((name) => content[i]!.text.includes(name))) return true;
    return false;
  };
  content.forEach((line, i) => {
    if (content[i - 1]?.kind !== 'heading') return;
    // Posts a 、 apart (高新区党工委书记、管委会主任 李明) read as a line of text.
    if (line.kind === 'body' && content[i + 1]?.kind === 'body' && affiliatedName(line.text)) line.kind = 'byline';
    if (line.kind !== 'heading') return;
    // Over text, or over a poem's lines (verseLine: four short lines or more), or the verse a
    // story opens with over its text.
    let shortEnd = i + 1;
    while (shortEnd < i + 5 && verseLine(content[shortEnd])) shortEnd++;
    const overText =
      content[i + 1]?.kind === 'body' ||
      content[i + 1]?.kind === 'caption' ||
      shortEnd === i + 5 ||
      (content[shortEnd]?.kind === 'body' && openingVerse(content.slice(i + 1, shortEnd), content[shortEnd]!));
    if (markedNames(line.text)) line.kind = 'byline';
    else if (!overText) return;
    else if (affiliatedName(line.text)) line.kind = 'byline';
    else if (writersAlone(line.text)) {
      // Words of a length each (高标准 严要求, 方向 路径) are as likely a headline's parallel phrases.
      const names = line.text.trim().split(/\s*[\s、，,]\s*/u);
      if ((names.length === 1 || new Set(names.map((name) => name.length)).size > 1) && !spokenOf(names, i + 1))
        line.kind = 'byline';
    }
  });
}

/** The most lines under a title with no writer that may be read as its poem (a 主题 under an 引题 among them). */
const UNTITLED_VERSE_MOST = 80;

/**
 * A poem under its title and writer (红旗颂 / □ 王芳 / 你是清晨的第一缕光 / 照亮了园区的每一条路 …),
 * as a 副刊 prints it: four short lines or more under a writer's byline (no reporter's), on the
 * title's line too (七一抒怀 □ 王芳), or under a title alone set apart from them (unbroken), where
 * a story's text would run in paragraphs, not each a sentence of its own (but a classical poem's
 * couplets). Each stanza is a paragraph, each line of it on a line of its own, however it ends;
 * not a headline, a section head, nor a piece of a paragraph a column break cut. The lines that
 * end it under the next piece's writer, or over prose, are that piece's title: of the last two,
 * the one set wider apart than the verse's lines above it, or else the last (with its 副题 under
 * it, ——…). Under any byline, the verse a story opens with (openingVerse) is its first stanza.
 */
function markVerse(lines: PageLine[]): void {
  const content = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture');
  for (let i = 0; i < content.length; i++) {
    const line = content[i]!;
    // A writer's byline under a title, or on the title's line (七一抒怀 □ 王芳); not the page's
    // editors (责任编辑：…) under its name.
    const byline =
      line.writer ?? (line.kind === 'byline' && content[i - 1]?.kind === 'heading' ? line.text : undefined);
    // Or a title alone with no writer printed (a heading under no other), the verse under it.
    const untitled = byline === undefined;
    if (untitled && (line.kind !== 'heading' || content[i - 1]?.kind === 'heading')) continue;
    const credits = untitled ? [] : parseByline(byline);
    if (!untitled && (!credits.some((credit) => credit.role === 'writer') || editorsOnly(byline))) continue;
    let end = i + 1;
    // A list's lines (an appendix, names a row at a time) stay the list's; a line over a 副题
    // (——…) is the next piece's title.
    while (
      verseLine(content[end]) &&
      !(untitled && content[end]!.item) &&
      !SUBTITLE_DASH.test(content[end + 1]?.text ?? '') &&
      !(untitled && end - i - 1 > UNTITLED_VERSE_MOST)
    )
      end++;
    // The verse's first line: under a writer, the next; under a title alone, the line set widest
    // apart of the next three (a 主题 or 副题 under an 引题, closer, is the title's).
    let first = i + 1;
    if (untitled)
      for (let k = i + 2; k <= i + 3 && k < end; k++)
        if (content[k]!.blanksBefore > content[first]!.blanksBefore && content[k - 1]!.kind === 'heading') first = k;
    end = nextPoemAt(content, first, end) ?? end;
    // More short lines under a title alone than a poem with no writer prints, and no next poem's
    // title among them: not read as one (a page of headlines, each over the rest, would be read
    // again at each).
    if (untitled && end - i - 1 > UNTITLED_VERSE_MOST) continue;
    const next = content[end];
    // Two or three lines of one length in a heading's look, between the byline (a reporter's too)
    // and the text: the verse a story opens with (题记: 春蚕到死丝方尽 / 蜡炬成灰泪始干), a stanza
    // of its text, not the next story's headline.
    const opening = content.slice(i + 1, end);
    if (!untitled && next?.kind === 'body' && openingVerse(opening, next)) {
      opening.forEach((line, k) => {
        asItem(line);
        line.stanza = k === 0 ? 'first' : 'next';
      });
      i = end - 1;
      continue;
    }
    // A poem is no reporter's.
    if (credits.some((credit) => /记者|通讯员/u.test(credit.title ?? ''))) continue;
    let verseEnd = end;
    // Under the next piece's writer, or over prose after a last line of a heading's look: a title
    // (over a title that prints its writer, only its 引题 set apart).
    if (next?.writer || next?.kind === 'byline' || (next?.kind === 'body' && content[end - 1]?.kind === 'heading')) {
      // Of its last two lines, the one set wider apart than every line of the verse above it (the
      // wider of two such: a stanza's first line may be set so too).
      const stanzaGap = (k: number) => Math.max(0, ...content.slice(first + 1, k).map((line) => line.blanksBefore));
      // Over a title that prints its writer, only the line right above it may be its 引题, and
      // only set closer to it than to the verse (else the poem's last stanza, set apart).
      const apart = (next?.writer ? [end - 1] : [end - 2, end - 1])
        .filter((k) => k > first && content[k]!.blanksBefore > stanzaGap(k))
        .filter((k) => !next?.writer || content[k]!.blanksBefore > next.blanksBefore)
        .reduce<number | undefined>(
          (best, k) => (best === undefined || content[k]!.blanksBefore > content[best]!.blanksBefore ? k : best),
          undefined,
        );
      const subtitled = SUBTITLE_DASH.test(content[end - 1]!.text) ? 2 : 1;
      verseEnd = apart ?? (next?.writer ? end : end - subtitled);
    }
    const verse = content.slice(first, verseEnd);
    if (verse.length < 4 || !readsAsVerse(verse)) continue;
    // A stanza's lines are set as close as the poem's closest; a wider gap opens the next stanza.
    const lineGap = Math.min(...verse.slice(1).map((line) => line.blanksBefore));
    // With no writer to tell a poem from a headline's lines or a narrow column's, its title is
    // set further from its first line than its lines are from each other, and no line is
    // indented as a paragraph, runs on into the next or ends inside a word.
    if (untitled && (verse[0]!.blanksBefore <= lineGap || !unbroken(verse))) continue;
    verse.forEach((line, k) => {
      asItem(line);
      delete line.wraps;
      line.stanza = k > 0 && line.blanksBefore <= lineGap ? 'next' : 'first';
    });
    i = end - 1;
  }
}

/**
 * Where the next poem starts among the short lines run on under a poem (first..end): a title
 * with no writer printed (an 引题 over it, set closer), set wider apart from the poem above than
 * any of its stanzas are from each other (so only once it has two: a poem's first stanza break
 * is no title), no further from its own first line than from that poem but further than its
 * lines are from each other, over four lines or more that read as verse, each whole. Not a
 * part's numeral (二, （三）), which stays the poem's.
 */
function nextPoemAt(content: readonly PageLine[], first: number, end: number): number | undefined {
  // The gaps of the poem above: its lines' (the closest) and its stanzas' (the widest), once it has two.
  let closest = Infinity;
  let widest = -1;
  for (let k = first + 1; k < end; k++) {
    const gap = content[k]!.blanksBefore;
    if (widest > closest && gap > widest && opensPoem(content, k, end)) return k;
    closest = Math.min(closest, gap);
    widest = Math.max(widest, gap);
  }
  return undefined;
}

/** Does a title alone open a poem at content[k], its verse running to end (nextPoemAt)? */
function opensPoem(content: readonly PageLine[], k: number, end: number): boolean {
  const kicked = k + 2 < end && content[k + 1]!.blanksBefore < content[k + 2]!.blanksBefore;
  const title = content[kicked ? k + 1 : k]!;
  const verse = content.slice(kicked ? k + 2 : k + 1, end);
  if (verse.length < 4 || SECTION_NUMBER.test(title.text) || /^[\p{N}一二三四五六七八九十]+$/u.test(title.text.trim()))
    return false;
  const lineGap = Math.min(...verse.slice(1).map((line) => line.blanksBefore));
  // Set no further from its verse than from the poem above: else the poem's last stanza.
  const below = verse[0]!.blanksBefore;
  return below > lineGap && below <= content[k]!.blanksBefore && unbroken(verse) && readsAsVerse(verse);
}

/** A story's appendix, opened on a line of its own (附：受表彰名单, 附件1：, 附：). */
const APPENDIX = /^附(?:件|表|录)?\s*[0-9０-９一二三四五六七八九十]{0,2}\s*[:：]/u;

/** What a list's line never holds: a sentence's end or a pause. */
const SENTENCE_MARK = /[。！？；!?;，,]/u;

/** A line with no sentence's end or pause in it: short, or a row of items. */
function listLine(text: string): boolean {
  return !SENTENCE_MARK.test(text) && (text.trim().length <= 24 || listRow(text));
}

/** A row of a list: names (张伟 李娜 王强), or items of two to 24 characters set apart by wide spaces. */
function listRow(text: string): boolean {
  if (SENTENCE_MARK.test(text)) return false;
  const items = text.trim().split(/[ \t]{2,}|\u3000+/u);
  return namesRow(text) || (items.length >= 2 && items.every((item) => item.length >= 2 && item.length <= 24));
}

/** A line a list may hold: a head or a row, neither wrapped from the line above nor a sentence. */
const listed = (line: PageLine | undefined): line is PageLine =>
  (line?.kind === 'heading' || line?.kind === 'body' || (line?.kind === 'byline' && listRow(line.text))) &&
  !line.wraps &&
  listLine(line.text);

/**
 * A list printed under a title of its own, with no 附： (2021年度“两优一先”受表彰名单 / 先进基层党组织（3个）
 * / 光电产业园联合党委　　软件园党总支 / 优秀共产党员（6名） / 张伟　　李娜　　王强): rows of names or
 * of items set wide apart, each under the head of its group or not, are the piece's text, a line
 * a paragraph; not section heads, nor a row run into the head under it. Three rows or more, or
 * two under heads of their groups: a headline whose phrases are set wide apart is two lines at
 * most, with no head between them. The list ends at a line that is no row, nor a head over one.
 */
function markTitledLists(lines: PageLine[]): void {
  const content = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture');
  const row = (line: PageLine | undefined) => listed(line) && listRow(line.text);
  const head = (k: number) => listed(content[k]) && !row(content[k]) && row(content[k + 1]);
  for (let i = 0; i + 1 < content.length; i++) {
    if (content[i]!.kind !== 'heading' || content[i]!.item) continue;
    let end = i + 1;
    while (row(content[end]) || head(end)) end++;
    const run = content.slice(i + 1, end);
    const rows = run.filter((line) => row(line)).length;
    if (rows < 2 || (rows < 3 && rows === run.length)) continue;
    for (const line of run) asItem(line);
    i = end - 1;
  }
}

/**
 * An appendix a story prints after its text (附：受表彰名单 / 先进基层党组织（5个） / 光电产业园联合党委
 * 软件园党总支 / 优秀共产党员（6名） / 张伟 李娜 王强): the story's own, each line a paragraph of its
 * own; not a new story whose kicker is 附：. Its lines run while they read as a list. Short lines
 * that lead to text (a sentence under them, a byline) end it: those from the first set wider apart
 * than the list's lines, or else the last, are the next story's headline.
 */
function markAppendices(lines: PageLine[]): void {
  const content = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture');
  // A row of two names (吴长赋  张志东) reads as a byline anywhere else: here it is the list's; a row
  // of names already read as one (markNameLists) goes on with it.
  for (let i = 1; i < content.length; i++) {
    const opener = content[i]!;
    const before = content[i - 1]!.kind;
    if (!APPENDIX.test(opener.text) || !listed(opener) || (before !== 'body' && before !== 'byline')) continue;
    asItem(opener);
    let end = i + 1;
    while (listed(content[end])) {
      if (listRow(content[end]!.text)) {
        asItem(content[end++]!);
        continue;
      }
      let run = end;
      while (listed(content[run]) && !listRow(content[run]!.text)) run++;
      const after = content[run];
      const toText = after?.kind === 'byline' || (after?.kind === 'body' && !after.item && !listLine(after.text));
      // The appendix's title under a bare 附： may have its text under it (附： / …倡议书 / 全体党员：…).
      const titled = end === i + 1 && /[:：]\s*$/u.test(opener.text);
      if (!toText || titled) {
        const last = titled && toText ? end + 1 : run;
        for (; end < last; end++) asItem(content[end]!);
        continue;
      }
      // Set apart from the list wider than its lines are from each other, or its last line alone.
      const listGap = Math.max(...content.slice(i, end).map((line) => line.blanksBefore));
      const apart = content.slice(end, run).findIndex((line) => line.blanksBefore > listGap);
      const headline = apart >= 0 ? end + apart : run - 1;
      for (; end < headline; end++) asItem(content[end]!);
      break;
    }
    i = end - 1;
  }
}

/**
 * Short lines a paragraph announces with a colon (…朗诵了自己创作的诗歌《初心》： / 一百年风雨兼程 /
 * 一百年初心如磐): verse, slogans or a list the text quotes, each a paragraph of its own; not a
 * new story's headline. Not when a byline or a dateline follows them: then they are the next
 * story's headline after all, under a text that ended on its colon.
 */
function markAnnouncedLines(lines: PageLine[]): void {
  const content = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture');
  for (let i = 1; i < content.length; i++) {
    const before = content[i - 1]!;
    if (!announces(before) || content[i]!.kind !== 'heading') continue;
    let end = i;
    while (content[end]?.kind === 'heading') end++;
    const after = content[end];
    if (after?.kind === 'byline' || (after?.kind === 'body' && DATELINE.test(after.text))) continue;
    for (const line of content.slice(i, end)) {
      asItem(line);
    }
    i = end;
  }
}

/**
 * A column of briefs, each printed on one line with its title (党建简讯 / ■金鼎社区开展志愿服务
 * 6月25日，… / ■唐家湾镇举办培训班 6月26日，…): under a label of its own (a heading of one
 * short line), or two briefs or more that open as news items do, with nothing between them but
 * the lines their text goes on in. Each is a story (split.ts), not a caption, nor a paragraph
 * of the story above; a paragraph a mark sets off inside a story (■强化组织引领 高新区…) opens as
 * no news item, and stays text.
 */
function markBriefs(lines: PageLine[]): void {
  const content = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture');
  const briefs = content.map((line) =>
    line.kind === 'body' || line.kind === 'caption' || line.kind === 'heading' ? briefItem(line.raw) : undefined,
  );
  for (let i = 0; i < content.length; i++) {
    if (!briefs[i]) continue;
    // The run of briefs: each, and the lines of text between them (their text going on).
    const run: number[] = [];
    let end = i;
    while (end < content.length && (briefs[end] || content[end]!.kind === 'body')) {
      if (briefs[end]) run.push(end);
      end++;
    }
    const labelled = briefsLabel(content[i - 1]);
    const news = run.filter((at) => OPENS_AS_NEWS.test(briefs[at]!.text));
    if (labelled || news.length >= 2)
      for (const at of labelled ? run : news) {
        content[at]!.kind = 'body';
        content[at]!.brief = briefs[at]!;
      }
    i = end - 1;
  }
}

/**
 * A line over a byline with the text under it that reads as no headline on its own looks
 * (lines.ts), but is one: a headline that asks or exclaims (党员的初心是什么？), or one too long
 * for a heading's width (珠海高新区召开2021年度基层党组织书记抓基层党建工作述职评议考核会议暨
 * 党建工作推进会), set apart, with no clause of a sentence nor a mark of one, so no text's last
 * line. Not one over a byline in brackets, which ends a story's text.
 */
function markHeadlinesOverBylines(lines: PageLine[]): void {
  const content = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture');
  content.forEach((line, i) => {
    const [byline, after] = [content[i + 1], content[i + 2]];
    if (line.kind !== 'body' || line.wraps || byline?.kind !== 'byline' || after?.kind !== 'body') return;
    if (/^[（(]/u.test(byline.text)) return;
    const length = [...line.text].length;
    const asks = length <= 24 && /[？！?!]$/u.test(line.text) && !/[。；，,]/u.test(line.text);
    const long =
      !line.brief &&
      (i === 0 || line.blanksBefore > 0) &&
      length <= 60 &&
      /\p{Script=Han}{8}/u.test(line.text) &&
      !/[，。；：！？,.;:!?、…]/u.test(line.text);
    // Phrases a comma or two parts (党员志愿服务，暖人心; 金鼎社区：志愿服务，党员先行), ending no
    // sentence, under text that ended its own: a headline's, as no paragraph's last line leaves
    // its sentence open. (Not an interview's turn: 问：…)
    const above = content[i - 1];
    const phrased =
      !line.brief &&
      (i === 0 || line.blanksBefore > 0) &&
      length <= 30 &&
      !TERMINAL.test(line.text) &&
      !/[。；;]|[:：]$/u.test(line.text) &&
      !/^(?:问|答|主持人|记者)\s*[:：]/u.test(line.text) &&
      (line.text.match(/[，,、]/gu)?.length ?? 0) <= 2 &&
      !DATELINE.test(line.text) &&
      (!above || above.kind !== 'body' || TERMINAL.test(above.text));
    if (asks || long || phrased) line.kind = 'heading';
  });
}

/**
 * A bracket the line's end opened after a dateline (…11月8日电（ ｜ 记者 赖彩凤、张嘉村）作为惠州…):
 * the line under it, which closes the bracket and goes on, is the paragraph's text, the names
 * in it the dateline's, not a byline of its own.
 */
function datelineRests(lines: PageLine[]): void {
  const content = lines.filter((l) => l.kind !== 'blank');
  const lineGap = lineGapOf(content);
  content.forEach((line, i) => {
    const above = content[i - 1];
    if (line.kind !== 'byline' || !above || line.blanksBefore > lineGap || !/[（(]\s*$/u.test(above.text)) return;
    if (/^[^（(）)]+[）)]\s*\p{Script=Han}/u.test(line.text)) line.kind = 'body';
  });
}

/**
 * A jump mark a line's end cut in two (…保障基础。（下 ｜ 转A2版）): the jump line the rules drop
 * takes its opening too, which the text above then leaves out.
 */
function splitJumpMarks(lines: PageLine[]): void {
  lines.forEach((line, i) => {
    if (line.kind === 'blank' || line.kind === 'furniture') return;
    const next = findAfter(lines, i, (l) => l.kind !== 'blank');
    if (next?.rule !== JUMP_LINE) return;
    const end = cutJumpMarkAt(line.text, next.text);
    if (end !== undefined) line.text = line.text.slice(0, end);
  });
}

/**
 * A line's width as printed: a Chinese character 1, a letter, digit or space ½, and the marks
 * printed with numbers (2.5, 10%, 2018-2020). Other punctuation is printed full-width in
 * Chinese text, whatever form the OCR tool gives it (`,` for `，`).
 */
export function printedWidth(raw: string): number {
  let width = 0;
  for (const c of raw.trimEnd()) width += /[A-Za-z0-9 .%+\-/]/.test(c) ? 0.5 : 1;
  return width;
}

/** A paragraph's first line, indented: one or two full-width spaces, two to four spaces, a tab. */
const INDENTED = /^(?:\u3000{1,2}|[ ]{2,4}|\t)(?=\S)/u;
/** A line set in further than a paragraph's indent: centred, as a headline may be. */
const CENTRED = /^(?:\u3000{3,}|[ ]{5,}|\t{2,})/u;
const TEXT_KINDS = new Set<PageLine['kind']>(['body', 'heading', 'caption']);
/** Words set a space apart, as a headline's phrases are (守初心 担使命, 实施“五大行动” 引领…). */
const SPACED_WORDS = /[\p{Script=Han}”’」』）》][ \u3000]+[\p{Script=Han}“‘「『（《]/u;
/** A quotation's or a bracket's words, whole or cut by the line's start or end. */
const QUOTED = /^[^“‘「『（《]*?[”’」』）》]|[“‘「『（《][^”’」』）》]*(?:[”’」』）》]|$)/gu;
/**
 * Words set a space apart outside quotation marks, or after a section head's number: a
 * headline's phrases are, but a quoted slogan in running text keeps its own spaces (开展“学党史
 * 跟党走”系列展览), even cut by the line's end.
 */
const spacedWords = (raw: string) =>
  SPACED_WORDS.test(raw.replace(QUOTED, '字')) || NUMBERED_HEAD.test(raw.trimStart());
/** A section head's number set a space before its words (3 打通服务群众“最后一公里”). */
const NUMBERED_HEAD = /^[\d０-９]{1,2}[ \u3000]+\p{Script=Han}/u;
/**
 * Marks that never open a line (a comma, a closing quote, a per cent sign) and marks that never
 * close one (an opening quote or bracket): a line that opens with one, or follows a line that
 * ends with one, goes on from the line above, whatever else it looks like.
 */
const OPENS_GOING_ON = /^[，。、；：？！”’」』）》%‰…,.;:?!]/u;
const ENDS_GOING_ON = /[“‘「『（《【]$/u;
const mustGoOn = (above: PageLine, line: PageLine) =>
  TEXT_KINDS.has(line.kind) && (OPENS_GOING_ON.test(line.text) || ENDS_GOING_ON.test(above.text));

/**
 * Some pages come hard-wrapped: each paragraph cut into lines of the text's width, one under the
 * other with no blank line between (or a blank line after every line, which then parts nothing),
 * a new paragraph often indented (　　). A line right under a line of that width (textWidth),
 * not indented, goes on with it: it is running text (never a heading, a caption or a paragraph of
 * its own), and the join is no column break to check. A line wider than the text, or with its
 * words a space apart, is a headline's. After a line that ends a sentence the paragraph may have
 * ended too (markRun, goesOn).
 */
function markWrappedLines(lines: PageLine[]): void {
  const content = lines.filter((l) => l.kind !== 'blank');
  const full = textWidth(content);
  if (full === undefined) return;
  const lineGap = lineGapOf(content);
  numberTails(content, full, lineGap);
  characterTails(content, full, lineGap);
  nameTails(content, full, lineGap);
  phrasesInText(content, full, lineGap);
  const runs: PageLine[][] = [];
  for (const line of content) {
    if (!runs.length || line.blanksBefore > lineGap) runs.push([]);
    runs.at(-1)!.push(line);
  }
  // Whether the page indents its paragraphs is the page's way, not a run's: on a page that sets
  // a blank line between paragraphs, a run is one paragraph, with one indented line at most.
  const indents = indentsParagraphs(content);
  const page = { indents, blankParted: lineGap === 0 && blankParted(runs, full) };
  for (const run of runs) if (run.length >= 2) markRun(run, full, page);
  listRowsApart(content);
}

/** Names a 、 apart (赖彩凤、宋显晖、叶伟), two or more, each a common surname's. */
function namesListed(text: string): boolean {
  const names = text.trim().split('、');
  return names.length >= 2 && names.every((name) => /^\p{Script=Han}{2,4}$/u.test(name) && isCommonSurname(name[0]!));
}

/**
 * Rows of a list of names a 、 apart, one under another (赖彩凤、宋显晖、叶伟 / 张嘉村、李洋、张志东):
 * each row under another a paragraph of its own, though as wide as the text. A list the line's
 * end cuts keeps its 、 at that end (no line opens with one), so a row that ends on a name ends
 * there; run together, two names became one (叶伟张嘉村).
 */
function listRowsApart(content: readonly PageLine[]): void {
  content.forEach((line, i) => {
    const above = content[i - 1];
    if (!line.wraps || above?.kind !== 'body' || line.kind !== 'body') return;
    if (!namesListed(above.text) || !namesListed(line.text)) return;
    delete line.wraps;
    asItem(line);
  });
}

/**
 * The end of a number, or marks, the wrapping sent under a full line (…同比增长42.4 ｜ 6%。,
 * …的心声 ｜ ”。) are the paragraph's, though they hold no Chinese: not debris to drop.
 */
function numberTails(content: readonly PageLine[], full: number, lineGap: number): void {
  content.forEach((line, i) => {
    const above = content[i - 1];
    if (line.kind !== 'furniture' || line.rule !== NO_HAN || line.blanksBefore > lineGap) return;
    if (!above || !TEXT_KINDS.has(above.kind) || !near(printedWidth(above.raw), full)) return;
    const text = line.raw.trim();
    if ((/\d$/u.test(above.text) && /^[\d.．%％‰]/u.test(text)) || OPENS_GOING_ON.test(text)) {
      line.kind = 'body';
      line.text = cleanLine(line.raw);
      delete line.rule;
    }
  });
}

/**
 * The end of a sentence a column break or the line's end sent on alone, with no Chinese in it
 * (…同比增长1 ｜ 46%。, …增长 ｜ 146%。, …的心声 ｜ ”。, …党建引领 ｜ 。), under text that leaves its
 * sentence open, in a gap or not: the sentence's, though it reads as debris, which ends none.
 * (Dropped, the figure was lost, 增长1, and the next paragraph joined to the open sentence.)
 */
function markSentenceEnds(lines: PageLine[]): void {
  lines.forEach((line, i) => {
    if (line.kind !== 'furniture' || (line.rule !== NO_HAN && line.rule !== STRAY_CHARACTER)) return;
    const above = findBefore(lines, i, (l) => l.kind !== 'blank');
    if (above?.kind !== 'body' || TERMINAL.test(above.text)) return;
    const text = cleanLine(line.raw);
    if (!endsSentenceAlone(text)) return;
    line.kind = 'body';
    line.text = text;
    delete line.rule;
    // Its gap is the next line's no longer: the blank lines after it alone part that line from it.
    const next = findAfter(lines, i, (l) => l.kind !== 'blank');
    if (next) next.blanksBefore = next.number - line.number - 1;
  });
}

/** What a number counts or measures with (家, 名, 项, 万…), beyond the calendar's words (年, 日, 周年). */
const MEASURE_WORDS =
  '个家万亿千百元角名人项次倍户米吨台座所位余多岁期批件条只篇天场处栋间套辆亩块份张本册部首起例支幅枚株棵箱袋斤克升度';
/** A figure that counts (28名, 680余人次, 1.5万元, ２０个): a statistic. */
const COUNT = new RegExp(`[\\d０-９](?:[.．][\\d０-９]+)?[${MEASURE_WORDS}]`, 'gu');

/** A number alone as a page number prints (3, 12): a piece only before the word it counts. */
const PAGE_NUMBER_SHAPE = /^\d{1,2}$/u;
/**
 * What a number counts or measures, opening the line under it (2023 ｜ 年, 86 ｜ 家, 479 ｜ 块,
 * 120 ｜ 余名): no sentence and no headline opens with one after a page number.
 */
const COUNTED = new RegExp(`^[年月日号时分秒周届${MEASURE_WORDS}]`, 'u');

/**
 * A figure or a word in letters that OCR set on a line of its own inside a sentence (…截至 ｜
 * 2023 ｜ 年4月底…, …占 ｜ GDP ｜ 比重…): the sentence's, though it reads as debris or a page
 * number. (Dropped, the figure was lost and the sentence joined round it.) The text above leaves
 * its sentence open and the line under goes on with it, in a gap or not, as a column break
 * leaves it: a number of a page number's shape only before what it counts, a letter alone never
 * (OCR's debris).
 */
function markSentencePieces(lines: PageLine[]): void {
  lines.forEach((line, i) => {
    if (line.kind !== 'furniture') return;
    // Its characters a space apart, as spaced-out type sets them (9 8): closed (the source view does too).
    const text = cleanLine(line.raw).replace(/^\S(?: \S)+$/u, (spaced) => spaced.replace(/ /gu, ''));
    const pageNumber = PAGE_NUMBER_SHAPE.test(text);
    if (line.rule !== NO_HAN && !(line.rule === PAGE_NUMBER_RULE && pageNumber)) return;
    if (!isSentencePiece(text)) return;
    // OCR's debris beside it (a letter alone, a picture's mark) parts nothing.
    const debris = (l: PageLine) => isMark(l) && !isSentencePiece(cleanLine(l.raw));
    const above = findBefore(lines, i, (l) => l.kind !== 'blank' && !debris(l));
    if ((above?.kind !== 'body' && above?.kind !== 'heading') || TERMINAL.test(above.text)) return;
    const below = findAfter(lines, i, (l) => l.kind !== 'blank' && !debris(l));
    if (!below || below.kind === 'furniture' || below.kind === 'byline') return;
    const counted = /\d$/u.test(text) && COUNTED.test(below.text);
    const opensGoingOn = OPENS_GOING_ON.test(below.text);
    if (!(counted || opensGoingOn || (!pageNumber && HAN.test(below.text[0] ?? '')))) return;
    line.kind = 'body';
    line.text = text;
    delete line.rule;
    if (below.kind !== 'body' && (counted || opensGoingOn)) below.kind = 'body';
  });
}

/** An organization's name as it signs a letter: …工作委员会, …党工委, …支部委员会, …管委会. */
const SIGNING_BODY =
  /(?:委员会|党委|党工委|工委|党组|党支部|支部|总支|管委会|管理委员会|政府|办公室|办事处|组织部|宣传部|统战部|团委|妇联|工会|协会|学会|联合会)$/u;

/**
 * A letter's or an appeal's signature under its text (倡议书, 公开信): the body that signs it on
 * one line and the date on the next (中共某某高新区工作委员会 ｜ 2021年6月28日). The text's last
 * lines, though the name reads as a headline and the date alone as the page's date (before: the
 * name became the next story's 引题, the date was dropped).
 */
function markSignatures(lines: PageLine[]): void {
  lines.forEach((line, i) => {
    if (line.kind !== 'furniture' || line.rule !== PRINTED_DATE_RULE) return;
    const name = findBefore(lines, i, (l) => l.kind !== 'blank');
    if (!name || (name.kind !== 'heading' && name.kind !== 'body') || name.text.length > 30) return;
    if (!SIGNING_BODY.test(name.text) || /[，。！？；、]/u.test(name.text)) return;
    const text = findBefore(lines, name.number - 1, (l) => l.kind !== 'blank');
    if (text?.kind !== 'body' || !TERMINAL.test(text.text)) return;
    name.kind = 'body';
    line.kind = 'body';
    line.text = cleanLine(line.raw);
    delete line.rule;
    // Each a paragraph of its own, as printed.
    name.item = true;
    line.item = true;
  });
}

/**
 * A paragraph's last character the wrapping sent alone under a full line that ends no sentence
 * (…的“双十一” ｜ 目, a sentence the page cuts off), or the second half of a two-part mark
 * (…活动… ｜ …), is the paragraph's, not a stray character. Debris stands apart: in a gap, or
 * after a sentence's end.
 */
function characterTails(content: readonly PageLine[], full: number, lineGap: number): void {
  content.forEach((line, i) => {
    const above = content[i - 1];
    if (line.kind !== 'furniture' || line.rule !== STRAY_CHARACTER || line.blanksBefore > lineGap) return;
    if (!above || !TEXT_KINDS.has(above.kind) || !near(printedWidth(above.raw), full)) return;
    const text = cleanLine(line.raw);
    const markHalf = /^[…—]$/u.test(text) && above.text.endsWith(text);
    if (!markHalf && (TERMINAL.test(above.text) || !HAN.test(text))) return;
    line.kind = 'body';
    line.text = text;
    delete line.rule;
    // A line the wrapping ran on from is running text, though it read as a heading (…开展主题教育
    // 与庆祝新 ｜ 中, a story cut off at the page's foot): no headline leaves one character under it.
    if (above.kind === 'heading') above.kind = 'body';
  });
}

/**
 * The end of a paragraph the wrapping sent under a full line that ends no sentence, where it reads
 * as a name alone (…开展主题教育与庆 ｜ 祝新中, a story the page cuts off): running text, where the
 * break cuts a word (庆祝), not a writer the page never names. A name under a title as wide as
 * the text (…新篇章 ｜ 王芳) leaves no word cut.
 */
function nameTails(content: readonly PageLine[], full: number, lineGap: number): void {
  let pairs: Map<string, number> | undefined;
  content.forEach((line, i) => {
    const above = content[i - 1];
    if (line.kind !== 'heading' || line.blanksBefore > lineGap || !/^\p{Script=Han}{2,3}$/u.test(line.text)) return;
    if (!isCommonSurname(line.text[0]!)) return;
    if (!above || !TEXT_KINDS.has(above.kind) || TERMINAL.test(above.text) || !near(printedWidth(above.raw), full))
      return;
    pairs ??= pairCounts(content.map((l) => l.text));
    if (!cutInWord(above.text, line.text, pairs)) return;
    line.kind = 'body';
    // As under characterTails: no headline leaves a word's end under it.
    if (above.kind === 'heading') above.kind = 'body';
  });
}

/**
 * A line the furniture rules know by a phrase a sentence may also hold (PHRASE_FURNITURE:
 * 扫码即可打开…, …由高新区总工会主办) is running text where a hard-wrapped paragraph goes on
 * through it: under a full line that ends no sentence, no wider than the text, with the text
 * going on under it. Furniture stands apart, or ends a column (…的 ｜ 高新技术产业导报社出版).
 */
function phrasesInText(content: readonly PageLine[], full: number, lineGap: number): void {
  const phrase = (line: PageLine | undefined) =>
    line?.kind === 'furniture' && PHRASE_FURNITURE.has(line.rule ?? '') && line.blanksBefore <= lineGap;
  for (let first = 0; first < content.length; first++) {
    if (!phrase(content[first])) continue;
    // Such lines one under another (…监督局主办 ｜ 报道刊登于…导报) go with the text together, or not.
    let last = first;
    while (phrase(content[last + 1])) last++;
    const [above, below] = [content[first - 1], content[last + 1]];
    const run = content.slice(first, last + 1);
    first = last;
    if (!above || !TEXT_KINDS.has(above.kind) || TERMINAL.test(above.text) || !near(printedWidth(above.raw), full))
      continue;
    if (!below || !TEXT_KINDS.has(below.kind) || below.blanksBefore > lineGap) continue;
    if (run.some((line) => widerThanText(line, full))) continue;
    for (const line of run) {
      line.kind = 'body';
      delete line.rule;
    }
  }
}

/** Some tools set a blank line after every line: then one blank line parts nothing. */
function lineGapOf(content: readonly PageLine[]): number {
  const gaps = content.slice(1).map((l) => l.blanksBefore);
  return gaps.length && gaps.filter((g) => g === 1).length >= gaps.length * 0.9 ? 1 : 0;
}

/** Does the page indent its paragraphs' first lines (two lines of text at least)? */
const indentsParagraphs = (content: readonly PageLine[]) =>
  content.filter((l) => TEXT_KINDS.has(l.kind) && INDENTED.test(l.raw)).length >= 2;

/**
 * Does the page set a blank line between paragraphs, so that a run of lines is one paragraph? Then
 * no run has a paragraph's last line inside it: a line that ends a sentence well short of the
 * text's width, with text under it. (A page that sets blank lines between stories only has such
 * lines in most runs.)
 */
function blankParted(runs: readonly PageLine[][], full: number): boolean {
  const text = runs.filter((run) => run.filter((l) => TEXT_KINDS.has(l.kind)).length >= 2);
  const endsInside = text.filter((run) =>
    run.some(
      (l, i) =>
        TEXT_KINDS.has(l.kind) &&
        TEXT_KINDS.has(run[i + 1]?.kind ?? 'blank') &&
        TERMINAL.test(l.text) &&
        printedWidth(l.raw) < full - 1.5,
    ),
  );
  return text.length >= 3 && endsInside.length <= text.length * 0.1;
}

/** Justified lines differ by a character or so: a punctuation mark squeezed in or pushed down. */
const near = (a: number, b: number) => Math.abs(a - b) <= 1.5;
/** What a line opens with that cannot be parted: a character and the marks that may not open a line. */
const FIRST_UNIT = /^\S[，。、；：？！”’」』）》…,.;:?!]*/u;

/**
 * The width of a hard-wrapped page's text: the width the most of its lines have, if at least six
 * and a third of them have it (a paragraph's lines before its last). A page of whole paragraphs,
 * one to a line, has no such width.
 */
function textWidth(content: readonly PageLine[]): number | undefined {
  const widths = content
    .filter((l) => TEXT_KINDS.has(l.kind))
    .map((l) => printedWidth(l.raw))
    .filter((w) => w >= 8);
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  const full = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  if (full === undefined) return undefined;
  const shared = widths.filter((w) => near(w, full)).length;
  return shared >= 6 && shared >= widths.length / 3 ? full : undefined;
}

/**
 * Is a line wider than a hard-wrapped page's text, so no line of it? A line of Chinese is at most
 * as wide, not counting the marks it hangs past the edge at its end (…的心声。”), or a character
 * wider if it hangs none and squeezes marks inside (标点挤压); one with letters or digits, whose
 * printed widths are guesses, half a character more.
 */
export function widerThanText(line: PageLine, full: number): boolean {
  const set = withoutHangingMarks(line.raw);
  const hangs = set.length < line.raw.trimEnd().length;
  const guessed = /[A-Za-z0-9]/.test(set);
  const allowance = (guessed ? 0.5 : 0) + (!hangs && (guessed || /[\p{P}\p{S}]/u.test(set)) ? 1 : 0);
  return printedWidth(set) > full + allowance;
}

/** Marks a line may hang past the text's right edge, at its end (…的心声。”). */
const HANGING_MARKS = /[，。、；：？！”’」』）》…,.;:?!]+$/u;
const withoutHangingMarks = (raw: string) => raw.trimEnd().replace(HANGING_MARKS, '');

function markRun(
  run: PageLine[],
  full: number,
  { indents, blankParted }: { indents: boolean; blankParted: boolean },
): void {
  // A sentence's end, or the writers' names closing the story (…。·张三 李四·).
  const endsParagraph = (l: PageLine) => TERMINAL.test(l.text) || trailingByline(l.text).credits.length > 0;
  /**
   * Is the line above full, so that the paragraph goes on under it: would the next line's first
   * character not have fitted on it, with the marks that may not open a line and go down with it
   * (…高新｜区，…; a space the line ends in counted)? A line of letters or digits, whose printed
   * widths the count only guesses, is full within a character and a half.
   */
  const fills = (above: PageLine, line: PageLine) => {
    const width = printedWidth(above.raw) + (/\s$/u.test(above.raw) ? 0.5 : 0);
    if (/[A-Za-z0-9]/.test(above.raw)) return near(width, full);
    return (
      printedWidth(withoutHangingMarks(above.raw)) <= full + 1.5 &&
      width + printedWidth(FIRST_UNIT.exec(line.text)?.[0] ?? '') > full
    );
  };
  /** Could the line go on from the one above: text under a full-width line, no wider, opening no paragraph? */
  const couldGoOn = (above: PageLine, line: PageLine) =>
    mustGoOn(above, line) ||
    (TEXT_KINDS.has(line.kind) &&
      fills(above, line) &&
      !INDENTED.test(line.raw) &&
      !CENTRED.test(line.raw) &&
      // A lead opens with its dateline (本报讯, 新华社…电).
      !DATELINE.test(line.text) &&
      // A headline's phrases a space apart.
      !(line.kind === 'heading' && spacedWords(line.raw)) &&
      // Wider than the text, either of them: a headline.
      !widerThanText(line, full) &&
      !widerThanText(above, full));
  /**
   * Do the lines from run[i] on end as a paragraph does: with a sentence's end, or after two
   * lines of the full width? A headline's lines never end with a full stop.
   */
  const endsAsParagraph = (i: number) => {
    let j = i;
    let bound = false;
    while (run[j + 1] && !endsParagraph(run[j]!) && couldGoOn(run[j]!, run[j + 1]!)) {
      bound ||= mustGoOn(run[j]!, run[j + 1]!);
      j++;
    }
    // Lines bound by a mark (…增长11 ｜ %、规模…), with a sentence's end inside one (…经费。深入
    // 开展了), or that read as a piece of a sentence (…增长11%、规模 ｜ 以上…的“双十一”目, a story
    // cut off at the page's foot) are running text: no headline breaks or stops so.
    const lines = run.slice(i, j + 1);
    const sentenceInside = lines.some((l) => /[。！？](?=.)/u.test(l.text));
    const fragment = looksLikeFragment(lines.map((l) => l.text).join(''), undefined);
    return endsParagraph(run[j]!) || j - i >= 2 || bound || sentenceInside || fragment;
  };
  /**
   * After a sentence's end the paragraph may have ended too: on a page that marks its
   * paragraphs (indents them, or sets a blank line between them), the next line goes on with it
   * if it ends as a paragraph (a headline as wide as the text does not) and opens with no
   * caption's mark (图为…); on one that does not mark them, never.
   */
  const goesOn = (above: PageLine, line: PageLine, index: number) =>
    mustGoOn(above, line) ||
    (couldGoOn(above, line) &&
      (!endsParagraph(above) || ((indents || blankParted) && !CAPTION_MARK.test(line.text) && endsAsParagraph(index))));
  for (let i = 1; i < run.length; i++) {
    const [above, line] = [run[i - 1]!, run[i]!];
    // A line read as a heading (at the text's width, with no punctuation in it, say) opens a
    // paragraph if it is indented, or if the lines that go on from it end as a paragraph does
    // and it has no space between its words, as a headline may.
    const aboveIsText =
      above.kind === 'body' ||
      // A caption's line that stops short of its sentence's end (▲…到颐年堂养老院开 ｜ 展…).
      (above.kind === 'caption' && !endsParagraph(above) && !CAPTION_CREDIT.test(above.text)) ||
      above.wraps ||
      (above.kind === 'heading' &&
        (INDENTED.test(above.raw) ||
          mustGoOn(above, line) ||
          (!spacedWords(above.raw) && goesOn(above, line, i) && endsAsParagraph(i - 1))));
    // A line that sends its story on to another page (…庆祝新中（下转第2版）) goes on there, not
    // here; one that brings a story from another page ((上接第1版)近期，…) opens its text here.
    const jumps = () => endsOnJumpAway(stripOcrMarkup(above.raw)) || opensOnJumpFrom(stripOcrMarkup(line.raw));
    // A line that ends a sentence and then a photo's credit (…体检活动。 供图：高新区) ends its
    // caption, however many lines it took: the line under it (a section's head) is not the credit's.
    // Unless the line is the credit's own end, cut off by the wrapping (…。 供图：高新 ｜ 区).
    const credit = CAPTION_CREDIT.exec(above.text);
    const creditEnds =
      !!credit &&
      /[。！？”]$/u.test(above.text.slice(0, credit.index).trim()) &&
      !(line.text.length <= CREDIT_TAIL && CAPTION_CREDIT.exec(`${above.text}${line.text}`)?.index === credit.index);
    if (aboveIsText && !creditEnds && goesOn(above, line, i) && !jumps()) {
      above.kind = 'body';
      line.kind = 'body';
      line.wraps = true;
    }
  }
  // On a page that indents its paragraphs, an indented line is a paragraph's first, though it be
  // its only one (a story's last line, cut off at the page's foot), never a heading.
  if (indents) for (const line of run) if (line.kind === 'heading' && INDENTED.test(line.raw)) line.kind = 'body';
}

/**
 * The most characters of a photo's credit the wrapping sends to the next line (…供图：高新 ｜ 区,
 * …本报记者 ｜ 张嘉村 摄): a name, or an office's last word.
 */
const CREDIT_TAIL = 5;

/** The people who made the page rather than wrote its stories: its editors, layout and proofreaders. */
const PAGE_ROLES = /^(责任编辑|编辑|责编|组版|美编|校对)$/u;
export const FOOT_CREDITS = '编辑/组版/校对（页脚）';

/**
 * The page's production credits, printed at its foot after the last story: 组版：王强 校对：李明.
 * A proofreader is the page's, never one story's; several such roles on one line are the page's
 * when the line is set apart from the text above (a wider gap than between paragraphs, or other
 * foot furniture over it). A story's own credits under its text (编辑：李四, then 组版：王五) stay its own.
 */
function markFootCredits(lines: PageLine[]): void {
  const paragraphGap = spacingOf(elementsOf(lines)).paragraph;
  const lastText = lines.findLastIndex((l) => l.kind === 'body' || l.kind === 'caption' || l.kind === 'heading');
  if (lastText < 0) return;
  let previous: PageLine = lines[lastText]!;
  for (const line of lines.slice(lastText + 1)) {
    if (line.kind === 'blank' || isMark(line)) continue;
    if (line.kind === 'byline') {
      const credits = parseByline(line.text);
      const labels = new Set(credits.map((c) => c.label ?? ''));
      const production = credits.length > 0 && [...labels].every((label) => PAGE_ROLES.test(label));
      const setApart = line.blanksBefore > paragraphGap || previous.kind === 'furniture';
      if (production && (labels.has('校对') || (labels.size >= 2 && setApart))) {
        line.kind = 'furniture';
        line.rule = FOOT_CREDITS;
      }
    }
    previous = line;
  }
}

/**
 * A page's name (版名: 要闻, 党建, 综合新闻) is printed among the furniture at its top: a word or
 * two on a line of its own next to the date, 版次 or 报名 lines, before any story text.
 */
function markPageNames(lines: PageLine[]): void {
  const content = lines.filter((l) => l.kind !== 'blank');
  const firstText = content.findIndex((l) => l.kind === 'body' || l.kind === 'caption');
  const top = content.slice(0, firstText < 0 ? content.length : firstText);
  // A title that prints its writer (七一抒怀 □ 王芳) is no page's name.
  const isWord = (l: PageLine | undefined) =>
    !!l && l.kind === 'heading' && !l.writer && hashesOf(l.raw) === 0 && /^\p{Script=Han}{2,6}$/u.test(l.text);
  // Judged as printed, before any of them is marked.
  const words = new Set(top.filter(isWord));
  const word = (l: PageLine | undefined) => !!l && words.has(l);
  // The page's editors, above its first headline or among its top furniture (not over a story's
  // text, which a story's own credits may be): 责任编辑：王芳 组版：李强. First, so that a 版名 next
  // to them is next to furniture.
  const firstHeading = top.findIndex((l) => l.kind === 'heading' && !word(l));
  top.forEach((line, i) => {
    const aboveHeadlines = firstHeading < 0 || i < firstHeading;
    const amongFurniture = top[i + 1]?.kind === 'furniture' || !top[i + 1];
    if (line.kind === 'byline' && (aboveHeadlines || amongFurniture) && editorsOnly(line.text)) {
      line.kind = 'furniture';
      line.rule = '编辑/组版';
    }
  });
  // A page's name with its bare number (园区党建 3), in the page's head: above all but its furniture.
  for (const line of top) {
    if (
      line.kind === 'heading' &&
      hashesOf(line.raw) === 0 &&
      NAME_WITH_BARE_NUMBER.test(line.text.normalize('NFKC'))
    ) {
      line.kind = 'furniture';
      line.rule = PAGE_NUMBER_RULE;
    } else if (line.kind !== 'furniture' && !word(line)) break;
  }
  // The page's name as its 版次 line prints it (第5版 · 要闻): the same word alone is that name.
  const pageName = printedPageName(lines);
  top.forEach((line, i) => {
    // Next to a furniture line, or one of a stack of such words (a single word right over a
    // headline may be its 栏目 instead).
    const nextToFurniture = [top[i - 1], top[i + 1]].some((l) => (l?.kind === 'furniture' && !isMark(l)) || word(l));
    // Right over a headline, on its own, it is the headline's 引题 or 栏目 (党史学习教育), unless
    // the 版次 line names the page so.
    // So is one right over a column of briefs (党建简讯 / ■金鼎社区开展志愿服务 6月25日，…): their label.
    // So is one right over a writer's byline (红旗颂 / □ 王芳), or over a poem's first line: a title of its own.
    const overHeadline =
      (top[i + 1]
        ? (top[i + 1]!.kind === 'heading' && !word(top[i + 1])) || top[i + 1]!.kind === 'byline'
        : !!content[firstText]?.brief || !!content[firstText]?.stanza) &&
      !word(top[i - 1]) &&
      line.text !== pageName;
    // Right under a 版次 that names no page (第３版 / 要闻), over a headline whole without it (引题,
    // 主题 and 副题: a fourth line is none of them), it is the name the 版次 leaves out.
    const namesPage =
      pageNumberWithoutName(top[i - 1]) && top.slice(i + 1, i + 4).filter((l) => l.kind === 'heading').length === 3;
    if (word(line) && ((nextToFurniture && !overHeadline) || namesPage)) {
      line.kind = 'furniture';
      line.rule = PAGE_NAME_RULE;
    }
  });
}

/** A line that finishes the byline the line before opened: ·张阳 ｜ 宋一诺 靳碧海·. */
export function isBylineRest(previous: string, text: string): boolean {
  // Only the paragraph's end can open a byline (BYLINE_OPENED holds a few dozen characters): a
  // paragraph a page's lines keep growing is never searched whole.
  return BYLINE_CLOSED.test(text) && hashesOf(text) === 0 && BYLINE_OPENED.test(previous.slice(-80));
}

/** Quotes and brackets a headline closes on its own line; a piece of a cut paragraph may not. */
const PAIRS: [string, string][] = [
  ['“', '”'],
  ['《', '》'],
  ['（', '）'],
  ['「', '」'],
];
const unbalanced = (text: string) =>
  PAIRS.some(([open, close]) => text.split(open).length !== text.split(close).length);

/**
 * A headline's last word whose last character would leave a sentence open: 作为 as a noun
 * (彰显新作为, 奋发有为, 大有可为), not as running text's verb after 把, 将, 以 (把党建工作作为 ｜ …).
 */
const WORD_AT_HEADLINES_END = /^(?!.*[把将以视]).*(?:作为|有为|可为)$/u;

/**
 * A column break leaves the first piece of a paragraph as a short line with no full stop, which
 * looks like a heading. It is a piece of running text when it reads as one: a quote or bracket
 * left open, an enumeration comma or a full stop inside, a last character that never ends a
 * headline (的, 和, 在, 第…), a first word that ties it to the sentence before (此次, 随后…), or a
 * next line that starts with punctuation.
 */
export function looksLikeFragment(text: string, next: string | undefined): boolean {
  if (unbalanced(text)) return true;
  // A section head's number (一、建强组织体系) is no enumeration's comma.
  if (/[、。；！？]/u.test(text.replace(SECTION_NUMBER, ''))) return true;
  if (
    /[的了和与及在对为把将是从向被让使由并而或之其以于第各每该这那]$/u.test(text) &&
    !WORD_AT_HEADLINES_END.test(text)
  )
    return true;
  // Nor opens with the words that tie a sentence to the one before (此次…, 随后…, 此外…).
  if (/^(此次|本次|据悉|据了解|随后|接着|此外|同时|另外|其中|期间)/u.test(text)) return true;
  // Or with a clause of one character: a word cut in two (…党员活动室 ｜ 内，没有…); no paragraph opens so,
  // but an interview's turn (问：…, 答：…).
  if (next && /^[，。、；：！？”’）》,.;:!?]|^\p{Script=Han}[，、；：]/u.test(next) && !isTurn(next)) return true;
  // A number cut in two (成立9 ｜ 8周年).
  if (next && /\d$/u.test(text) && /^\d/u.test(next)) return true;
  // A news lead's opening words (近日, 日前, 6月21日…) never open a headline.
  if (/^(近日|日前|近期|昨日|当天|\d{1,2}月\d{1,2}日)/u.test(text)) return true;
  // Nor does a dateline, cut by a column break before its date ends (本报北京8月 ｜ 27日电).
  if (/^(?:本报(?!记者|通讯员|特约|实习|见习)|新华社|中新社|中新网)\p{Script=Han}{0,6}\d/u.test(text)) return true;
  // Nor do the purpose and basis clauses a lead opens with (为庆祝…, 为加强…, 按照…, 随着…).
  if (/^(为了?(庆祝|纪念|加强|深入|推动|进一步|贯彻|落实|提升|提高|推进|做好)|按照|根据|随着|截至)/u.test(text))
    return true;
  return false;
}

function markFragments(lines: PageLine[]): void {
  // A stray mark between two lines (# after a byline's first names) does not part them.
  const content = lines.filter((l) => l.kind !== 'blank' && !isMark(l));
  // The rest of a byline a column break cut goes with the paragraph it ends.
  content.forEach((line, i) => {
    const previous = content[i - 1];
    if (line.kind === 'heading' && previous?.kind === 'body' && isBylineRest(previous.text, line.text))
      line.kind = 'body';
  });
  const pairs = pairCounts(content.map((l) => l.text));
  content.forEach((line, i) => {
    const next = content[i + 1];
    if (
      line.kind === 'heading' &&
      (next?.kind === 'body' || next?.kind === 'caption') &&
      hashesOf(line.raw) === 0 &&
      // A 副题's dash marks a headline's line, at its start or inside it (主题——副题): never a
      // piece of running text (…经济特区 | 基础不牢 is no word cut in two, however often the page
      // prints 区基 in 高新区基层).
      !SUBTITLE_DASH.test(line.text) &&
      !/\S——\S/u.test(line.text) &&
      // Nor the line over a dateline (本报讯, 新华社北京6月30日电): a lead opens with its dateline.
      !DATELINE.test(next.text) &&
      // Nor a title over a list's or a poem's lines (优秀共产党员名单 / 一、机关单位（4名）), read as such.
      !next.item &&
      (looksLikeFragment(line.text, next.text) ||
        cutInWord(line.text, next.text, pairs) ||
        leadPiece(content, i) ||
        afterSubtitle(content, i))
    )
      line.kind = 'body';
  });
  // A heading-like line with nothing under it but credits and furniture, up to the page's foot
  // or the next headline, heads nothing: unless its phrases stand a space apart as a head's may,
  // it is the last piece of a story cut off at the page's foot (…开展主题教 育与庆祝新中, its
  // spaces stray ones), over the story's credits.
  content.forEach((line, i) => {
    if (line.kind !== 'heading' || hashesOf(line.raw) > 0 || phrasesApart(line.raw)) return;
    // After a story's text (a caption's credit closing it): at the page's top a line over
    // credits is the page's name.
    if (!['body', 'caption', 'photo-credit'].includes(content[i - 1]?.kind ?? 'blank')) return;
    let end = i + 1;
    while (content[end] && ['furniture', 'byline', 'photo-credit'].includes(content[end]!.kind)) end++;
    const credits = content.slice(i + 1, end).some((l) => l.kind !== 'furniture');
    if (!content[end] || (credits && content[end]!.kind === 'heading')) line.kind = 'body';
  });
}

/**
 * A line of editors and layout only (责任编辑：张三 美编：李四) heads no story's text: under a
 * page's name it is the page's, and the line after it is the first headline.
 */
const editorsOnly = (text: string) => {
  const credits = parseByline(text);
  return credits.length > 0 && credits.every((c) => c.role === 'editor' || c.role === 'layout');
};

/**
 * The line after a headline and its byline opens the story's text: a short one is the lead's
 * first piece, cut by a column break ("为加强自主创新示范区" ｜ "与自由贸易试验区…"), not a section
 * head, which a story's text never opens with.
 */
function leadPiece(content: readonly PageLine[], i: number): boolean {
  const [before, byline] = [content[i - 2], content[i - 1]];
  return (
    byline?.kind === 'byline' &&
    before?.kind === 'heading' &&
    !TERMINAL.test(content[i]!.text) &&
    !editorsOnly(byline.text)
  );
}

/** A headline ends with its 副题 (——…): the line under it opens the story's text. */
function afterSubtitle(content: readonly PageLine[], i: number): boolean {
  const before = content[i - 1];
  return before?.kind === 'heading' && SUBTITLE_DASH.test(before.text) && !TERMINAL.test(content[i]!.text);
}

/**
 * A word cut in two by a column break (…设立党｜组织…, …的光｜辉…): the two characters either
 * side of the break stand together elsewhere on the page, at least twice. A headline and the
 * lead below it rarely join up that way. A line with a space in it may be a headline of two phrases
 * ("守初心 担使命"), so it needs a pair the page prints often.
 */
export function cutInWord(text: string, next: string, pairs: ReadonlyMap<string, number>): boolean {
  const [last, first] = [[...text].at(-1), [...next][0]];
  if (!last || !first) return false;
  // A number cut from its unit (自2018 ｜ 年成立首个…): no heading ends on a bare number.
  if (/\d/u.test(last) && /^[年月日号个家名位人万亿元%％倍项次届期批条]/u.test(first)) return true;
  if (!HAN.test(last) || !HAN.test(first)) return false;
  // A space in the line may be a stray one (…社会 主义现代化国际化经｜济特区…): then it takes a word the page prints often.
  if ((pairs.get(last + first) ?? 0) >= (/\s/u.test(text) ? 4 : 2)) return true;
  return !/\s/u.test(text) && splitsWord(text, next);
}

/**
 * Does a line set phrases a space apart, as a headline does (学做结合 推动发展)? Not when a space
 * stands inside a word the dictionary knows (主题教 育) or leaves a character alone (与 庆 祝):
 * stray ones, as OCR leaves in running text.
 */
export function phrasesApart(raw: string): boolean {
  const parts = stripOcrMarkup(raw)
    .trim()
    .split(/[ \u3000]+/u);
  return (
    parts.length > 1 &&
    parts.every((part) => [...part].length > 1) &&
    parts.slice(1).every((part, i) => !splitsWord(parts[i]!, part))
  );
}

/** How often each pair of adjacent Han characters occurs within the lines (counted once, for the whole page). */
export function pairCounts(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const chars = [...line];
    for (let i = 1; i < chars.length; i++) {
      if (!HAN.test(chars[i - 1]!) || !HAN.test(chars[i]!)) continue;
      const pair = chars[i - 1]! + chars[i]!;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Photo captions printed between paragraphs: a line with a photo credit at its end or on the
 * next line, or a single short sentence with no comma (body sentences that short are rare and
 * carry commas) set apart from the paragraphs around it.
 */
function markCaptions(lines: PageLine[]): void {
  // Furniture between two lines (a stray OCR mark) does not part them.
  let content = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture');
  const lineGap = lineGapOf(content);
  creditTails(lines, lineGap);
  content = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture');
  const indents = indentsParagraphs(content);
  const blocksApart = content.some((l, i) => i > 0 && l.blanksBefore > 0 && l.kind === 'body');
  // First the ends of cut paragraphs that looked like captions on their own, so that what comes
  // after them is judged next to a paragraph; then again for the captions found here.
  paragraphEnds(content);
  creditedSentences(content, lineGap);
  content.forEach((line, i) => {
    // An item (a list's, a poem's line) is text wherever it stands.
    if ((line.kind !== 'body' && line.kind !== 'heading') || line.brief || line.item) return;
    // A hard-wrapped paragraph is judged whole, from its first line: a caption set on several
    // lines is one caption.
    if (line.wraps) return;
    let last = i;
    while (content[last + 1]?.wraps) last++;
    if (endsCaptionCredit(content.slice(i, last + 1), content[last + 1], lineGap)) {
      content[last + 1]!.wraps = true;
      last++;
    }
    const group = content.slice(i, last + 1);
    const text = group.length > 1 ? captionText(group) : line.text;
    if (DATELINE.test(text) || text.length < 8 || text.length > 120) return;
    const next = content[last + 1];
    const previous = content[i - 1];
    // 图/王五 under a story's last paragraph credits the story's photos, as 文/李四 its text.
    const afterCredit = content[last + 2];
    if (
      line.kind === 'body' &&
      next?.kind === 'photo-credit' &&
      STORY_PHOTO_CREDIT.test(next.text) &&
      (!afterCredit || afterCredit.kind === 'heading' || afterCredit.kind === 'byline')
    )
      return;
    const credit = CAPTION_CREDIT.exec(text);
    const credited = !!credit && (/[。！？”]/u.test(text) || creditedPhrase(text, credit));
    const creditBelow = next?.kind === 'photo-credit' && /[。”]$/u.test(text);
    // Between two paragraphs; after a paragraph cut by a column break it is that paragraph's end.
    // Before a headline that leads a story of its own (a byline or 本报讯 under it), it is the
    // last paragraph of its story.
    let end = last + 1;
    while (content[end]?.kind === 'heading' && (end === last + 1 || content[end]!.blanksBefore <= 1)) end++;
    const afterHeadings = content[end];
    const nextStory =
      next?.kind === 'heading' && (afterHeadings?.kind === 'byline' || DATELINE.test(afterHeadings?.text ?? ''));
    const between =
      (previous?.kind === 'body' &&
        TERMINAL.test(previous.text) &&
        (next?.kind === 'body' || next?.kind === 'photo-credit' || (next?.kind === 'heading' && !nextStory))) ||
      // Under a heading, not when another heading over text follows: a section of one sentence
      // (【强化组织引领】 / 高新区成立工作专班，制定任务清单。 / 【深化服务群众】 / …).
      (previous?.kind === 'heading' &&
        (next?.kind === 'body' ||
          next?.kind === 'photo-credit' ||
          (next?.kind === 'heading' && !nextStory && afterHeadings?.kind !== 'body')));
    // On several lines, what marks a caption tells one (▲, 图为, a credit), or, on a page that
    // indents its paragraphs, a first line not indented: else a paragraph of one sentence reads
    // as a caption as often.
    const marked = group.length > 1 && CAPTION_MARK.test(text);
    const unindented = group.length === 1 || (indents && !INDENTED.test(line.raw));
    // Right under a paragraph, with no blank line between, on a page that sets its blocks apart
    // by blank lines: the same block's next paragraph, not a photo's caption.
    const inBlock = line.blanksBefore === 0 && previous?.kind === 'body' && blocksApart;
    const sentence = unindented && between && !inBlock && line.kind === 'body' && captionSentence(text);
    if (credited || creditBelow || marked || sentence) for (const l of group) l.kind = 'caption';
  });
  paragraphEnds(content);
}

/**
 * A caption printed with no full stop before its credit (党员们重温入党誓词 李四 摄): one phrase, and a
 * credit whose form running text never ends in: in brackets, a name and 摄 a space or a slash
 * apart, a titled photographer's, 图/李四, …供图, 新华社发; a name with 摄 right after it (李四摄) only
 * after a common surname (…组织 专人拍摄 is a sentence's end).
 */
function creditedPhrase(text: string, credit: RegExpExecArray): boolean {
  const phrase = text.slice(0, credit.index).trim();
  if (phrase.length < 4 || phrase.length > 60 || /[。！？；：:]/u.test(phrase) || !fewClauses(phrase)) return false;
  if (TIES_TO_TEXT.test(phrase) || ARGUING.test(phrase) || REPORTED_SPEECH.test(phrase)) return false;
  const spaced = credit[2];
  if (spaced === undefined) return credit[1] !== undefined;
  return /[\s/／]|供图$|提供$|社发$|来源|资料图/u.test(spaced) || isCommonSurname(spaced[0]!);
}

/**
 * Is the next line the rest of a credit the wrapping cut from a caption's last line, or sent to a
 * line of its own (…活动。 ｜ （高新区供图）, …完毕。 本 ｜ 报记者 张志东 摄)? Then, with it, the lines
 * end as a caption does: a sentence, then its credit, no farther apart than the lines above.
 */
function endsCaptionCredit(group: readonly PageLine[], next: PageLine | undefined, lineGap: number): boolean {
  if (!next || !['body', 'heading', 'byline', 'photo-credit'].includes(next.kind)) return false;
  if (next.blanksBefore > lineGap) return false;
  // Sentences ending at a line's end before the last: the caption is the last one, if any
  // (creditedSentences), not the paragraph.
  if (group.slice(0, -1).some((l) => TERMINAL.test(l.text))) return false;
  const above = captionText(group);
  if (CAPTION_CREDIT.test(above)) return false;
  const credit = CAPTION_CREDIT.exec(captionText([...group, next]));
  if (!credit || credit.index > above.length || !/[。！？”]$/u.test(above.slice(0, credit.index).trim())) return false;
  // Begun on the caption's last line (…。 本报记者 ｜ 张志东 摄).
  if (credit.index < above.length) return true;
  // A whole credit on a line of its own is read as one below (creditBelow), or as the story's.
  if (next.kind === 'photo-credit') return false;
  // In brackets; or in a byline's form (本报记者 叶伟 摄) under lines that read as a caption
  // (marked, or one sentence as a caption is), not under a paragraph, whose story's
  // photographer it may name.
  const text = above.slice(0, credit.index).trim();
  return credit[1] !== undefined || CAPTION_MARK.test(text) || captionSentence(text);
}

/**
 * A photo's credit under a hard-wrapped paragraph's sentence, on a line of its own or ending the
 * sentence's last line, with the text going on under it, credits that sentence: a caption the
 * wrapping ran on from the paragraph above, whose last line ended a sentence at the text's edge
 * (…参与现场体验。 ｜ 惠州仲恺高新区举办…授旗仪式。 ｜ 本报记者 叶伟 摄). The caption is the lines
 * after that sentence's end.
 */
function creditedSentences(content: PageLine[], lineGap: number): void {
  const sentenceThen = (text: string, credit: RegExpExecArray | null) =>
    !!credit && /[。！？”]$/u.test(text.slice(0, credit.index).trim());
  content.forEach((line, i) => {
    const above = content[i - 1];
    if (!above || above.kind !== 'body') return;
    // The credit on a line of its own (本报记者 叶伟 摄), ending the line (…活动。 高新区供图), or
    // begun on the line above and cut (…活动。 高新 ｜ 区供图): the last line of the sentence.
    const tail = ['body', 'heading', 'byline', 'photo-credit'].includes(line.kind) && line.blanksBefore <= lineGap;
    const ownLine =
      tail &&
      (line.kind === 'byline' || line.kind === 'photo-credit') &&
      /[。！？”]$/u.test(above.text) &&
      CAPTION_CREDIT.test(` ${line.raw.trim()}`);
    const endsLine = line.kind === 'body' && sentenceThen(line.text, CAPTION_CREDIT.exec(line.text));
    const joined = captionText([above, line]);
    const spanned = CAPTION_CREDIT.exec(joined);
    const cut =
      tail &&
      !ownLine &&
      !CAPTION_CREDIT.test(above.text) &&
      sentenceThen(joined, spanned) &&
      spanned!.index < captionText([above]).length;
    const next = content[i + 1];
    if ((!ownLine && !endsLine && !cut) || next?.kind !== 'body' || next.wraps) return;
    const last = endsLine ? i : i - 1;
    if (!content[last]!.wraps) return;
    let first = last;
    while (content[first]!.wraps && !TERMINAL.test(content[first - 1]?.text ?? '。')) first--;
    // A paragraph of one sentence is judged whole (markCaptions).
    if (!content[first]!.wraps) return;
    const group = content.slice(first, i + 1);
    const text = captionText(group);
    const sentence = text.slice(0, CAPTION_CREDIT.exec(text)?.index).trim();
    if (sentence.length < 8 || sentence.length > 120 || !captionSentence(sentence)) return;
    for (const member of group) {
      member.kind = 'caption';
      member.wraps = member !== group[0];
    }
  });
}

/**
 * A credit's last character the wrapping sent alone to the next line (…活动。 张嘉村 ｜ 摄,
 * …图片由高新区提 ｜ 供) is no stray character: it goes on with the line above.
 */
function creditTails(lines: PageLine[], lineGap: number): void {
  lines.forEach((line, i) => {
    if (line.kind !== 'furniture' || line.rule !== STRAY_CHARACTER || line.blanksBefore > lineGap) return;
    const above = findBefore(lines, i, (l) => l.kind !== 'blank');
    if (!above || !TEXT_KINDS.has(above.kind)) return;
    const before = captionText([above]);
    const credit = CAPTION_CREDIT.exec(captionText([above, line]));
    if (!credit || credit.index >= before.length || !/[。！？”]$/u.test(before.slice(0, credit.index).trim())) return;
    line.kind = above.kind === 'caption' ? 'caption' : 'body';
    line.wraps = true;
    delete line.rule;
  });
}

/**
 * A caption's text from the lines a hard-wrapped page set it on, read as one line: a credit the
 * wrapping cut (…历程。 供 ｜ 图：高新区) or sent to a line of its own (…历程。 ｜ 供图：高新区)
 * stands after the caption's full stop, a space apart, as on one line.
 */
export function captionText(lines: readonly PageLine[]): string {
  return cleanLine(
    lines
      .map((l, i) => {
        const above = lines[i - 1];
        // After a sentence's end, or a space the line above ended with (…。 本报记者 ｜ 张志东 摄),
        // a space, which cleaning keeps only where it parts words (a credit's).
        const space = above && (/[。！？”]$/u.test(above.text) || /\s$/u.test(above.raw));
        return (space ? ' ' : '') + l.raw.trim();
      })
      .join(''),
  );
}

/**
 * A line after a paragraph cut by a column break is that paragraph's end, however it looks,
 * unless the paper marked it as a caption (▲) or it ends with the photo's credit.
 */
function paragraphEnds(content: PageLine[]): void {
  content.forEach((line, i) => {
    const previous = content[i - 1];
    if (
      line.kind === 'caption' &&
      !line.wraps &&
      previous?.kind === 'body' &&
      !TERMINAL.test(previous.text) &&
      !CAPTION_MARK.test(line.text) &&
      !CAPTION_CREDIT.test(line.text)
    )
      for (let j = i; j === i || content[j]?.wraps; j++) content[j]!.kind = 'body';
  });
}

/**
 * A caption describes a picture in one sentence, its subject first (单位/人 + 在/到… + 开展…活动):
 * one full stop, at most two commas, not opening with the words that tie a sentence to the text
 * around it (在…, 为…, 由于…, 他们…, 同时…), not arguing or judging (必须, 要, 离不开, 是), not
 * quoting anyone or saying who spoke (“…, …负责人说。), not telling an action as done (参加了), not
 * numbered (1. / 二、) and with no more than one figure that counts. Body paragraphs of one
 * sentence do those things.
 */
export function captionSentence(text: string): boolean {
  return (
    text.length >= 8 &&
    text.length <= 70 &&
    /。$/u.test(text) &&
    !/[。！？；：:]/u.test(text.slice(0, -1)) &&
    fewClauses(text) &&
    !TIES_TO_TEXT.test(text) &&
    !ARGUING.test(text) &&
    !REPORTED_SPEECH.test(text) &&
    !NARRATING.test(text) &&
    !REPORTING_A_MEETING.test(text) &&
    // Nor is a numbered point of the text (1. / 2、/ （三）/ 四、), or one set off by a dash (——聚焦…).
    !/^[—–]/u.test(text) &&
    !/^(\d{1,2}[.．、)）]|[（(][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/u.test(text) &&
    // Nor goes on from the sentence before (园区还建成…, 他们也…).
    !/^\p{Script=Han}{1,6}?(还|也|又|则)/u.test(text) &&
    // Its subject comes first, whole: not a short phrase set off by a comma (观影结束后，…).
    !OPENS_WITH_SHORT_PHRASE.test(text) &&
    // Nor gives figures (选拔党组织书记28名，培训党员680余人次): a picture shows no statistics.
    (text.match(COUNT)?.length ?? 0) < 2
  );
}
