/**
 * One line of an OCR'd page, cleaned (OCR markup, invisible characters, the spaces a column
 * layout leaves inside Chinese text) and classified by its own looks: furniture, banner, byline,
 * photo credit, caption, heading or body. What the lines around it say is read-lines.ts's part.
 */
import { furnitureRule, PRINTED_DATE_RULE, STRAY_CHARACTER } from '../coverage.ts';
import { INVISIBLE } from '../content-text.ts';
import {
  affiliatedName,
  BYLINE_MARK,
  BYLINE_MARKS,
  bylineOnItsOwn,
  DATELINE,
  deedsBeforeNames,
  endsWithSourceNote,
  LABELLED_BYLINE,
  leadNamesApart,
  PICTURE_BY,
  readsAsSentence,
  LABEL_SEPARATOR,
  MEDIA_REPORTER,
  namesThenDeed,
  OUTLET_REPORTER,
  parseByline,
  REPORTER_TITLE,
  ROLE_LABEL,
  spacedCredits,
  TEXT_AND_PICTURE_BY,
  TEXT_BY,
  TITLED_BYLINE,
  titledNames,
  unbracketedByline,
} from './bylines.ts';
import { fullWidthPunctuation } from './punctuation.ts';
import { isCommonSurname } from './surnames.ts';
import { JUMP_LINE_TEXT, printedPageKey, withoutJumpMarks } from '../jump-marks.ts';
import { isPicture, isTableRow, stripOcrMarkup } from '../ocr-markup.ts';
import { briefHead } from '../briefs.ts';
import { closeLetterSpacing, hanOnly } from '../text.ts';

export type LineKind = 'blank' | 'furniture' | 'banner' | 'byline' | 'photo-credit' | 'caption' | 'heading' | 'body';

export interface PageLine {
  /** 1-based line number in the source. */
  number: number;
  /** The line as read: as the page prints it, but for spaced-out type closed (closeLetterSpacing in text.ts). */
  raw: string;
  /** The line as the page prints it, where that differs from `raw`: for the reports. */
  printed?: string;
  /** The line with OCR markup (ocr-markup.ts) removed and spaces inside Chinese text closed. */
  text: string;
  kind: LineKind;
  blanksBefore: number;
  /** Why a line was dropped, for the report. */
  rule?: string;
  /**
   * The line goes on from the line above it: the page is hard-wrapped, its paragraphs cut into
   * lines of the text's width with no blank line between (read-lines.ts, markWrappedLines).
   */
  wraps?: boolean;
  /**
   * A line that is a paragraph of its own, however it ends: an item of a numbered list (1．… /
   * 2．…), a line of verse a paragraph announces, a letter's signature (read-lines.ts).
   */
  item?: boolean;
  /**
   * A line of a poem (read-lines.ts, markVerse): the first of a stanza, or the next, set as close
   * under the line above as the poem's lines are, which goes on that stanza after a line break.
   */
  stanza?: 'first' | 'next';
  /**
   * A headline line that prints its writer after the title (七一抒怀 □ 王芳): that byline as
   * printed; `text` is the title alone (classifyLine).
   */
  writer?: string;
  /** A brief printed on one line with its title (■金鼎社区开展志愿服务 6月25日，…): a story of its own (read-lines.ts, markBriefs). */
  brief?: Brief;
}

/** A line as the page prints it, for what the editor is shown. */
export const printedText = (line: Pick<PageLine, 'raw' | 'printed'>): string => line.printed ?? line.raw;

export interface Brief {
  title: string;
  text: string;
}

/**
 * A brief as a column of briefs prints it: its title (after a mark, in brackets, or bare before a
 * news item's opening; briefs.ts), and its text, a clause or more, on the same line
 * (■金鼎社区开展“我为群众办实事”志愿服务 6月25日，金鼎社区…). Read from the raw line, whose
 * spaces tell the title from the text.
 */
export function briefItem(raw: string): Brief | undefined {
  const stripped = stripOcrMarkup(raw);
  const head = briefHead(stripped);
  if (!head) return undefined;
  const [title, text] = [cleanLine(head.title), cleanLine(stripped.slice(head.length))];
  if (!HAN.test(title) || !HAN.test(text) || [...text].length < 10 || !/[，。！？]/u.test(text)) return undefined;
  return { title, text };
}

/** The label of a column of briefs is a short line (党建简讯, 园区动态): at most so many characters. */
export const BRIEFS_LABEL_MAX = 12;

/** A heading line that may label a column of briefs. */
export const briefsLabel = (line: Pick<PageLine, 'kind' | 'text'> | undefined): boolean =>
  line?.kind === 'heading' && [...line.text.replace(/\s+/gu, '')].length <= BRIEFS_LABEL_MAX;

/**
 * A paragraph ending here is complete; one ending elsewhere was cut by a column break. A closing
 * quote or bracket ends it only after the sentence's own stop (…。” / …！）): a quoted phrase
 * (…为“凤凰羽衣”｜提供…, …“2+4”｜工作法…) is running text.
 */
export const TERMINAL = /(?:[。！？；…!?;]|(?<=[\p{Script=Han}”’」』）)])\.)[”’」』）)]*$/u;
/**
 * A line that ends a sentence with no Chinese in it (42.46%。, ”。): the end of a sentence the
 * page sent on alone, where the text above leaves one open (read-lines.ts, source-lines.ts).
 */
export const endsSentenceAlone = (text: string): boolean => !HAN.test(text) && TERMINAL.test(text.trim());
/**
 * A figure or a word in letters and the marks it is printed with (2023, 12.5%, 1,200, 5G, GDP),
 * no Chinese and more than a letter: a piece of a sentence when OCR sets it on a line of its own
 * inside one (read-lines.ts, source-lines.ts).
 */
const SENTENCE_PIECE = /^(?=.*[\p{Script=Latin}\p{Nd}])[\p{Script=Latin}\p{Nd}.．,，%％‰+＋\-－/／·:：~～×]{1,20}$/u;
export const isSentencePiece = (text: string): boolean => SENTENCE_PIECE.test(text) && !/^\p{L}$/u.test(text);
/** A headline never ends a sentence ("昆山…园区”" may end in a quote, "…。”" may not). */
const SENTENCE_END = /([。！？；…，、：:!?;,]|[。！？!?][”’」』])$/u;
export const HAN = /\p{Script=Han}/u;
const HEADING_MAX = 34;

