/**
 * Splitting an OCR'd newspaper page into stories: the mechanical part of ingest. Every input
 * line ends up in a story or in the report of dropped lines, never nowhere.
 *
 * Lines are classified (furniture, banner, byline, photo credit, caption, heading, body); a
 * heading-like line that reads as the first piece of a paragraph cut by a column break is body
 * text (markFragments); captions are one-sentence lines between paragraphs (markCaptions); the
 * page's name and editors above its first headline are furniture (markPageNames). Heading lines
 * next to each other form headline blocks, and stories are
 * assembled: a headline block followed by a byline and text, or by a 本报讯 lead, starts a story;
 * so do a multi-line block followed by body text and a heading after a story's closing credits;
 * a single short line inside a story is a section head unless its features say title
 * (startsStory); a block with no text after it ends the story before it (its last line cut off at
 * the page foot) or, for a story without one, is its headline (printed after its story). Type
 * size, where the OCR tool marks it with #, tells 主题 from 引题 and 副题 and titles from sections.
 */
import { furnitureRule } from '../coverage.ts';
import { INVISIBLE } from '../content-text.ts';
import { fullWidthPunctuation } from './punctuation.ts';

export type LineKind = 'blank' | 'furniture' | 'banner' | 'byline' | 'photo-credit' | 'caption' | 'heading' | 'body';

export interface PageLine {
  /** 1-based line number in the source. */
  number: number;
  raw: string;
  /** The line with OCR markup (#, <mark>) removed and spaces inside Chinese text closed. */
  text: string;
  kind: LineKind;
  blanksBefore: number;
  /** Why a line was dropped, for the report. */
  rule?: string;
}

/**
 * A paragraph ending here is complete; one ending elsewhere was cut by a column break. A closing
 * quote or bracket ends it only after the sentence's own stop (…。” / …！）): a quoted phrase
 * (…为“凤凰羽衣”｜提供…, …“2+4”｜工作法…) is running text.
 */
const TERMINAL = /[。！？；…!?;][”’」』）)]*$/u;
/** A headline never ends a sentence ("昆山…园区”" may end in a quote, "…。”" may not). */
const SENTENCE_END = /([。！？；…，、：:!?;,]|[。！？!?][”’」』])$/u;
const HAN = /\p{Script=Han}/u;
const HEADING_MAX = 34;