/** Removes OCR markup, invisible characters and the spaces a column layout leaves inside Chinese text. */
export function cleanLine(printed: string): string {
  const raw = closeLetterSpacing(printed);
  // A jump mark set on the text is furniture, as one on a line of its own (suspicions.ts tells the editor).
  const line = withoutJumpMarks(fullWidthPunctuation(stripOcrMarkup(raw.replace(INVISIBLE, '')))).replace(
    SPACED_CREDIT_SLASH,
    (_, afterLabel?: string, beforeDeed?: string) => afterLabel ?? beforeDeed ?? '',
  );
  // A byline at the end of a paragraph keeps the spaces between its names: ·任溢斌 黄艳鸣 张悦· / （文高 文/图）.
  const tail = /\s*([·•][\p{Script=Han}\s]{2,40}[·•]|[（(][\p{Script=Han}\s/]{2,40}[）)])\s*$/u.exec(line);
  if (tail && /\p{Script=Han}\s+\p{Script=Han}/u.test(tail[1]!) && tail.index > 0)
    return `${closeSpaces(line.slice(0, tail.index))}${tail[1]!.replace(/\s+/g, ' ')}`;
  // And one a column break cut, its rest on the next line: …共赢。·张阳 宋一 ｜ 诺 靳碧海·.
  const open = BYLINE_OPENED.exec(line);
  if (open && /\s/u.test(open[0].trim()))
    return `${closeSpaces(line.slice(0, open.index))}${open[0].trim().replace(/\s+/g, ' ')}`;
  // So does a photo credit after a caption's full stop: …活动。 本报记者 宋一诺 摄 / …活动。 高新区供图.
  const credit = CREDIT_AFTER_STOP.exec(line);
  if (credit) return `${closeSpaces(line.slice(0, credit.index))} ${captionCredit(credit).replace(/\s+/g, ' ')}`;
  // And the rest of a byline a column break cut, on a line of its own: 诺 张志东 张志东· (宋一｜诺);
  // and names with what they did after them (张三 李四 文), which no space of leaves a lone character.
  if (BYLINE_CLOSED.test(line) || namesThenDeed(line).length || deedsBeforeNames(line).length)
    return line.trim().replace(/\s+/g, ' ');
  // So does a dateline's bracket of names: 本报讯（通讯员 李四 记者 张三）6月25日，…
  const lead = DATELINE_NAMES.exec(line.trim());
  if (lead && DATELINE.test(lead[1]!) && /\p{Script=Han}\s+\p{Script=Han}/u.test(lead[2]!) && namesApart(lead[2]!)) {
    const names = lead[2]!.replace(/\s+/g, ' ').replace(/(?<=[（(]) | (?=[）)])/gu, '');
    return `${lead[1]}${names}${closeSpaces(lead[3]!)}`;
  }
  // And its titled names with no bracket, a space apart, before the text: 本报讯 记者 张三 通讯员 李四 近日，…
  const dateline = DATELINE.exec(line.trim())?.[0];
  const rest = dateline === undefined ? '' : line.trim().slice(dateline.length);
  const names = dateline === undefined ? undefined : leadNamesApart(rest);
  if (names !== undefined)
    return `${dateline!.trim()} ${names.replace(/\s+/gu, ' ')} ${closeSpaces(rest.trimStart().slice(names.length))}`;
  // And one after a caption printed with no full stop, a phrase of words, not names (…活动 宋一诺 摄).
  const afterPhrase = CREDIT_AFTER_PHRASE.exec(line);
  if (afterPhrase && hanOnly(line.slice(0, afterPhrase.index)).length >= 4 && !bylineOnItsOwn(line).length)
    return `${closeSpaces(line.slice(0, afterPhrase.index))} ${afterPhrase[1]!.replace(/\s+/g, ' ')}`;
  return closeSpaces(line);
}

/** A photographer's title: a paper's or an agency's reporter (本报记者, 新华社记者), a correspondent. */
const PHOTOGRAPHER_TITLE = `${MEDIA_REPORTER}|${OUTLET_REPORTER}|(?:本报)?(?:特约|首席|摄影)?记者|(?:本报|特约)?通讯员`;
/** A photo an agency sent, or the paper's files: 新华社发, 资料图片. */
const SENT_PHOTO = '\\p{Script=Han}{1,6}社发|\\p{Script=Han}{0,4}资料图片?';
/**
 * Photos by a titled photographer, or several a space apart, or supplied by one: 新华社记者 王五 摄,
 * 本报记者 王五 赵六 摄, 通讯员 王五 供图.
 */
const TITLED_SHOT = `(?:${PHOTOGRAPHER_TITLE})\\s*\\p{Script=Han}{2,4}(?:\\s+\\p{Script=Han}{2,4})*(?:\\s*\\/?\\s*摄|\\s+摄影|\\s*供图)`;
/**
 * Credits whose form says what they are: a titled photographer's, a name with a slash or a space
 * before 摄 (摄影), 图/…, 图片来源：…; read right after a caption's full stop too, where an OCR
 * tool dropped the space (…完毕。新华社记者 王五 摄).
 */
const PLAIN_CREDIT = `${TITLED_SHOT}|\\p{Script=Han}{2,4}(?:\\s*\\/\\s*摄|\\s+摄影?)|图\\s*[/／]\\s*(?:(?:${PHOTOGRAPHER_TITLE})\\s*)?\\p{Script=Han}{2,4}|图片来源[:：]\\s*\\S{2,16}`;
/**
 * A photo's credit printed after its caption, set off by a space or in brackets: 本报记者 王五 摄,
 * 王五/摄, 高新区供图, 供图：高新区宣传部, 图片由高新区宣传部提供, 新华社发, and in brackets
 * （摄影：王五）, （资料图片）.
 */
const SPACED_CREDIT = `${PLAIN_CREDIT}|\\p{Script=Han}{2,4}摄|\\S{2,16}供图|供图[:：]\\s*\\S{2,16}|图片由\\S{2,16}提供|${SENT_PHOTO}`;
/**
 * Photos by several untitled photographers a space apart (赵强 钱伟 摄): read only after a
 * caption's full stop, where no word of the caption can be taken for a name.
 */
const NAMES_SHOT = '\\p{Script=Han}{2,4}(?:\\s+\\p{Script=Han}{2,4}){1,3}\\s*(?:\\/\\s*)?摄影?';
const BRACKETED_CREDIT = `[^（）()]{2,16}?(?:\\s*摄|供图)|(?:供图|摄影)[:：]\\s*[^（）()]{2,16}|图片由[^（）()]{2,16}提供|${SENT_PHOTO}|图片来源[:：]\\s*[^（）()]{2,16}`;
/**
 * A caption's credit at its end: group 1 holds one in brackets, group 2 one after a space, group
 * 3 one whose form says what it is (PLAIN_CREDIT) right after the full stop (…誓词。新华社记者 王五 摄,
 * …誓词。图片来源：高新区党工委), group 4 untitled photographers after it (…现场。 赵强 钱伟 摄);
 * captionCredit reads whichever holds it.
 */
export const CAPTION_CREDIT = new RegExp(
  `\\s*[（(]\\s*(${BRACKETED_CREDIT})\\s*[）)]$|\\s+(${SPACED_CREDIT})$|(?<=[。！？”])(${PLAIN_CREDIT})$|(?<=[。！？][”’」』]?)\\s*(${NAMES_SHOT})$`,
  'u',
);
/** The same after a caption's full stop, as printed (before the spaces inside the text are closed). */
const CREDIT_AFTER_STOP = new RegExp(
  `(?<=[。！？][”’」』]?)\\s*(${NAMES_SHOT})\\s*$|(?<=[。！？”])(?:\\s+(${SPACED_CREDIT})|(${PLAIN_CREDIT}))\\s*$`,
  'u',
);
/** The credit a caption's credit pattern found, whichever of its forms. */
export const captionCredit = (match: RegExpExecArray): string => match.slice(1).find((group) => group !== undefined)!;
/** The same after a caption's last word (…誓词 新华社记者 王五 摄), the credit a space apart. */
const CREDIT_AFTER_PHRASE = new RegExp(`(?<=\\S)\\s+(${SPACED_CREDIT})\\s*$`, 'u');