/** Removes OCR markup, invisible characters and the spaces a column layout leaves inside Chinese text. */
export function cleanLine(raw: string): string {
  const line = fullWidthPunctuation(raw.replace(/<\/?mark>/gi, '').replace(INVISIBLE, '')).replace(/^\s*#{1,6}\s*/, '');
  // A byline at the end of a paragraph keeps the spaces between its names: ·任溢斌 黄艳鸣 张悦· / （文高 文/图）.
  const tail = /\s*([·•][\p{Script=Han}\s]{2,40}[·•]|[（(][\p{Script=Han}\s/]{2,40}[）)])\s*$/u.exec(line);
  if (tail && /\p{Script=Han}\s+\p{Script=Han}/u.test(tail[1]!) && tail.index > 0)
    return `${closeSpaces(line.slice(0, tail.index))}${tail[1]!.replace(/\s+/g, ' ')}`;
  // And one a column break cut, its rest on the next line: …共赢。·张阳 宋一 ｜ 诺 靳碧海·.
  const open = BYLINE_OPENED.exec(line);
  if (open && /\s/u.test(open[0].trim()))
    return `${closeSpaces(line.slice(0, open.index))}${open[0].trim().replace(/\s+/g, ' ')}`;
  // So does a photo credit after a caption's full stop: …活动。 本报记者 宋一诺 摄 / …活动。 高新区供图.
  const credit =
    /(?<=[。！？”])\s+((?:(?:本报记者|通讯员|记者)\s*)?\p{Script=Han}{2,4}\s*\/?\s*摄|\p{Script=Han}{2,14}供图)\s*$/u.exec(
      line,
    );
  if (credit) return `${closeSpaces(line.slice(0, credit.index))} ${credit[1]!.replace(/\s+/g, ' ')}`;
  return closeSpaces(line);
}

/** A byline opened at the end of a paragraph (after its full stop) and not closed on the line: ·张阳 宋一 / （靳碧. */
const BYLINE_OPENED = /(?<=[。！？”])\s*(?:[·•][\p{Script=Han}\s]{0,30}|[（(][\p{Script=Han}\s]{0,12})$/u;
/** The rest of such a byline, on a line of its own: 诺 靳碧海· / 海 文/图）. */
const BYLINE_CLOSED = /^[\p{Script=Han}\s]{1,30}(?:文\s*\/\s*图\s*)?[·•）)]$/u;

/** The space at offset leaves a single Han character between it and another space or an end of the line. */
function loneCharacterAt(line: string, offset: number, length: number): boolean {
  return (
    /(?:^|\s)\p{Script=Han}$/u.test(line.slice(0, offset)) ||
    /^\p{Script=Han}(?:\s|$)/u.test(line.slice(offset + length))
  );
}

function closeSpaces(line: string): string {
  return line
    .replace(
      /(?<=[\p{Script=Han}\p{P}])[ \t\u3000]+(?=[\p{Script=Han}\p{P}])/gu,
      (space, offset: number, whole: string) =>
        // Keep a space between two headline phrases ("守初心 担使命"); close it inside running text,
        // and where it leaves one character alone, which no phrase is ("社会主 义").
        whole.length <= HEADING_MAX + 6 && !SENTENCE_END.test(whole) && !loneCharacterAt(whole, offset, space.length)
          ? space
          : '',
    )
    .trim()
    .replace(/^本报讯(?=[^\s（(])/u, '本报讯 ');
}

/** Words printed before a name in a byline, and the role they give. */
const ROLE_LABEL = '责任编辑|编辑|责编|组版|美编|校对|撰写|采写|撰文|文字|摄影|摄像|图片|记者|作者|通讯员';
const NAME = '\\p{Script=Han}{2,4}';
const BYLINE = [
  new RegExp(`^(${ROLE_LABEL})\\s*[:：.．]`, 'u'),
  /^▶/,
  /^(\p{Script=Han}{2,4}\s+)*(本报记者|通讯员|记者)\s*\p{Script=Han}{2,4}(\s+\S+)*$/u,
  /^本版图片来源[:：]/,
  // A byline in brackets on a line of its own, under the text: （通讯员 陈晨）.
  /^[（(]\s*(本报记者|本报通讯员|通讯员|记者)\s*\p{Script=Han}{2,4}(\s+\p{Script=Han}{2,4})*\s*[）)]$/u,
];
/** A line of credits only (编辑：叶伟 组版：王新明), no telephone or e-mail: the story's, not the page's. */
const CREDIT_LINE = new RegExp(`^((${ROLE_LABEL})\\s*[:：.．]\\s*(本报记者\\s*)?${NAME}(\\s+${NAME})*\\s*)+$`, 'u');
/** A photo credit on its own line: 乔冠宇/摄, 本报记者 钟凡 摄, 高新区供图. */
const PHOTO_CREDIT =
  /^(?:(?:本报记者|通讯员|记者)\s*)?(?:\S{2,12}\s*\/\s*摄|\p{Script=Han}{2,4}\s+摄|\p{Script=Han}{2,14}供图)$/u;

/** Page furniture the coverage rules do not know: publisher and printer lines, 版次, 报头, ISSN/CN. */
const PAGE_FURNITURE: { name: string; test: RegExp }[] = [
  {
    name: '出版/印刷',
    test: /^[\p{Script=Han}\s]{2,24}(出版|印刷|发行)$|出版物号|^(ISSN|CN)\s*\d|邮发代号|传真|电话\s*[:：]/u,
  },
  // With the page's name after it, as some papers print it: 第2版 综合新闻.
  {
    name: '版次',
    test: /^(第\s*[\d一二三四五六七八九十]{1,3}\s*版(\s+\p{Script=Han}{2,8})?|[A-Z]?\d{1,2}|[A-Z]\d{1,2}\s*版?)$/u,
  },
  { name: '地址/邮编', test: /^(本报|报社)?(地址|社址)\s*[:：]|邮编\s*[:：]?\s*\d{6}|邮政编码/u },
  { name: '报名', test: /^\p{Script=Han}{2,14}(日报|晚报|导报|时报|商报)(社)?(\s*\d{1,3})?$/u },
  {
    name: '出版日期',
    test: /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(星期.)?$|^\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}\s*(星期.)?$/u,
  },
];

/**
 * A short phrase set off by a comma at the start (机制，建立… / 观影结束后，…): a caption names its
 * subject first, whole; a line opening so is the rest of a sentence a column break cut, or a
 * paragraph's sentence tied to the one before.
 */
const OPENS_WITH_SHORT_PHRASE = /^[^，,]{1,6}[，,]/u;

/** Words that argue or exhort: a paragraph's, never a photo caption's, which says what the picture shows. */
const ARGUING = /(必须|应当|应该|需要|要把|离不开|就是|正在|不断|切实|进一步|坚持|确保|推动)/u;

const NO_HAN = '无汉字（英文刊头、页码、残留符号）';

export function classifyLine(raw: string, blanksBefore: number): Pick<PageLine, 'kind' | 'text' | 'rule'> {
  const text = cleanLine(raw);
  // A lone OCR mark (#) is debris, not a gap in the layout: a blank line counted there would set
  // the paragraph after it apart like a caption.
  if (!text) return raw.trim() ? { kind: 'furniture', text, rule: NO_HAN } : { kind: 'blank', text };
  if (text.length <= 40 && CREDIT_LINE.test(text)) return { kind: 'byline', text };
  const furniture = furnitureRule(raw) ?? PAGE_FURNITURE.find((rule) => rule.test.test(text));
  if (furniture) return { kind: 'furniture', text, rule: furniture.name };
  if (!HAN.test(text)) return { kind: 'furniture', text, rule: NO_HAN };
  if (/[A-Z]{4,}/.test(text)) return { kind: 'banner', text, rule: '版头（英文版名）' };
  if (text.length <= 40 && BYLINE.some((pattern) => pattern.test(text))) return { kind: 'byline', text };
  if (PHOTO_CREDIT.test(text)) return { kind: 'photo-credit', text };
  // Set apart by a wider gap, one sentence (a caption has one full stop, at its end).
  if (
    blanksBefore >= 2 &&
    text.length >= 8 &&
    text.length <= 120 &&
    /(。|摄|供图)$/.test(text) &&
    !/[。！？](?!$)/u.test(text.replace(/[。！？]\s*\S{0,20}(摄|供图)$/u, '')) &&
    // A sentence that argues is a paragraph's, whatever the gap (a column break may leave one as
    // wide); so is the rest of a sentence the break cut.
    !ARGUING.test(text) &&
    !OPENS_WITH_SHORT_PHRASE.test(text)
  )
    return { kind: 'caption', text };
  if (/^本报讯/.test(text)) return { kind: 'body', text };
  // A short label ending in a colon ("惠州仲恺高新区：") belongs to a headline too.
  const label = text.length <= 12 && /[:：]$/.test(text);
  if (
    text.replace(/\s/g, '').length <= HEADING_MAX &&
    (label || !SENTENCE_END.test(text)) &&
    // A comma or a full stop inside is running text, never a headline.
    !/[，,。！？；]/.test(text.slice(0, -1))
  )
    return { kind: 'heading', text };
  return { kind: 'body', text };
}

export function readLines(page: string): PageLine[] {
  const lines: PageLine[] = [];
  let blanks = 0;
  page.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const classified = classifyLine(raw, blanks);
    lines.push({ number: index + 1, raw, blanksBefore: blanks, ...classified });
    blanks = classified.kind === 'blank' ? blanks + 1 : 0;
  });
  markFragments(lines);
  markCaptions(lines);
  markPageNames(lines);
  markFootCredits(lines);
  return lines;
}

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
    if (line.kind === 'blank' || (line.kind === 'furniture' && line.rule === NO_HAN)) continue;
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
  const isWord = (l: PageLine | undefined) =>
    !!l && l.kind === 'heading' && hashesOf(l.raw) === 0 && /^\p{Script=Han}{2,6}$/u.test(l.text);
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
    if (
      line.kind === 'byline' &&
      (aboveHeadlines || amongFurniture) &&
      parseByline(line.text).every((c) => c.role === 'editor' || c.role === 'layout')
    ) {
      line.kind = 'furniture';
      line.rule = '编辑/组版';
    }
  });
  top.forEach((line, i) => {
    // Next to a furniture line, or one of a stack of such words (a single word right over a
    // headline may be its 栏目 instead).
    const nextToFurniture = [top[i - 1], top[i + 1]].some(
      (l) => (l?.kind === 'furniture' && l.rule !== NO_HAN) || word(l),
    );
    // Right over a headline, on its own, it is the headline's 引题 or 栏目 (党史学习教育).
    const overHeadline = top[i + 1]?.kind === 'heading' && !word(top[i + 1]) && !word(top[i - 1]);
    if (word(line) && nextToFurniture && !overHeadline) {
      line.kind = 'furniture';
      line.rule = '版名';
    }
  });
}