/**
 * Every word of a bracket of names a title or a name, or both run together (记者 刘琴 通讯员 李洋):
 * its spaces part them. A word of one character, or a title cut in two (通 讯员, 李 洋), says the
 * OCR tool set stray spaces, which are closed as in the text.
 */
const namesApart = (bracket: string) =>
  bracket
    .replace(/[（）()]/gu, '')
    .split(/[\s、，,]+/u)
    .filter(Boolean)
    .every((word) => TITLE_OR_NAME.test(word));
const TITLE_OR_NAME = new RegExp(`^(?:${REPORTER_TITLE})$|^(?:${REPORTER_TITLE})?\\p{Script=Han}{2,4}$`, 'u');

/** A dateline, the bracket of names after it, and the rest of the line. */
const DATELINE_NAMES = /^(\S{2,20}?[讯电])\s*([（(][\p{Script=Han}\s、，,]{2,40}[）)])(.*)$/u;

/** A byline opened at the end of a paragraph (after its full stop) and not closed on the line: ·张阳 宋一 / （靳碧. */
export const BYLINE_OPENED = /(?<=[。！？”])\s*(?:[·•][\p{Script=Han}\s]{0,30}|[（(][\p{Script=Han}\s]{0,12})$/u;
/** The rest of such a byline, on a line of its own: 诺 靳碧海· / 海 文/图）. */
export const BYLINE_CLOSED = /^[\p{Script=Han}\s]{1,30}(?:文\s*\/\s*图\s*)?[·•）)]$/u;

/**
 * A slash or bar an OCR tool set spaces around in a byline, after a label (文 / 张三, 本报记者 ｜
 * 李四, 文 | 张三 图 | 李四) or before what a name did (张三 / 文): closed, so that the byline reads
 * as printed.
 */
const SPACED_CREDIT_SLASH = new RegExp(
  `(?<=${ROLE_LABEL}|${REPORTER_TITLE}|文|图)[ \\t\u3000]*([/／|｜│])[ \\t\u3000]*(?=\\p{Script=Han})|(?<=\\p{Script=Han}{2})[ \\t\u3000]*([/／])[ \\t\u3000]*(?=[文图摄](?:\\s|$))`,
  'gu',
);

/** The space at offset leaves a single Han character between it and another space or an end of the line. */
function loneCharacterAt(line: string, offset: number, length: number): boolean {
  return (
    /(?:^|\s)\p{Script=Han}$/u.test(line.slice(0, offset)) ||
    /^\p{Script=Han}(?:\s|$)/u.test(line.slice(offset + length))
  );
}

/** A 主题 and its 副题 on one line, as an OCR tool may join them (主题——副题), no comma in either. */
const TITLE_DASH_SUBTITLE = /^([^，,。；]{4,})——([^，,。；—]{4,})$/u;

/**
 * How long the headline a space at an offset of the line stands in is: on a line of 主题——副题,
 * the length of its own part. Read once a line, not once a space.
 */
function headlineLengths(line: string): (offset: number) => number {
  const parts = TITLE_DASH_SUBTITLE.exec(line.trim());
  if (!parts) return () => line.length;
  const title = parts[1]!;
  const titleEnd = line.indexOf(title) + title.length;
  return (offset) => (offset < titleEnd ? title.length : parts[2]!.length);
}