/** A line that finishes the byline the line before opened: ·张阳 ｜ 宋一诺 靳碧海·. */
function isBylineRest(previous: string, text: string): boolean {
  return BYLINE_OPENED.test(previous) && BYLINE_CLOSED.test(text) && hashesOf(text) === 0;
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
 * A column break leaves the first piece of a paragraph as a short line with no full stop, which
 * looks like a heading. It is a piece of running text when it reads as one: a quote or bracket
 * left open, an enumeration comma or a full stop inside, a last character that never ends a
 * headline (的, 和, 在…), or a next line that starts with punctuation.
 */
export function looksLikeFragment(text: string, next: string | undefined): boolean {
  if (unbalanced(text)) return true;
  if (/[、。；！？]/u.test(text)) return true;
  if (/[的了和与及在对为把将是从向被让使由并而或之其以于]$/u.test(text)) return true;
  if (next && /^[，。、；：！？”’）》,.;:!?]/u.test(next)) return true;
  // A news lead's opening words (近日, 日前, 6月21日…) never open a headline.
  if (/^(近日|日前|近期|昨日|当天|\d{1,2}月\d{1,2}日)/u.test(text)) return true;
  // Nor do the purpose and basis clauses a lead opens with (为庆祝…, 为加强…, 按照…, 随着…).
  if (/^(为了?(庆祝|纪念|加强|深入|推动|进一步|贯彻|落实|提升|提高|推进|做好)|按照|根据|随着|截至)/u.test(text))
    return true;
  return false;
}

function markFragments(lines: PageLine[]): void {
  const content = lines.filter((l) => l.kind !== 'blank');
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
      (looksLikeFragment(line.text, next.text) ||
        cutInWord(line.text, next.text, pairs) ||
        leadPiece(content, i) ||
        afterSubtitle(content, i))
    )
      line.kind = 'body';
  });
}

/**
 * The line after a headline and its byline opens the story's text: a short one is the lead's
 * first piece, cut by a column break ("为加强自主创新示范区" ｜ "与自由贸易试验区…"), not a section
 * head, which a story's text never opens with.
 */
function leadPiece(content: readonly PageLine[], i: number): boolean {
  const [before, byline] = [content[i - 2], content[i - 1]];
  return byline?.kind === 'byline' && before?.kind === 'heading' && !TERMINAL.test(content[i]!.text);
}

/** A headline ends with its 副题 (——…): the line under it opens the story's text. */
function afterSubtitle(content: readonly PageLine[], i: number): boolean {
  const before = content[i - 1];
  return before?.kind === 'heading' && /^[—–-]{1,2}/u.test(before.text) && !TERMINAL.test(content[i]!.text);
}

/**
 * A word cut in two by a column break (…设立党｜组织…, …的光｜辉…): the two characters either
 * side of the break stand together elsewhere on the page, at least twice. A headline and the
 * lead below it rarely join up that way. A line with a space in it may be a headline of two phrases
 * ("守初心 担使命"), so it needs a pair the page prints often.
 */
export function cutInWord(text: string, next: string, pairs: ReadonlyMap<string, number>): boolean {
  const [last, first] = [[...text].at(-1), [...next][0]];
  if (!last || !first || !HAN.test(last) || !HAN.test(first)) return false;
  // A space in the line may be a stray one (…社会 主义现代化国际化经｜济特区…): then it takes a word the page prints often.
  return (pairs.get(last + first) ?? 0) >= (/\s/u.test(text) ? 4 : 2);
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

/** The number of OCR heading marks (#) before a line: titles get fewer than section heads. */
export const hashesOf = (raw: string) => /^\s*(#{1,6})/.exec(raw)?.[1]!.length ?? 0;

const CREDIT_AT_END =
  /(?:\s+(?:本报记者\s*|通讯员\s*)?\p{Script=Han}{2,4}\s*摄|\s*[（(]\s*(?:本报记者\s*|通讯员\s*)?[^（）()]{2,16}(?:\s*摄|供图)\s*[）)]|\s+\S{2,16}供图)$/u;

/**
 * Photo captions printed between paragraphs: a line with a photo credit at its end or on the
 * next line, or a single short sentence with no comma (body sentences that short are rare and
 * carry commas) set apart from the paragraphs around it.
 */
function markCaptions(lines: PageLine[]): void {
  // Furniture between two lines (a stray OCR mark) does not part them.
  const content = lines.filter((l) => l.kind !== 'blank' && l.kind !== 'furniture');
  // First the ends of cut paragraphs that looked like captions on their own, so that what comes
  // after them is judged next to a paragraph; then again for the captions found here.
  paragraphEnds(content);
  content.forEach((line, i) => {
    if (line.kind !== 'body' && line.kind !== 'heading') return;
    const text = line.text;
    if (text.startsWith('本报讯') || text.length < 8 || text.length > 120) return;
    const next = content[i + 1];
    const credited = CREDIT_AT_END.test(text) && /[。！？”]/u.test(text);
    const creditBelow = next?.kind === 'photo-credit' && /[。”]$/u.test(text);
    const previous = content[i - 1];
    // Between two paragraphs; after a paragraph cut by a column break it is that paragraph's end.
    // Before a headline that leads a story of its own (a byline or 本报讯 under it), it is the
    // last paragraph of its story.
    let end = i + 1;
    while (content[end]?.kind === 'heading' && (end === i + 1 || content[end]!.blanksBefore <= 1)) end++;
    const afterHeadings = content[end];
    const nextStory =
      next?.kind === 'heading' && (afterHeadings?.kind === 'byline' || !!afterHeadings?.text.startsWith('本报讯'));
    const between =
      ((previous?.kind === 'body' && TERMINAL.test(previous.text)) || previous?.kind === 'heading') &&
      (next?.kind === 'body' || next?.kind === 'photo-credit' || (next?.kind === 'heading' && !nextStory));
    if (credited || creditBelow || (between && line.kind === 'body' && captionSentence(text))) line.kind = 'caption';
  });
  paragraphEnds(content);
}

/** A line after a paragraph cut by a column break is that paragraph's end, however it looks. */
function paragraphEnds(content: PageLine[]): void {
  content.forEach((line, i) => {
    const previous = content[i - 1];
    if (
      line.kind === 'caption' &&
      previous?.kind === 'body' &&
      !TERMINAL.test(previous.text) &&
      !CREDIT_AT_END.test(line.text)
    )
      line.kind = 'body';
  });
}

/**
 * A caption describes a picture in one sentence, its subject first (单位/人 + 在/到… + 开展…活动):
 * one full stop, at most two commas, not opening with the words that tie a sentence to the text
 * around it (在…, 为…, 他们…, 同时…) and not arguing (必须, 要, 离不开, 就是). Body paragraphs
 * of one sentence do those things.
 */
export function captionSentence(text: string): boolean {
  return (
    text.length >= 8 &&
    text.length <= 70 &&
    /。$/u.test(text) &&
    !/[。！？；：:]/u.test(text.slice(0, -1)) &&
    (text.match(/[，,]/gu)?.length ?? 0) <= 2 &&
    !/^(在|为|对|从|以|把|将|向|据|经|因|当|随着|通过|面对|针对|围绕|按照|根据|截至|目前|如今|近年来|今年|去年|同时|此外|另外|其中|但|而|并|他|她|我|这|那|该|其|此|本次|据悉|记者|日前|近日|近期|昨天|昨日|今天|当天|当日|会上|会后|会议|活动|培训|随后|接着|最后|期间|\d{1,4}[年月日])/u.test(
      text,
    ) &&
    !ARGUING.test(text) &&
    // Nor goes on from the sentence before (园区还建成…, 他们也…).
    !/^\p{Script=Han}{1,6}?(还|也|又|则)/u.test(text) &&
    // Its subject comes first, whole: not a short phrase set off by a comma (观影结束后，…).
    !OPENS_WITH_SHORT_PHRASE.test(text)
  );
}

export interface Credit {
  role: 'writer' | 'photographer' | 'editor' | 'layout';
  label?: string | undefined;
  title?: string | undefined;
  name: string;
}

/** The role a printed label gives: 摄影 → photographer, 编辑 → editor, 组版 → layout, 撰写 → writer. */
function roleOf(label: string | undefined): Credit['role'] {
  if (!label) return 'writer';
  if (/摄|图/.test(label)) return 'photographer';
  if (/编辑|责编|校对/.test(label)) return 'editor';
  if (/组版|美编/.test(label)) return 'layout';
  return 'writer';
}

/** Titles printed before a name; never names themselves. */
const TITLE = /^(本报记者|本报通讯员|通讯员|记者|特约记者|见习记者)$/u;

/**
 * A lone character at i is a surname: the token after it is one or two characters, and the one
 * before it is not a two-character name it could end; or the token after it is a lone character
 * too, with none after that (李 洋: no name is one character, so the two are one name).
 */
function forward(tokens: readonly string[], i: number): boolean {
  const [before, after, beyond] = [tokens[i - 1], tokens[i + 1], tokens[i + 2]];
  const lone = (t: string | undefined) => !!t && /^\p{Script=Han}$/u.test(t);
  if (lone(after) && !lone(beyond)) return true;
  return (
    !!after &&
    /^\p{Script=Han}{1,2}$/u.test(after) &&
    !TITLE.test(after) &&
    (!before || TITLE.test(before) || [...before].length !== 2)
  );
}

/** Names after a label, with their titles: "本报记者 宋一诺" / "绪言 张嘉村 张阳" / "本报记者宋显晖". */
function namesOf(rest: string, role: Credit['role'], label: string | undefined): Credit[] {
  const credits: Credit[] = [];
  let title: string | undefined;
  const tokens = rest
    .replace(/[（）()]/g, ' ')
    .split(/\s+/)
    .flatMap((token) => {
      // A title run into a name: 本报记者宋显晖, 通讯员宋玲毅.
      const joined = /^(本报记者|本报通讯员|通讯员|记者)(\p{Script=Han}{2,4})$/u.exec(token);
      return joined ? [joined[1]!, joined[2]!] : [token];
    })
    .filter(Boolean)
    // No name is one character: a lone one is part of a name a stray space cut. A surname comes
    // first, so it goes with the two characters after it (吴 长赋, 张嘉村 王 新明); otherwise it
    // ends the name before it (宋显 晖).
    .reduce<string[]>((merged, token, i, all) => {
      const previous = merged.at(-1);
      const lone = (t: string | undefined) => !!t && /^\p{Script=Han}$/u.test(t);
      if (lone(previous) && merged.length > 0 && all[i - 1] === previous && forward(all, i - 1))
        merged[merged.length - 1] += token;
      else if (lone(token) && !forward(all, i) && previous && !TITLE.test(previous)) merged[merged.length - 1] += token;
      else merged.push(token);
      return merged;
    }, []);
  for (const token of tokens) {
    if (TITLE.test(token)) title = token;
    else if (/^\p{Script=Han}{2,16}$/u.test(token) || credits.length === 0)
      credits.push({ role, ...(label && { label }), ...(title && { title }), name: token });
  }
  return credits;
}

/** Roles and names from a byline as printed: 撰写:本报记者 宋一诺 摄影:本报记者 吴长赋 / ▶ 张志东 / 乔冠宇/摄 … */
export function parseByline(text: string): Credit[] {
  const photo = /^(?:(本报记者|通讯员|记者)\s*)?(\S{2,12}?)\s*\/?\s*摄$/u.exec(text);
  if (photo) return [{ role: 'photographer', label: '摄', ...(photo[1] && { title: photo[1] }), name: photo[2]! }];
  const source = /^本版图片来源[:：]\s*(.+)$/.exec(text);
  if (source) return [{ role: 'photographer', label: '本版图片来源', name: source[1]!.trim() }];
  if (text.startsWith('▶')) return namesOf(text.slice(1).trim(), 'writer', '▶');
  const credits: Credit[] = [];
  const labelled = new RegExp(`(?<!责任)(?=(?:${ROLE_LABEL})\\s*[:：.．])`, 'u');
  for (const part of text.split(labelled)) {
    const match = new RegExp(`^(${ROLE_LABEL})\\s*[:：.．]\\s*(.*)$`, 'u').exec(part.trim());
    const label = match?.[1];
    credits.push(...namesOf((match ? match[2]! : part).trim(), roleOf(label), label));
  }
  return credits;
}

/** Credits printed in a story's first paragraph: 本报讯（记者 刘洋 通讯员 宋玲毅）… / 本报讯 记者宋显晖报道：… */
export function leadCredits(paragraph: string): Credit[] {
  const bracketed = /^本报讯\s*[（(]([^）)]{2,40})[）)]/u.exec(paragraph);
  if (bracketed) {
    const credits: Credit[] = [];
    for (const part of bracketed[1]!.split(/(?=本报记者|通讯员|记者)/u))
      credits.push(...namesOf(part.replace(/[:：]/g, ' ').trim(), 'writer', '本报讯'));
    return credits;
  }
  const reported = /^本报讯\s*(记者|通讯员)\s*(\p{Script=Han}{2,4}?)\s*报道/u.exec(paragraph);
  if (reported) return [{ role: 'writer', label: `本报讯 ${reported[1]}`, name: reported[2]! }];
  return [];
}

/** A byline printed at the end of the last paragraph: …。·任溢斌 黄艳鸣 张悦· / …。（文高 文/图） */
export function trailingByline(paragraph: string): { text: string; credits: Credit[] } {
  const dotted = /[·•]\s*((?:\p{Script=Han}{1,4}\s*){1,8})[·•]$/u.exec(paragraph);
  // After a full stop; or two names and more, which no sentence cut off at the page foot ends in.
  if (dotted && (/[。！？”]$/u.test(paragraph.slice(0, dotted.index).trim()) || /\S\s+\S/u.test(dotted[1]!.trim())))
    return { text: paragraph.slice(0, dotted.index).trim(), credits: namesOf(dotted[1]!.trim(), 'writer', undefined) };
  const textAndPhoto = /[（(]\s*((?:\p{Script=Han}{1,4}\s*){1,6})\s*文\s*\/\s*图\s*[）)]$/u.exec(paragraph);
  if (textAndPhoto) {
    const names = namesOf(textAndPhoto[1]!.trim(), 'writer', '文/图');
    return {
      text: paragraph.slice(0, textAndPhoto.index).trim(),
      credits: [...names, ...names.map((c) => ({ ...c, role: 'photographer' as const }))],
    };
  }
  const plain = /[（(]\s*((?:本报记者|通讯员|记者)?\s*(?:\p{Script=Han}{2,4}\s*){1,4})\s*[）)]$/u.exec(paragraph);
  if (plain && /[。！？”]$/u.test(paragraph.slice(0, plain.index).trim()) && /\s|记者|通讯员/u.test(plain[1]!))
    return { text: paragraph.slice(0, plain.index).trim(), credits: namesOf(plain[1]!.trim(), 'writer', undefined) };
  return { text: paragraph, credits: [] };
}

export interface Headline {
  kicker?: string | undefined;
  title: string;
  subtitle?: string | undefined;
}

/** Which printed line of a headline block is the 主题: the rules the seed pages follow. */
export function headlineFromBlock(
  lines: string[],
  levels: readonly number[] = [],
): { headline: Headline; column?: string | undefined } {
  // Type size, where the OCR tool marks it (fewer # is larger type), names the 主题 of two lines:
  // the larger line, whether the other is above it (引题) or below it (副题).
  const sized = levels.slice(0, lines.length);
  if (lines.length === 2 && sized.length === 2 && sized.every((l) => l > 0) && sized[0] !== sized[1]) {
    const [a, b] = lines.map((l) => l.replace(/[:：]$/, '').trim()) as [string, string];
    const dash = /^[—–-]{1,2}\s*/u;
    if (sized[0]! < sized[1]!) return { headline: { title: a, subtitle: b.replace(dash, '') } };
    return { headline: { kicker: a, title: b } };
  }
  // A short line that opens with a quote finishes the line above ("我市持续推进" / "“十万党员进党校”").
  const joined: string[] = [];
  for (const line of lines) {
    if (joined.length && /^[“「《]/.test(line) && line.length <= 12) joined[joined.length - 1] += line;
    else joined.push(line);
  }
  // A line opening with a dash is the 副题 under the title ("——记…").
  const dashed = joined.filter((l) => /^[—–-]{1,2}/u.test(l) && joined.indexOf(l) > 0);
  const dashedSubtitle = dashed.length ? dashed.map((l) => l.replace(/^[—–-]+\s*/u, '')).join(' ') : undefined;
  lines = joined.filter((l) => !dashed.includes(l));
  let rest = lines.map((l) => l.replace(/[:：]$/, '').trim()).filter(Boolean);
  let column: string | undefined;
  // A very short first line over a longer headline is a column label (栏目), e.g. "党建 在高新".
  // A line ending in a colon is not one: it names who the headline is about (长治高新区：).
  if (
    rest.length >= 2 &&
    rest[0]!.replace(/\s/g, '').length <= 5 &&
    rest[1]!.replace(/\s/g, '').length > 5 &&
    !/[:：]$/.test(lines[0]!.trim())
  ) {
    column = rest[0]!.replace(/\s+/g, '');
    rest = rest.slice(1);
  }
  if (dashedSubtitle !== undefined) {
    const title = rest.at(-1) ?? dashedSubtitle;
    const kicker = rest.length > 1 ? rest.slice(0, -1).join(' ') : undefined;
    return { headline: { ...(kicker && { kicker }), title, subtitle: dashedSubtitle }, column };
  }
  if (rest.length === 1) {
    // One printed line may hold title and subtitle, set apart by a wide space.
    const [title, ...more] = rest[0]!.split(/\s{2,}/);
    return { headline: { title: title!, ...(more.length && { subtitle: more.join(' ') }) }, column };
  }
  // A line ending in a colon is a label above the title ("惠州仲恺高新区：").
  const labelled = lines.findIndex((l) => /[:：]$/.test(l.trim()));
  if (rest.length === 2 && labelled === lines.length - 1)
    return { headline: { kicker: rest[1], title: rest[0]! }, column };
  if (rest.length === 2) return { headline: { kicker: rest[0], title: rest[1]! }, column };
  return { headline: { kicker: rest[0], title: rest[1]!, subtitle: rest.slice(2).join(' ') }, column };
}

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
}