function closeSpaces(line: string): string {
  const headlineLength = headlineLengths(line);
  const sentenceEnd = SENTENCE_END.test(line);
  return line
    .replace(
      /(?<=[\p{Script=Han}\p{P}])[ \t\u3000]+(?=[\p{Script=Han}\p{P}])/gu,
      (space, offset: number, whole: string) =>
        // Keep a space between two headline phrases ("守初心 担使命"); close it inside running text,
        // and where it leaves one character alone, which no phrase is ("社会主 义").
        headlineLength(offset) <= HEADING_MAX + 6 && !sentenceEnd && !loneCharacterAt(whole, offset, space.length)
          ? space
          : '',
    )
    .trim()
    .replace(/^本报讯(?=[^\s（(])/u, '本报讯 ');
}

const NAME = '\\p{Script=Han}{2,4}';
const BYLINE = [
  LABELLED_BYLINE,
  /^▶/,
  TITLED_BYLINE,
  // Text and photos by name: 文/图 张三, 图文：张三, 文/张三 图/李四.
  TEXT_AND_PICTURE_BY,
  // Each name with what it did after a slash: 本报记者 张三/文 李四/图 (a photo's 张三/摄 alone is a photo credit).
  new RegExp(
    `^(?=.*[/／]\\s*文(?:\\s|$))(?:(?:${REPORTER_TITLE})\\s*)?${NAME}\\s*[/／]\\s*[文图摄](?:\\s+(?:(?:${REPORTER_TITLE})\\s*)?${NAME}\\s*[/／]\\s*[文图摄])*$`,
    'u',
  ),
  TEXT_BY,
  // Where the story's photos, or the page's, came from: 图片来源：高新区融媒体中心.
  /^(?:本版)?图片来源[:：]\s*\S/u,
  // The page's photos' giver, in brackets or not: （本版图片由高新区宣传部提供）.
  /^[（(]?\s*本版(?:图片|照片)均?由\S{2,20}提供\s*[）)]?$/u,
  // A commentary's byline, a title with no name: 本报评论员.
  /^(本报)?(特约)?评论员$/u,
  // A byline in brackets on a line of its own, under the text: （通讯员 陈晨）, （记者 刘洋，通讯员 宋玲毅）.
  new RegExp(
    `^[（(]\\s*(?:${REPORTER_TITLE})\\s*${NAME}((\\s+|\\s*[，,、]\\s*)((?:${REPORTER_TITLE})\\s*)?${NAME})*\\s*[）)]$`,
    'u',
  ),
];
/** A line of credits only (编辑：叶伟 组版：王新明), no telephone or e-mail: the story's, not the page's. */
const CREDIT_LINE = new RegExp(
  `^((${ROLE_LABEL})\\s*${LABEL_SEPARATOR}\\s*(本报记者\\s*)?${NAME}(\\s+${NAME})*\\s*)+$`,
  'u',
);
const OUTLET_AT_START = new RegExp(`^(?:${OUTLET_REPORTER})`, 'u');
/** A photo credit on its own line: 乔冠宇/摄, 本报记者 钟凡 摄, 高新区供图, 通讯员 王五 供图, 图/张三. */
const PHOTO_CREDIT = new RegExp(
  `^(?:(?:${PHOTOGRAPHER_TITLE})\\s*)?(?:\\S{2,12}\\s*\\/\\s*摄|\\p{Script=Han}{2,4}\\s+(?:摄|供图)|\\p{Script=Han}{2,14}供图)$|^供图[:：]\\s*\\S{2,16}$|^[（(]?图片由\\S{2,16}提供[）)]?$|^[（(]?(?:${SENT_PHOTO})[）)]?$`,
  'u',
);
/**
 * A photo credit in the form of a story's credits (图/张三, as 文/李四 credits its text): under a
 * story's last paragraph it credits the story's photos, not that paragraph as a caption.
 */
export const STORY_PHOTO_CREDIT = PICTURE_BY;
/** The same with the space before 摄 as printed, which cleaning closes (张三 摄 → 张三摄). */
const SPACED_PHOTO_CREDIT = new RegExp(`^(?:(?:${PHOTOGRAPHER_TITLE})\\s*)?\\p{Script=Han}{2,4}\\s+摄$`, 'u');

/** A 版次 as printed: 第5版, 第九版, A3 (版). */
const NTH_PAGE = '第\\s*[\\d一二三四五六七八九十]{1,3}\\s*版';
const PAGE_NO = `(?:${NTH_PAGE}|[A-Z]\\d{1,2}\\s*版?)`;
/** What parts a 版次 from the 版名 printed after it: 第5版 · 园区党建, 第5版：要闻, A3 要闻. */
const BEFORE_PAGE_NAME = '\\s*[·•|｜:：]?\\s*';
/** A 版次 as printed, with the 版名 some papers print after it. */
const PAGE_NUMBER = `${PAGE_NO}(?:${BEFORE_PAGE_NAME}\\p{Script=Han}{2,8})?`;
const PAGE_NAME_OF = new RegExp(`^${PAGE_NO}${BEFORE_PAGE_NAME}(\\p{Script=Han}{2,8})$`, 'u');
/** The rule of a page's running head, whose 版次 may name the page too (printedPageName). */
const RUNNING_HEAD = '报眉（日期、版次）';
/** The rule of a 版次 line (第5版, 园区党建 3), with the 版名 some papers print beside it. */
export const PAGE_NUMBER_RULE = '版次';
/** The rule of the page's name on a line of its own (要闻, 创新园区). */
export const PAGE_NAME_RULE = '版名';

/** The page's name as its 版次 line or running head prints it (第5版 · 园区党建), if one does. */
export const printedPageName = (lines: readonly PageLine[]): string | undefined =>
  lines.filter(isPageNumber).map(namedPage).find(Boolean);

const isPageNumber = (line: PageLine | undefined): line is PageLine =>
  line?.kind === 'furniture' && (line.rule === PAGE_NUMBER_RULE || line.rule === RUNNING_HEAD);

/** The 版名 a 版次 line or running head prints, if any. */
const namedPage = (line: PageLine): string | undefined =>
  line.rule === RUNNING_HEAD
    ? (pageNameOf(runningHeadPage(line.text)) ?? runningHeadParts(line.text).named[0])
    : pageNameOf(line.text);

/**
 * The 版次 a page's 版次 line or running head prints (第5版, A05, 园区党建 3), as printedPageKey
 * gives it; undefined when none does, or when two print different ones.
 */
export function printedPageNumber(lines: readonly PageLine[]): string | undefined {
  const numbers = new Set(lines.filter(isPageNumber).flatMap((line) => pageNumberOf(line.text) ?? []));
  return numbers.size === 1 ? [...numbers][0] : undefined;
}

/** A 版次 on a line: 第5版, 第九版, A3 (not the N44 of CN44-0001), or the bare number beside a 版名. */
const PAGE_NUMBER_ON_LINE = /(?<![A-Za-z\d])(?:第\s*[\d一二三四五六七八九十]{1,3}\s*版|[A-Z]\d{1,2}(?![\d-]))/u;

function pageNumberOf(text: string): string | undefined {
  const folded = text.normalize('NFKC');
  const bare = NAME_WITH_BARE_NUMBER.exec(folded);
  const printed = bare ? /\d{1,2}/u.exec(bare[0])![0] : PAGE_NUMBER_ON_LINE.exec(folded)?.[0];
  return printed && printedPageKey(printed);
}

/** A 版次 line or running head that prints no 版名 (第３版): a word right under it names the page. */
export const pageNumberWithoutName = (line: PageLine | undefined): boolean => isPageNumber(line) && !namedPage(line);

/** The 版次 and what follows it on a running head (2021年7月1日 星期四 第5版 要闻 → 第5版 要闻). */
const runningHeadPage = (text: string): string => {
  const folded = text.normalize('NFKC');
  const at = folded.search(new RegExp(PAGE_NO, 'u'));
  return at < 0 ? '' : folded.slice(at);
};

/** The 版名 a 版次 line prints after the number (第5版 · 园区党建, A3 要闻): the page's name. */
export function pageNameOf(text: string): string | undefined {
  const folded = text.normalize('NFKC');
  const named = PAGE_NAME_OF.exec(folded);
  if (named) return named[1];
  const bare = NAME_WITH_BARE_NUMBER.exec(folded);
  return bare?.[1] ?? bare?.[2];
}

/**
 * A page's name with its bare number a space or a mark apart (园区党建 3, 5 | 要闻): a 版次 only in
 * the page's head (read-lines.ts, markPageNames), since a table's row printed without its bars
 * (优秀共产党员 50) has the same form.
 */
export const NAME_WITH_BARE_NUMBER =
  /^(?:(\p{Script=Han}{2,8})\s*[·•|｜]?\s+\d{1,2}|\d{1,2}\s*[·•|｜]?\s+(\p{Script=Han}{2,8}))$/u;

/**
 * A page's date as printed at its top: 2021年7月1日 / 2019.10.28, with the weekday and the lunar
 * date some papers print after it (星期四 农历五月廿二 / 辛丑年五月廿二).
 */
const PRINTED_DATE =
  '(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[.\\-/]\\d{1,2}[.\\-/]\\d{1,2})(?:\\s*(?:星期|周)[一二三四五六日天])?(?:\\s*(?:农历\\p{Script=Han}{2,12}|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\\p{Script=Han}{2,6}))?';
/** A paper's name as its 报头 prints it: 珠海特区报, 中国高新技术产业导报. */
const PAPER_NAME =
  '\\p{Script=Han}{2,14}(?:日报|晚报|导报|时报|商报|周报|特区报|新报|区报|科技报|经济报|青年报|企业报)(?:社)?';

/** The rule that drops a front page's contents (今日导读 / 高新区召开党建工作会议 2版). */
export const CONTENTS = '导读';

/** The label over a front page's contents: 导读, 今日导读, 本期要目, 【要闻导读】. */
export const CONTENTS_LABEL = /^[【〖［[■●◆]?\s*(?:今日|本期|本版|要闻|今日要闻)?\s*(?:导读|要目)\s*[】〗］\]]?$/u;

const ENTRY_PAGE = `(?:第\\s*)?(?:[A-Z]\\s*)?\\d{1,2}\\s*版`;
const entryPattern = (page: string) =>
  new RegExp(
    `^(\\S.{3,48}?)(?:[\\s\u3000]*[…·．.]{2,}[\\s\u3000]*|[\\s\u3000]+)${page}$|^(\\S.{3,48}?)[\\s\u3000]*[（(]\\s*${ENTRY_PAGE}\\s*[）)]$`,
    'u',
  );
const ENTRY = entryPattern(ENTRY_PAGE);
const PAPER_NAME_ALONE = new RegExp(`^${PAPER_NAME}$`, 'u');
// Under a contents label, a page number without 版 (… A2) too.
const LABELLED_ENTRY = entryPattern(`(?:${ENTRY_PAGE}|[A-Z]\\d{1,2})`);

/**
 * A line of a front page's contents: a story's headline and the page it is on, after a space or
 * leader dots, or in brackets (高新区召开党建工作会议 2版, …………第3版, （A2版）); not a jump
 * line (（下转第2版）).
 */
export function contentsEntry(raw: string, labelled: boolean): boolean {
  const entry = (labelled ? LABELLED_ENTRY : ENTRY).exec(raw.trim());
  const title = entry?.[1] ?? entry?.[2];
  return (
    !!title &&
    HAN.test(title) &&
    !/(?:下转|上接|转|接|见)\s*$/u.test(title) &&
    !/[。；]$/u.test(title) &&
    // Nor a running head (珠海日报 2021年6月28日 星期一 第1版) or a paper's name with its page.
    !/\d{4}\s*年|星期|第\s*\d+\s*期/u.test(title) &&
    !PAPER_NAME_ALONE.test(title)
  );
}

/**
 * The lines (indexes into the page's lines) of a front page's contents (今日导读 / 高新区召开党建工作
 * 会议 2版 / …): under their label, or a run of two entries or more without one; blank lines
 * between them. Other pages' headlines, never this page's text: ingest drops them, and the page's
 * source view shows them as furniture, not as the line of a story whose headline they repeat.
 */
export function contentsLines(raws: readonly string[]): Set<number> {
  const found = new Set<number>();
  const content = raws.flatMap((raw, i) => (/[^#\s]/u.test(raw) ? [i] : []));
  const text = (i: number) => stripOcrMarkup(raws[i]!).trim();
  // Read only the lines that may be one: every page is asked, few print contents. A label says
  // 导读 or 要目; an entry names its page (…版, or A2 under a label).
  const isLabel = (i: number) => /导读|要目/u.test(raws[i]!) && CONTENTS_LABEL.test(text(i));
  const isEntry = (i: number, labelled: boolean) =>
    (raws[i]!.includes('版') || (labelled && /[A-Z]\s*\d/u.test(raws[i]!))) && contentsEntry(text(i), labelled);
  for (let c = 0; c < content.length; c++) {
    const labelled = isLabel(content[c]!);
    const from = labelled ? c + 1 : c;
    let end = from;
    while (end < content.length && isEntry(content[end]!, labelled)) end++;
    if (end - from < (labelled ? 1 : 2)) continue;
    for (const i of content.slice(c, end)) found.add(i);
    c = end - 1;
  }
  return found;
}

/** The rule that drops a jump line (（上接A1版）): split.ts reads 上接 under a headline as a story's start. */
export const JUMP_LINE = '转版';

/**
 * The furniture rules that know a line by a phrase a sentence may also hold (扫码即可…, …协会主办,
 * …刊登在人民日报, …债券发行): on a hard-wrapped page such a line may be a paragraph's
 * (read-lines.ts, phrasesInText).
 */
export const PHRASE_FURNITURE: ReadonlySet<string> = new Set([
  '二维码提示',
  '出版/印刷',
  '报名',
  '合办/主办',
  '订阅启事',
  '天气',
]);

/** One word of a running head: a date or a part of one, a 版次, the number. */
const RUNNING_HEAD_PART = new RegExp(
  `^(?:${PRINTED_DATE}|(?:星期|周)[一二三四五六日天]|农历\\p{Script=Han}{2,12}|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\\p{Script=Han}{2,6}|${NTH_PAGE}|[A-Z]\\d{1,2}版?|\\d{1,2}版|今日\\s*\\d{1,3}\\s*版|总?第\\s*\\d{1,6}\\s*期|${PAPER_NAME})$`,
  'u',
);

/**
 * A running head of parts a space, a point or a bar parts (要闻·A03, 高新区党建 | 2021.07.01,
 * 2021年7月1日 星期四 辛丑年五月廿二 今日12版, 星期四): each a date's part, a 版次, the issue's
 * number or the paper's name, with one word at most, the page's name, beside one of them.
 */
function isRunningHead(text: string): boolean {
  // Asked of every line: a running head is short.
  if (text.length > 80) return false;
  const { parts, named } = runningHeadParts(text);
  return (
    parts.length > named.length &&
    (named.length === 0 || (named.length === 1 && parts.length >= 2 && /^\p{Script=Han}{2,6}$/u.test(named[0]!)))
  );
}

/** A running head's parts, and those that are none of a date, a 版次, an issue's number or a paper's name. */
function runningHeadParts(text: string): { parts: string[]; named: string[] } {
  const parts = text
    .normalize('NFKC')
    .trim()
    .split(/\s*[\s·•|｜/]\s*/u)
    .filter(Boolean);
  return { parts, named: parts.filter((part) => !RUNNING_HEAD_PART.test(part)) };
}

/** Page furniture the coverage rules do not know: publisher and printer lines, 版次, 报头, ISSN/CN. */
const PAGE_FURNITURE: { name: string; test: { test(text: string): boolean } }[] = [
  {
    name: '出版/印刷',
    test: /^[\p{Script=Han}\s]{2,24}(出版|印刷|发行)$|出版物号|统一刊号|^(ISSN|CN)\s*\d|CN\s*\d{2}\s*[-－]\s*\d{4}|邮发代号|传真|电话\s*[:：]/u,
  },
  // Who publishes the paper, labelled: 主办：高新区党工委  承办：高新区融媒体中心, 主管单位：….
  { name: '合办/主办', test: /^(?:主管|主办|承办|协办|编辑出版|出版)(?:单位)?\s*[:：]/u },
  // The day's weather in the masthead: 今日天气 晴 28℃～35℃, 天气：多云转阴 22～30℃.
  {
    name: '天气',
    test: /^(?=.{0,40}$)(?!.*[。！？，,])(?:(?:今日|今天|明日)天气|天气预报|天气\s*[:：]).*\d\s*(?:℃|°C|度)/u,
  },
  // What an issue costs: 定价：1.50元, 零售价 2元.
  { name: '定价', test: /^(?:本报)?(?:定价|零售价|售价|每份)\s*[:：]?\s*[\d.]+\s*元/u },
  // A bulletin's (工作简报) masthead and foot: who compiles it and when (高新区党工委办公室编
  // 2023年6月30日), and whom it goes to (报：市委组织部, 送：各基层党组织, 抄送：…).
  {
    name: '编印/报送',
    test: new RegExp(
      `^[\\p{Script=Han}（）()]{2,30}(?:编印|编)\\s+${PRINTED_DATE}$|^(?:报|送|抄送|抄报|分送|报送)\\s*[:：](?=.{1,80}$)[^。！？，,]+$`,
      'u',
    ),
  },
  // With the page's name after it, as some papers print it: 第2版 综合新闻; in brackets: 【第5版】.
  {
    name: PAGE_NUMBER_RULE,
    test: new RegExp(`^(?:${PAGE_NUMBER}|[A-Z]?\\d{1,2}|[（(【\\[]\\s*${NTH_PAGE}\\s*[）)】\\]])$`, 'u'),
  },
  // A page's running head: its date, 版次 and paper's name on one line (2021年7月1日 星期四 第5版).
  {
    name: RUNNING_HEAD,
    test: new RegExp(
      `^(?=.*${PRINTED_DATE})(?=.*${NTH_PAGE}|.*(?<![A-Za-z\\d])[A-Z]\\d{1,2}(?!\\d))(?:(?:${PRINTED_DATE}|${PAPER_NAME}|${PAGE_NUMBER})[\\s·•|｜/]*){2,3}$`,
      'u',
    ),
  },
  // The page numbers of a PDF or of the OCR tool: 第1页 共4页, —— 第 1 页 ——.
  { name: '页码', test: /^(?=.*页)[—–\-－\s]*(?:第\s*\d{1,4}\s*页)?\s*[，,/]?\s*(?:共\s*\d{1,4}\s*页)?[—–\-－\s]*$/u },
  // The label over an advertisement (广告, 【广告】), the ad's own lines the editor's to drop.
  { name: '广告', test: /^[【〔［[（(]?\s*广\s*告\s*[】〕］\]）)]?$/u },
  // What a QR code printed beside a story says: 扫码阅读, 扫一扫 看视频.
  { name: '二维码提示', test: /^(?:扫码|扫一扫|扫描二维码|长按识别二维码)[\p{Script=Han}\s，,]{0,12}$/u },
  // A hotline or mailbox with its number or address, not a sentence: 本版热线：0731-12345678.
  {
    name: '电话/邮箱',
    test: /^(?=.{0,80}$)(?!.*[。！？])(?=.*(热线|电话|传真|邮箱|信箱|电子邮件|e-?mail)\s*[:：])(?=.*(\d{3,4}[-－]\d{7,8}|\d{7,}|[\w.+-]+@[\w-]+\.\w))/iu,
  },
  // The number and size: 今日8版 第10742期 / 总第10742期.
  { name: '期号', test: /^(?=.*\d)(今日\s*\d{1,3}\s*版)?\s*((总)?第\s*\d{1,6}\s*期)?$/u },
  // A jump line on its own: （上接A1版）, （下转第2版）, 转第三版.
  {
    name: JUMP_LINE,
    test: JUMP_LINE_TEXT,
  },
  // A paper's advertisement for itself: 欢迎订阅2022年度《珠海特区报》, 订阅热线…
  {
    name: '订阅启事',
    test: /^(?=.{0,40}$)(?!.*[。！？])(?:欢迎订阅|敬请订阅|订阅热线|订阅电话|广告热线|广告经营许可证)/u,
  },
  { name: '地址/邮编', test: /^(本报|报社)?(地址|社址)\s*[:：]|邮编\s*[:：]?\s*\d{6}|邮政编码/u },
  // With the page's number or date on the same line: 中国高新技术产业导报 9 / 珠海特区报 2021年7月1日 星期四.
  { name: '报名', test: new RegExp(`^${PAPER_NAME}(?:\\s*(?:\\d{1,3}|${PRINTED_DATE}))?$`, 'u') },
  { name: PRINTED_DATE_RULE, test: new RegExp(`^${PRINTED_DATE}(?:\\s+${PAPER_NAME})?$`, 'u') },
  { name: RUNNING_HEAD, test: { test: isRunningHead } },
];

/**
 * A short phrase set off by a comma at the start (机制，建立… / 观影结束后，…): a caption names its
 * subject first, whole; a line opening so is the rest of a sentence a column break cut, or a
 * paragraph's sentence tied to the one before.
 */
export const OPENS_WITH_SHORT_PHRASE = /^[^，,]{1,6}[，,]/u;

/**
 * Someone's words, or who said them (“一个支部一座堡垒…, …相关负责人说。): a paragraph's, never a
 * photo caption's.
 */
export const REPORTED_SPEECH = /^[“「『‘]|(?:说|表示|介绍|指出|强调|认为|坦言|感慨|说道|谈道)[。！]$/u;

/**
 * Words that argue, exhort or judge (…是…的唯一标准, 抓得好…才能有力): a paragraph's, never a photo
 * caption's, which says what the picture shows.
 */
export const ARGUING =
  /(必须|应当|应该|需要|要把|离不开|是|才能|正在|不断|切实|进一步|坚持|确保|推动|关键在|根本在|在于)/u;

/**
 * The words that open a sentence tied to the text around it (在…, 为…, 由于…, 他们…, 同时…, dates):
 * a caption opens with its subject instead.
 */
export const TIES_TO_TEXT =
  /^(在|为|对|从|以|把|将|向|据|经|因|由于|当|随着|通过|面对|针对|围绕|按照|根据|截至|目前|如今|近年来|今年|去年|同时|此外|另外|其中|但|而|并|他|她|我|这|那|该|其|此|本次|据悉|记者|日前|近日|近期|昨天|昨日|今天|当天|当日|会上|会后|会议|活动|培训|随后|接着|最后|期间|\d{1,4}[年月日])/u;

/**
 * An action told as done (参加了, 诠释了): a paragraph tells what happened; a photo caption shows
 * the scene as it stands (党员们在…参观学习). 了解 is a verb of its own.
 */
export const NARRATING = /了(?!解)/u;

/**
 * What a report of a meeting says in sentences of their own (…出席会议并讲话。, 会议由…主持。,
 * …等200余人参加会议。): a paragraph's, not a caption's, which shows what the photo shows.
 */
export const REPORTING_A_MEETING = /出席|主持|讲话|致辞|参加会议|参加活动|参会|与会|陪同|作报告|宣读|通报/u;

/** A caption names one scene, in a clause or three: a sentence of more is a paragraph's. */
export const fewClauses = (text: string): boolean => (text.match(/[，,]/gu)?.length ?? 0) <= 2;

/**
 * The mark papers print before a photo's caption: ▲高新区党员在会同书店开展主题党日活动。, （图）…,
 * 图为…, （图为…）, 上图：…, 上图 …, 图注：…, 图1：…, 图①…
 */
export const CAPTION_MARK =
  /^(?:[▲△▼▽]\s*\p{Script=Han}|[（(【［\[]\s*图\s*[）)】］\]]\s*\p{Script=Han}|[（(]?\s*[上下左右中]?图为\s*[\p{Script=Han}\d]|(?:[上下左右中]图|图\s*[一二三四五六\d]{1,2}|图注|图片说明)\s*[:：]\s*[\p{Script=Han}\d]|[上下左右中]图\s+\p{Script=Han}|图\s*[\u2460-\u2473]\s*[:：]?\s*\p{Script=Han})/u;

/**
 * The captions of a group of photos printed on one line, each after its number in a circle
 * (①新党员面向党旗庄严宣誓。 ②老党员为新党员佩戴党员徽章。): two or more, numbered from ① in
 * order, a space before each, each a short sentence. Undefined for any other line.
 */
export function numberedCaptions(text: string): string[] | undefined {
  // Asked of every line: most open with no ①.
  if (!/^\s*\u2460/u.test(text)) return undefined;
  const captions = text.trim().split(/\s+(?=[\u2460-\u2473])/u);
  if (captions.length < 2) return undefined;
  const numbered = captions.every(
    (caption, i) =>
      caption.codePointAt(0) === 0x2460 + i &&
      [...caption].length <= 60 &&
      HAN.test(caption) &&
      !/[\u2460-\u2473]/u.test(caption.slice(1)) &&
      !/[。！？；](?!\s*$)/u.test(caption),
  );
  return numbered ? captions : undefined;
}

export const NO_HAN = '无汉字（英文刊头、页码、残留符号）';
/** A picture the OCR tool marked (`![](…)`): dropped like other lines without text, and named so in the report. */
export const PICTURE = '图片位置（OCR 标记）';

/** A line of no text: OCR debris, a stray character or a picture's mark, which part nothing around them. */
export const isMark = (line: Pick<PageLine, 'kind' | 'rule'> | undefined): boolean =>
  line?.kind === 'furniture' && (line.rule === NO_HAN || line.rule === PICTURE || line.rule === STRAY_CHARACTER);

/**
 * Names alone after a byline's mark (□ 张晓明, ■ 李娜 王强), as a commentary or a report prints its
 * writers under the title: one to three names of two or three characters, each a common surname's;
 * not a label's word (■ 简讯, ■ 金点子).
 */
export function markedNames(text: string): boolean {
  if (!BYLINE_MARK.test(text)) return false;
  const unmarked = unbracketedByline(text.replace(BYLINE_MARK, ''));
  return writersAlone(unmarked);
}

/**
 * Where a writer printed on the title's own line begins: at a byline's mark (七一抒怀 □ 王芳,
 * 七一抒怀□王芳), or at a writer's label after a space (车间里的党员先锋岗 文/张志强, … 作者：李明).
 */
const WRITER_ON_TITLE_LINE = new RegExp(`(?<=\\S)\\s*(?=[${BYLINE_MARKS}])|\\s+(?=(?:文|撰文|作者)\\s*[/／:：])`, 'gu');
/** A reporter's title after a byline's mark (□ 本报记者 李明). */
const MARKED_REPORTER = new RegExp(`^[${BYLINE_MARKS}]\\s*(?:${REPORTER_TITLE})`, 'u');

/**
 * A title with its writer printed after it on the same line (七一抒怀 □ 王芳, 车间里的党员先锋岗
 * 文/张志强, 说说“三个一” □ 高新区机关党委 张明华), as a 副刊 or a commentary may set a short title:
 * the title as printed, and the writer's byline as a line of its own reads. Not a headline's
 * phrases (学党史 □ 悟思想: no name).
 */
export function titleWithWriter(raw: string): { title: string; writer: string } | undefined {
  for (const match of raw.matchAll(WRITER_ON_TITLE_LINE)) {
    const title = raw.slice(0, match.index).trim();
    if ((stripOcrMarkup(title).match(/\p{Script=Han}/gu)?.length ?? 0) < 2) continue;
    const writer = cleanLine(raw.slice(match.index + match[0].length));
    const credits = parseByline(writer);
    const named =
      credits.length > 0 &&
      credits.every(
        (credit) =>
          (credit.role === 'writer' || credit.role === 'photographer') && /^\p{Script=Han}{2,4}$/u.test(credit.name),
      ) &&
      credits.some((credit) => credit.role === 'writer');
    const marked = BYLINE_MARK.test(writer);
    if (named && (!marked || markedNames(writer) || MARKED_REPORTER.test(writer) || affiliatedName(writer)))
      return { title, writer };
  }
  return undefined;
}

/** One to three writers' names and nothing else; not a label's word (简讯, 快评, 党建窗). */
export const writersAlone = (text: string): boolean =>
  namesAlone(text, 3) && !/[讯闻评论语谈记录窗事榜点句言](?:$|[\s、，,])/u.test(text.trim());

/** At most `most` names and nothing else, parted by spaces, 、 or commas: each two or three characters, a common surname's. */
function namesAlone(text: string, most: number): boolean {
  const names = text.trim().split(/\s*[\s、，,]\s*/u);
  return (
    names.length <= most && names.every((name) => /^\p{Script=Han}{2,3}$/u.test(name) && isCommonSurname(name[0]!))
  );
}

/** What marks a story's end, or that it goes on in a later issue, on a line of its own. */
export const STORY_END_MARK = /^[（(【[]\s*(?:完|全文完|本文完|未完待续|待续|未完|续完)\s*[）)】\]]$/u;

export function classifyLine(
  printed: string,
  blanksBefore: number,
): Pick<PageLine, 'kind' | 'text' | 'rule' | 'writer'> {
  const line = classifyAlone(printed, blanksBefore);
  if (line.kind !== 'heading' && line.kind !== 'body') return line;
  // A title that prints its writer after it (七一抒怀 □ 王芳): read as the title alone would be.
  const raw = closeLetterSpacing(printed);
  const titled = raw.search(WRITER_ON_TITLE_LINE) >= 0 ? titleWithWriter(raw) : undefined;
  const title = titled && classifyAlone(titled.title, blanksBefore);
  return title?.kind === 'heading' ? { ...title, writer: titled!.writer } : line;
}

/** A line by its own looks, read whole. */
function classifyAlone(printed: string, blanksBefore: number): Pick<PageLine, 'kind' | 'text' | 'rule'> {
  const raw = closeLetterSpacing(printed);
  const text = cleanLine(raw);
  // A lone OCR mark (#) is debris, not a gap in the layout: a blank line counted there would set
  // the paragraph after it apart like a caption.
  if (!text)
    return raw.trim() ? { kind: 'furniture', text, rule: isPicture(raw) ? PICTURE : NO_HAN } : { kind: 'blank', text };
  if (isPicture(raw)) return { kind: 'furniture', text, rule: PICTURE };
  if (text.length <= 40 && (CREDIT_LINE.test(text) || spacedCredits(text))) return { kind: 'byline', text };
  // The same in brackets under a story's text: （责任编辑：赵六）.
  const bracketed = /^[（(]\s*(.+?)\s*[）)]$/u.exec(text)?.[1];
  if (bracketed && bracketed.length <= 40 && CREDIT_LINE.test(bracketed)) return { kind: 'byline', text };
  // Names alone in brackets on a line of its own (（张三）, （张三 李四）): the story's writers, as papers
  // credit a contributor; every name a common surname's.
  if (bracketed !== undefined && namesAlone(bracketed, 4)) return { kind: 'byline', text };
  // The end of a story marked on a line of its own (（完）, （未完待续）): its text's last line.
  if (STORY_END_MARK.test(text)) return { kind: 'body', text };
  // Judged with full-width digits and letters folded (２０２１年７月１日, 第３版), as some OCR tools print them.
  const folded = text.normalize('NFKC');
  const furniture = furnitureRule(raw) ?? PAGE_FURNITURE.find((rule) => rule.test.test(folded));
  if (furniture) return { kind: 'furniture', text, rule: furniture.name };
  if (!HAN.test(text)) return { kind: 'furniture', text, rule: NO_HAN };
  // A table's row is running text, however short: never a headline.
  if (isTableRow(raw)) return { kind: 'body', text };
  if (isEnglishName(text)) return { kind: 'banner', text, rule: '版头（英文版名）' };
  const unmarked = unbracketedByline(text.replace(BYLINE_MARK, ''));
  if (
    text.length <= 40 &&
    // Another outlet's reporter's photo (新华社记者 李四 摄): a photo's credit, as that outlet sent it.
    !(OUTLET_AT_START.test(unmarked) && PHOTO_CREDIT.test(text)) &&
    !readsAsSentence(unmarked) &&
    (BYLINE.some((pattern) => pattern.test(unmarked)) ||
      bylineOnItsOwn(unmarked).length ||
      titledNames(unmarked).length ||
      namesThenDeed(unmarked).length ||
      deedsBeforeNames(unmarked).length)
  )
    return { kind: 'byline', text };
  if (PHOTO_CREDIT.test(text) || STORY_PHOTO_CREDIT.test(text) || SPACED_PHOTO_CREDIT.test(raw.trim()))
    return { kind: 'photo-credit', text };
  // A triangle pointing at the photo marks its caption, whatever the gap above it; so do the
  // numbers of a group of photos, their captions on one line.
  if ((CAPTION_MARK.test(text) && text.length <= 150) || numberedCaptions(text)) return { kind: 'caption', text };
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
    !REPORTED_SPEECH.test(text) &&
    !NARRATING.test(text) &&
    !TIES_TO_TEXT.test(text) &&
    fewClauses(text) &&
    !OPENS_WITH_SHORT_PHRASE.test(text) &&
    // A point of the text set off by a dash (——聚焦主责主业…).
    !/^[—–]/u.test(text)
  )
    return { kind: 'caption', text };
  if (DATELINE.test(text)) return { kind: 'body', text };
  // Where the story came from (来源：珠海日报), under its text: the text's last line, not a headline.
  if (endsWithSourceNote(text)) return { kind: 'body', text };
  // An interview's question or answer (记者：请您介绍…, 问：…, 答：…), however short: text.
  if (DIALOGUE.test(text)) return { kind: 'body', text };
  // A letter's salutation (全区广大党员：, 同志们：) opens its text.
  if (isSalutation(text)) return { kind: 'body', text };
  // A short label ending in a colon ("惠州仲恺高新区：") belongs to a headline too.
  const label = text.length <= 12 && /[:：]$/.test(text);
  if (
    !QUOTED_OR_LISTED.test(raw) &&
    // A note in round brackets (（作者系高新区党工委干部）) is the text's, not a heading.
    !/^[（(][^（）()]{4,}[）)]$/u.test(text) &&
    // A 主题——副题 printed on one line is measured a part at a time.
    text.split(/(?<=.)——/u).every((part) => part.replace(/\s/g, '').length <= HEADING_MAX) &&
    (label || !SENTENCE_END.test(text)) &&
    // A comma or a full stop inside is running text, never a headline; but for phrases of a
    // headline's that a comma parts, after a section head's number too (（一）建强阵地，夯实基础).
    (!/[，,。！？；]/.test(text.slice(0, -1)) || parallelPhrases(text.replace(SECTION_NUMBER, '').trim()))
  )
    return { kind: 'heading', text };
  return { kind: 'body', text };
}

/**
 * A paper's or a column's English name printed beside its Chinese one (INNOVATION 创新园区, 中国高新
 * 技术产业导报 CHINA HIGH-TECH): words of capitals set apart by spaces from the Chinese, on a short
 * line that is no sentence. Capitals inside running text or a headline (参加APEC峰会，…; 聚焦5G、
 * AIOT等产业) are the text's.
 */
function isEnglishName(text: string): boolean {
  if (text.length > 60 || /[，。！？；、：,;!?:]/u.test(text)) return false;
  const words = /(?:^|\s)([A-Z][A-Z&'.-]*(?:\s+[A-Z][A-Z&'.-]*)*)(?=\s|$)/u.exec(text)?.[1];
  return !!words && /[A-Z]{4}/.test(words) && (text.match(/\p{Script=Han}/gu)?.length ?? 0) <= 16;
}

/**
 * The number a section head opens with (1 / 2. / 三、 / （四） / 第五部分), its numeral and what
 * follows it in groups (sectionNumber in page-layout.ts); not a number with more after it (1.5万名).
 */
export const SECTION_NUMBER =
  /^(?:(\d{1,2})([、.．]|\s+)(?![\d.．])|([一二三四五六七八九十]{1,3})([、.．]|\s+)|[（(](\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|第([一二三四五六七八九十]{1,3})部分)/u;

/**
 * Phrases of the same length parted by commas, as a headline prints them (学党史，办实事 / 不忘初心，
 * 牢记使命); not a sentence's opening (近年来，高新区), which a column break may leave as short.
 */
export function parallelPhrases(text: string): boolean {
  const phrases = text.split(/\s*[，,]\s*/u);
  return (
    phrases.length >= 2 &&
    phrases.length <= 4 &&
    phrases.every((p) => /^\p{Script=Han}{2,8}$/u.test(p) && p.length === phrases[0]!.length) &&
    !TIES_TO_TEXT.test(text) &&
    // Pronouns, particles and a list's 是 (同志们，在这里 / 一是抓覆盖，二是抓活动) are running text's.
    !/[们这那了着呢吗吧他她它是]/u.test(text)
  );
}

/**
 * The people a letter or an appeal (倡议书, 公开信) is addressed to, before a colon: 全区广大党员：,
 * 同志们、朋友们：, 亲爱的居民朋友们：.
 */
const SALUTATION =
  /^(?:亲爱的|尊敬的)?[\p{Script=Han}、，]{0,16}(?:们|党员|同志|朋友|居民|群众|家人|青年|市民|职工|干部|村民|乡亲)[:：]$/u;
export const isSalutation = (text: string): boolean => SALUTATION.test(text);

/** Who speaks in an interview: the reporter (a question, not a name, after 记者：), 问, 答, 主持人. */
const DIALOGUE = /^(?:(?:问|答|主持人)\s*[:：]\s*\S|记者\s*[:：]\s*\p{Script=Han}{5})/u;

/**
 * A turn of an interview: who speaks, then a colon (记者：…, 问：…, 李明：…). A turn after a turn
 * is a paragraph of its own, though the question before it ends without its question mark
 * (记者：请您介绍一下… / 李明：我们坚持…): a column break never cuts a paragraph before a speaker.
 */
export const isTurn = (text: string): boolean => DIALOGUE.test(text) || /^\p{Script=Han}{2,4}\s*[:：]\s*\S/u.test(text);

/**
 * A line the OCR tool set as a quotation or a list item (> …, - …), with no heading mark among
 * its marks: running text, however short (a lead's first piece, cut by a column break), never a
 * headline.
 */
const QUOTED_OR_LISTED = /^\s*(?:>\s*|[-*+]\s+)+(?!\s*#)/u;

/** The number of OCR heading marks (#) before a line: titles get fewer than section heads. */
export const hashesOf = (raw: string) => /^\s*(#{1,6})/.exec(raw)?.[1]!.length ?? 0;