export interface Suspicion {
  line: number;
  kind: 'column-join' | 'repeated-phrase' | 'unusual-character' | 'short-story' | 'no-headline';
  detail: string;
}

export interface SplitResult {
  stories: DraftStory[];
  dropped: { line: number; text: string; rule: string }[];
  banner: string[];
  suspicions: Suspicion[];
}

type Element =
  | { type: 'headings'; lines: PageLine[] }
  | { type: 'body'; line: PageLine }
  | { type: 'byline'; line: PageLine }
  | { type: 'photo-credit'; line: PageLine }
  | { type: 'caption'; line: PageLine };

function elementsOf(lines: PageLine[]): Element[] {
  const elements: Element[] = [];
  for (const line of lines) {
    if (line.kind === 'heading') {
      const last = elements.at(-1);
      if (last?.type === 'headings' && line.blanksBefore <= 1) last.lines.push(line);
      else elements.push({ type: 'headings', lines: [line] });
    } else if (
      line.kind === 'body' ||
      line.kind === 'byline' ||
      line.kind === 'photo-credit' ||
      line.kind === 'caption'
    ) {
      elements.push({ type: line.kind, line } as Element);
    }
  }
  return elements;
}

const CAPTION_CREDIT =
  /\s*[（(]\s*([^（）()]{2,16}?(?:\s*摄|供图))\s*[）)]$|\s+((?:本报记者\s*|通讯员\s*)?\S{2,10}\s*摄|\S{2,16}供图)$/u;

export function splitPage(page: string): SplitResult {
  const lines = readLines(page);
  const dropped = lines
    .filter((l) => l.kind === 'furniture' || l.kind === 'banner')
    .map((l) => ({ line: l.number, text: l.raw, rule: l.rule! }));
  const suspicions: Suspicion[] = [];
  const banner: string[] = lines.filter((l) => l.kind === 'banner').map((l) => l.text);

  // Headings at the top of the page next to an English line are the banner (专版刊头), unless a byline follows them.
  const firstContent = lines.findIndex((l) => l.kind === 'body' || l.kind === 'byline' || l.kind === 'caption');
  const top = lines.slice(0, firstContent < 0 ? lines.length : firstContent);
  const latinNearTop = top.some((l) => l.kind === 'furniture' && /[A-Za-z]{3,}/.test(l.text) && !/[:：@]/.test(l.text));
  if (latinNearTop && lines[firstContent]?.kind !== 'byline') {
    for (const line of top) {
      if (line.kind === 'heading') {
        line.kind = 'banner';
        line.rule = '专版刊头';
        banner.push(line.text);
        dropped.push({ line: line.number, text: line.raw, rule: '专版刊头（已作栏目候选）' });
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
  const hasBody = (s: DraftStory | undefined) => !!s && s.paragraphs.some((p) => !p.startsWith('## '));
  // What follows a heading, past the photos printed beside it.
  const nextContent = (index: number) =>
    elements.slice(index + 1).find((e) => e.type !== 'photo-credit' && e.type !== 'caption');

  const spacing = spacingOf(elements);
  const addText = (target: DraftStory, line: PageLine, count = true) => {
    if (count) target.lines.push(line.number);
    const previous = target.paragraphs.at(-1);
    // A paragraph cut by a column break goes on in the next line of body text.
    if (previous && !previous.startsWith('## ') && !TERMINAL.test(previous) && !line.text.startsWith('本报讯')) {
      suspicions.push({
        line: line.number,
        kind: 'column-join',
        detail: `…${[...previous].slice(-6).join('')}｜${[...line.text].slice(0, 6).join('')}…`,
      });
      // Names either side of the break stay apart (·张阳 ｜ 宋一诺…); a name cut in two is joined again by namesOf.
      const gap = isBylineRest(previous, line.text) ? ' ' : '';
      target.paragraphs[target.paragraphs.length - 1] = previous + gap + line.text;
    } else target.paragraphs.push(line.text);
  };

  elements.forEach((element, index) => {
    if (element.type === 'headings') {
      const texts = element.lines.map((l) => l.text);
      const numbers = element.lines.map((l) => l.number);
      const next = nextContent(index);
      // A byline leads a story when text follows it; credit lines at the page foot lead nothing.
      const after = elements.slice(index + 1);
      const end = after.findIndex((e) => e.type === 'headings');
      const textFollows = (end < 0 ? after : after.slice(0, end)).some((e) => e.type === 'body');
      const leadsStory =
        (next?.type === 'byline' && textFollows) || (next?.type === 'body' && next.line.text.startsWith('本报讯'));
      const apply = (target: DraftStory, own = texts) => {
        // More than three lines: the headline, then the story's first section head.
        const section = own.length > 3 ? own.slice(2) : [];
        const levels = element.lines.slice(-own.length).map((l) => hashesOf(l.raw));
        const { headline, column } = headlineFromBlock(own.length > 3 ? own.slice(0, 2) : own, levels);
        if (target.headline)
          target.paragraphs.unshift(
            `## ${[target.headline.kicker, target.headline.title, target.headline.subtitle].filter(Boolean).join(' ')}`,
          );
        target.headline = headline;
        target.column ??= column;
        // The headline's largest type (fewest #) is its 主题's: the level a story's title has.
        const marked = element.lines.map((l) => hashesOf(l.raw)).filter((level) => level > 0);
        target.titleLevel = marked.length ? Math.min(...marked) : undefined;
        if (section.length) target.paragraphs.unshift(`## ${section.join(' ')}`);
        target.lines.push(...numbers);
      };
      if (leadsStory) {
        if (story && !story.headline && hasBody(story) && elements[index - 1]?.type === 'byline') apply(story);
        else if (story && hasBody(story) && texts.length >= 3 && texts[0]!.replace(/\s/g, '').length > 5) {
          // The end of the story above (a section head, a cut-off last line) runs into the next headline.
          const [head, ...tail] = element.lines.slice(0, -1);
          story.paragraphs.push(`## ${head!.text}`, ...tail.map((l) => l.text));
          story.lines.push(...element.lines.slice(0, -1).map((l) => l.number));
          const last = element.lines.at(-1)!;
          apply(start(last.number), [last.text]);
        } else apply(start(numbers[0]!));
      } else if (next?.type === 'body') {
        if (!story) apply(start(numbers[0]!));
        else if (!story.headline) apply(story);
        else if (texts.length >= 2 && !(hasBody(story) && insideStory(element.lines[0]!, spacing)))
          apply(start(numbers[0]!));
        else if (texts.length >= 2) {
          // Set no further apart than the paragraphs on a page that sets its stories apart: a
          // section head, and the first piece of its text, cut by a column break.
          story.paragraphs.push(`## ${texts[0]}`);
          story.lines.push(numbers[0]!);
          for (const line of element.lines.slice(1)) addText(story, line);
        }
        // Credits printed under a story's text, or at the end of its last paragraph, end it: a
        // heading after them is the next story's.
        else if (
          hasBody(story) &&
          (elements[index - 1]?.type === 'byline' || trailingByline(story.paragraphs.at(-1) ?? '').credits.length > 0)
        )
          apply(start(numbers[0]!));
        else if (startsStory(element.lines[0]!, story, elements, index, spacing) >= STORY_START)
          apply(start(numbers[0]!));
        else {
          story.sectionLevel ??= hashesOf(element.lines[0]!.raw) || undefined;
          story.paragraphs.push(`## ${texts.join(' ')}`);
          story.lines.push(...numbers);
        }
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
    const target = story ?? start(line.number);
    target.lines.push(line.number);
    const lastCaption = target.captions.at(-1);
    if (
      element.type === 'photo-credit' &&
      elements[index - 1]?.type === 'caption' &&
      lastCaption &&
      !lastCaption.credit
    )
      lastCaption.credit = line.text;
    else if (element.type === 'byline' || element.type === 'photo-credit')
      target.credits.push(...parseByline(line.text));
    else if (element.type === 'caption') {
      const credit = CAPTION_CREDIT.exec(line.text);
      target.captions.push(
        credit
          ? { text: line.text.slice(0, credit.index).trim(), credit: (credit[1] ?? credit[2])!.trim() }
          : { text: line.text },
      );
    } else addText(target, line, false);
  });

  for (const s of stories) {
    const first = s.paragraphs.findIndex((p) => !p.startsWith('## '));
    const last = s.paragraphs.findLastIndex((p) => !p.startsWith('## '));
    const credits = first >= 0 ? leadCredits(s.paragraphs[first]!) : [];
    if (last >= 0) {
      const trailing = trailingByline(s.paragraphs[last]!);
      s.paragraphs[last] = trailing.text;
      credits.push(...trailing.credits);
    }
    for (const credit of credits)
      if (!s.credits.some((c) => c.name === credit.name && c.role === credit.role)) s.credits.push(credit);
  }
  // One 栏目 guess for the whole page: the label printed over the first headline that has one.
  const column = stories.find((s) => s.column)?.column;
  for (const s of stories) s.column = column;

  for (const [index, s] of stories.entries()) {
    const han = s.paragraphs.join('').match(/\p{Script=Han}/gu)?.length ?? 0;
    if (han < 120)
      suspicions.push({ line: s.firstLine, kind: 'short-story', detail: `第${index + 1}篇只有 ${han} 个汉字` });
    if (!s.headline)
      suspicions.push({ line: s.firstLine, kind: 'no-headline', detail: `第${index + 1}篇未识别出标题` });
  }
  suspicions.push(...repeatedPhrases(lines), ...unusualCharacters(lines));
  return { stories, dropped, banner, suspicions: suspicions.sort((a, b) => a.line - b.line) };
}

/**
 * How the page spaces its blocks, in blank lines: the usual gap before a paragraph, and the
 * narrowest gap before a headline that surely leads a story (a byline or a 本报讯 lead under it,
 * or several lines set apart; text above it). Some pages set their stories further apart than their paragraphs; others (the
 * seed pages) do not, and then the gaps tell nothing.
 */
export interface Spacing {
  paragraph: number;
  story?: number | undefined;
}

function spacingOf(elements: readonly Element[]): Spacing {
  const gaps = new Map<number, number>();
  elements.forEach((e, i) => {
    if (e.type === 'body' && elements[i - 1]?.type === 'body')
      gaps.set(e.line.blanksBefore, (gaps.get(e.line.blanksBefore) ?? 0) + 1);
  });
  const paragraph = [...gaps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1;
  let story: number | undefined;
  elements.forEach((e, i) => {
    if (e.type !== 'headings' || !elements.slice(0, i).some((b) => b.type === 'body')) return;
    const after = elements.slice(i + 1);
    const next = after.find((n) => n.type !== 'photo-credit' && n.type !== 'caption');
    // Credit lines under a story's last lines lead nothing: text must follow them.
    const end = after.findIndex((n) => n.type === 'headings');
    const textFollows = (end < 0 ? after : after.slice(0, end)).some((n) => n.type === 'body');
    const leads =
      (next?.type === 'byline' && textFollows) || (next?.type === 'body' && next.line.text.startsWith('本报讯'));
    // So does a headline of several lines set apart by a wider gap than the paragraphs' (not a photo's).
    const photo = elements[i - 1]?.type === 'caption' || elements[i - 1]?.type === 'photo-credit';
    const setApart = e.lines.length >= 2 && next?.type === 'body' && !photo && e.lines[0]!.blanksBefore > paragraph;
    if (leads || setApart) story = Math.min(story ?? Infinity, e.lines[0]!.blanksBefore);
  });
  return { paragraph, story };
}

/** A page that sets its stories further apart than its paragraphs prints this heading no further apart: it is inside a story. */
function insideStory(heading: PageLine, spacing: Spacing): boolean {
  return spacing.story !== undefined && spacing.story > spacing.paragraph && heading.blanksBefore <= spacing.paragraph;
}

/** The score from which a one-line heading starts a new story (see startsStory). */
export const STORY_START = 3;
const SUBJECT_FIRST =
  /^(?:[我本全][市区县省]|\p{Script=Han}{1,8}?(?:高新区|新区|开发区|园区|[市县镇村]|街道|社区|公司|集团|企业|党委|党工委|党组织|支部|学校|大学|医院))\p{Script=Han}{0,3}?(?:持续|开展|举办|举行|召开|启动|推进|组织|获评|获|参赛|参观|走进|成立|签约|发布|实施|入选|荣获|开通|上线|完成|加快|深化|打造)/u;
/** How much of a story (its lead, then its last characters) the text below a heading is compared with. */
const STORY_WINDOW = 1500;

const bigrams = (text: string) => {
  const han = [...text.replace(/[^\p{Script=Han}]/gu, '')];
  return new Set(han.slice(1).map((c, i) => han[i]! + c));
};

/**
 * A one-line heading inside a story with body text after it: the title of a new story, or a
 * section head of the story going on? A score of line features; above 0 starts a story.
 */
export function startsStory(
  heading: PageLine,
  story: DraftStory,
  elements: readonly Element[],
  index: number,
  spacing: Spacing = { paragraph: 1 },
): number {
  const text = heading.text;
  const han = text.replace(/[^\p{Script=Han}]/gu, '').length;
  let score = 0;
  // A wider gap above it than between paragraphs (not the gap a photo leaves): the page sets it
  // apart. No wider on a page that sets its stories apart: it is inside a story.
  const above = elements[index - 1];
  const afterPhoto = above?.type === 'caption' || above?.type === 'photo-credit';
  if (!afterPhoto && heading.blanksBefore > spacing.paragraph) score += 5;
  else if (insideStory(heading, spacing)) score -= 6;
  // The text above stops mid-sentence: the line may go on with it, after a column break that left
  // a gap as wide as a story's. Only a hint: a story cut off at the page foot ends so too.
  if (above?.type === 'body' && !TERMINAL.test(above.line.text)) score -= 3;
  // The OCR tool's heading level, when it marks one: fewer # than the story's own section heads
  // or as few as its title is a title.
  const level = hashesOf(heading.raw);
  // Stories on one page differ in size (## under a # lead story), so smaller than this story's
  // title is not yet a section head; small type (### and more) is.
  if (level && story.titleLevel) score += level <= story.titleLevel ? 3 : level >= 3 ? -3 : 0;
  if (level && story.sectionLevel) score += level < story.sectionLevel ? 3 : -3;
  // Without a level to compare with, three or more # is small type: a section head (### as in Markdown).
  if (level >= 3 && !story.titleLevel && !story.sectionLevel) score -= 3;
  // And one or two # is large type: a title's (# 党建引领…, ## 10支企业和高校队伍参赛).
  if (level > 0 && level <= 2 && !story.titleLevel && !story.sectionLevel) score += 2;
  // Numbered heads (1 / 一、 / （一）) are sections.
  if (
    /^([\d一二三四五六七八九十]{1,2}[、.．\s]|[（(][一二三四五六七八九十\d]{1,2}[）)]|第[一二三四五六七八九十]部分)/u.test(
      text,
    )
  )
    score -= 4;
  // Parallel with a section head the story already has (same length, same spacing).
  const shape = (t: string) => t.replace(/\p{Script=Han}/gu, '字').replace(/[“”"]/gu, '');
  const heads = story.paragraphs.filter((p) => p.startsWith('## ')).map((p) => p.slice(3));
  if (heads.some((h) => shape(h) === shape(text))) score -= 3;
  // What titles are made of: a subject that acts (高新区…开展), or a long line.
  if (
    /(高新区|新区|园区|开发区|[市区县镇]|街道|社区|村|公司|企业|党委|党工委|支部|学校|大学|医院)/u.test(text) &&
    han >= 10
  )
    score += 1;
  // A news title opens with who acts (我市持续推进…, 鸡山社区党组织开展…); a section head with what
  // is done (构建…, 凝聚红色力量…), or a number.
  if (SUBJECT_FIRST.test(text)) score += 2;
  if (han >= 16) score += 1;
  // A place the story so far never names (济宁高新区 under a story about 贵阳): another story.
  const places = text.match(/\p{Script=Han}{2,6}?(?:高新区|新区|开发区|园区|[市县])/gu) ?? [];
  const storyText = [story.headline?.kicker, story.headline?.title, story.headline?.subtitle, ...story.paragraphs].join(
    '',
  );
  if (places.some((place) => !storyText.includes(place.replace(/^(?:国家|省)/u, '')))) score += 2;
  if (han <= 8) score -= 1;
  // The text below: a news lead, or a change of subject (few of its word pairs occur in the story so far).
  const below: string[] = [];
  for (const e of elements.slice(index + 1)) {
    if (e.type === 'headings') break;
    if (e.type === 'body') below.push(e.line.text);
    if (below.join('').length > 400) break;
  }
  if (/^(近日|日前|近期|今年以来|近年来|\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月)/u.test(below[0] ?? '')) score += 1;
  // A news lead says when in its first sentence, after its purpose (为加强…，近日，…).
  else if (/^[^。！？]{0,60}?[，,](近日|日前|近期|\d{1,2}月\d{1,2}日)/u.test(below[0] ?? '')) score += 1;
  // Compared with the story's lead and its last few hundred characters, not the whole story: the
  // more text a story has, the more word pairs any text shares with it, so a long story would
  // swallow the story after it and a short one would lose its first section.
  const paragraphs = story.paragraphs.filter((p) => !p.startsWith('## '));
  const before = bigrams(`${(paragraphs[0] ?? '').slice(0, 300)}｜${paragraphs.join('').slice(-STORY_WINDOW)}`);
  const after = [...bigrams(below.join(''))];
  if (after.length >= 20 && before.size >= 60) {
    const shared = after.filter((b) => before.has(b)).length / after.length;
    // Measured on simulated pages: a section's text shares a median 19% of its word pairs with
    // that much of the story above it, a new story's 6%.
    score += shared < 0.07 ? 2 : shared < 0.11 ? 1 : shared < 0.17 ? -0.5 : -2;
  }
  return score;
}

/**
 * Phrases printed twice: back to back ("纵向到底、纵向到底"), or a long run of 24 or more
 * Han characters found again elsewhere on the page (an OCR repeat of a whole passage).
 */
function repeatedPhrases(lines: PageLine[]): Suspicion[] {
  const found: Suspicion[] = [];
  const seen = new Map<string, number>();
  for (const line of lines) {
    if (line.kind !== 'body') continue;
    const adjacent = /(\p{Script=Han}{3,}(?:“[^”]*”)?)[，、,\s]?\1/u.exec(line.text);
    if (adjacent) found.push({ line: line.number, kind: 'repeated-phrase', detail: `“${adjacent[0]}”连印两次` });
    const chars = [...line.text.replace(/[^\p{Script=Han}]/gu, '')];
    for (let i = 0; i + 24 <= chars.length; i += 6) {
      const gram = chars.slice(i, i + 24).join('');
      const first = seen.get(gram);
      if (first !== undefined && first !== line.number) {
        found.push({
          line: line.number,
          kind: 'repeated-phrase',
          detail: `“${gram.slice(0, 12)}…”在第${first}行已出现`,
        });
        break;
      }
      if (first === undefined) seen.set(gram, line.number);
    }
  }
  return found;
}

const ORDINARY = /[\p{Script=Han}\x20-\x7e\u3000-\u303f\uff00-\uffef\u2010-\u2027\u2030-\u205e\u00b7\u25b6\s]/u;

function unusualCharacters(lines: PageLine[]): Suspicion[] {
  const found: Suspicion[] = [];
  for (const line of lines) {
    const odd = [...new Set([...line.raw].filter((c) => !ORDINARY.test(c)))];
    if (odd.length)
      found.push({
        line: line.number,
        kind: 'unusual-character',
        detail: odd.map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join('，'),
      });
  }
  return found;
}
