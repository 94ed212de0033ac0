/**
 * Bylines and credits as printed: who wrote, photographed, edited and laid out a story, with
 * the labels and titles printed before their names (撰写：本报记者 宋一诺, ▶ 张志东, 乔冠宇/摄),
 * in a line of their own, a story's first paragraph or the end of its last.
 */

import { isCommonSurname } from './surnames.ts';

/** The marks some papers print before a byline: ■ 本报记者 张三. */
export const BYLINE_MARKS = '■□◎●○◆◇★☆►';
export const BYLINE_MARK = new RegExp(`^[${BYLINE_MARKS}]\\s*`, 'u');
/**
 * A newsroom's reporter, as papers of the media-centre years print it: 融媒体记者, 全媒体记者,
 * 本报融媒记者, 高新区融媒体中心记者.
 */
export const MEDIA_REPORTER =
  '(?:本报|\\p{Script=Han}{1,8}?(?:区|县|市|州|旗|台|报|网|社))?(?:融媒体?|全媒体|新媒体)(?:中心)?(?:特约|实习|见习|首席)?记者';
/**
 * Another outlet's reporter or correspondent, as a story or photo it sent credits them: 新华社记者,
 * 经济日报记者, 人民日报驻广东记者, 科技日报社特约通讯员, 珠海电视台记者 (not 本报记者, the paper's own).
 */
export const OUTLET_REPORTER =
  '(?:\\p{Script=Han}{2,10}?(?:日报|晚报|报社|报)|\\p{Script=Han}{2,10}?(?:社|台|网))(?:驻\\p{Script=Han}{1,4})?(?:特约|首席|实习|见习|特派|摄影)?(?:记者|通讯员)';
/** The titles printed before a reporter's name, longest first. */
export const REPORTER_TITLE =
  `${MEDIA_REPORTER}|${OUTLET_REPORTER}|` +
  '本报(?:驻\\p{Script=Han}{1,4})?(?:特约|实习|见习|首席|特派)?记者|本报(?:特约)?通讯员|本报实习生|特约(?:记者|通讯员|撰稿人)|(?:实习|见习|首席)记者|通讯员|记者|实习生|撰稿人|(?:本报)?(?:特约)?评论员';

/** The slash of 文/张三 and 图/李四, as OCR prints it. */
const SLASH = '[/／|｜│]';
/** The photos by one: 图/张三. Under a story's text it credits the story's photos (lines.ts). */
export const PICTURE_BY = new RegExp(`^图\\s*${SLASH}\\s*(\\p{Script=Han}{2,4})$`, 'u');
/** Text and photos by one: 文/图 张三, 图/文 张三, 图文：张三, 文·图/张三, 图文/张三. */
export const TEXT_AND_PICTURE_BY = new RegExp(
  `^(文\\s*(?:${SLASH}|[·•・])\\s*图|图\\s*(?:${SLASH}|[·•・])\\s*文|图文|文图)\\s*(?:[:：]|${SLASH})?\\s*((?:(?:${REPORTER_TITLE})\\s*)?\\p{Script=Han}{2,4}(?:[\\s、]+(?:(?:${REPORTER_TITLE})\\s*)?\\p{Script=Han}{2,4})*)$`,
  'u',
);
/** Text by one, photos by another: 文/张三, 文·张三, 文/本报记者 张三 图/李四. */
const NAMES = '\\p{Script=Han}{2,4}(?:[\\s、]+\\p{Script=Han}{2,4})*?';
export const TEXT_BY = new RegExp(
  `^文\\s*(?:${SLASH}|[·•・])\\s*(?:(${REPORTER_TITLE})\\s*)?(${NAMES})(?:\\s+图\\s*${SLASH}\\s*(${NAMES}))?$`,
  'u',
);

/**
 * A story's dateline (电头), which opens its first paragraph and leads a story as a byline does:
 * 本报讯 (after a mark, or in brackets: ■本报讯, 【本报讯】), 本报消息, the paper's with a place
 * or a date (本报珠海讯, 本报北京6月30日电), a news agency's (新华社北京6月30日电), or another
 * paper's, site's or newsroom's, before a space, a bracket or the day (珠海高新区讯 6月27日,
 * 科技日报讯（记者 张三）, 人民网北京6月27日电). A reporter's title after
 * 本报 is a sentence's subject, not a place; nor is a word that ends in 讯 (简讯, 喜讯, 闻讯) a source.
 */
const DATELINE_DATE = '(?:\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)';
export const DATELINE = new RegExp(
  `^(?:[■□◆◇●○]\\s*)?(?:[【〔［\\[（(]\\s*本报讯\\s*[】〕］\\]）)]|本报讯|本报消息(?=[\\s\\u3000（(]|\\d)|本报(?!记者|通讯员|特约|实习|见习)\\p{Script=Han}{2,6}讯|本报(?:\\p{Script=Han}{2,6})?${DATELINE_DATE}[讯电]|(?:新华社|中新社|中新网)(?:\\p{Script=Han}{2,6})?${DATELINE_DATE}电` +
    `|\\p{Script=Han}{2,12}(?<![简喜资通快音短电问审传死闻视提应质初聆])讯(?=[\\s\\u3000（(]|\\d)|\\p{Script=Han}{2,12}\\s*${DATELINE_DATE}电)`,
  'u',
);

/** What parts a label from its names: a colon, a point, or a bar or slash (记者｜张三, 撰文/张三). */
export const LABEL_SEPARATOR = '[:：.．|｜│/／]';
/** Words printed before a name in a byline, and the role they give. */
export const ROLE_LABEL =
  '责任编辑|编辑|责编|组版|美编|校对|撰写|采写|撰文|撰稿|执笔|供稿|文字|摄影|摄像|图片|记者|作者|通讯员|策划|统筹|执行|监制|出品|审核|终审|设计|制图|视频|航拍';

/** A byline that opens with a role's label and its separator: 撰文：张三, 记者｜李四. */
export const LABELLED_BYLINE = new RegExp(`^(${ROLE_LABEL})\\s*${LABEL_SEPARATOR}`, 'u');
/**
 * A byline of reporters' titles and names: 本报记者 张三, 记者 李四 通讯员 王五; not a reporter's
 * kind of piece (记者手记, 记者观察), which a column's label names.
 */
export const TITLED_BYLINE = new RegExp(
  `^(?!.*记者(?:手记|观察|调查|点评|感言|札记|述评|追踪|探访|走访|连线|视点|体验|日记)$)(\\p{Script=Han}{2,4}\\s+)*(${REPORTER_TITLE})\\s*(?:${LABEL_SEPARATOR}\\s*)?\\p{Script=Han}{2,4}([\\s、，,/／]+\\S+)*$`,
  'u',
);

/**
 * A byline in square brackets on a line of its own (【本报记者 张三】, 〔记者 李四 通讯员 王五〕): read
 * inside them, as one in round brackets is; a column's label in them (【记者手记】, 【聚焦】) is none.
 */
export function unbracketedByline(text: string): string {
  const inside = /^[【〔［[]\s*([^【】〔〕［］[\]]+?)\s*[】〕］\]]$/u.exec(text)?.[1];
  return inside !== undefined && (LABELLED_BYLINE.test(inside) || TITLED_BYLINE.test(inside)) ? inside : text;
}
/**
 * The labels some papers print with a space, not a colon, before the names: the page's
 * production roles (责任编辑 王芳 美编 李强) and a story's (撰文 张三 摄影 李四).
 */
export const SPACED_LABEL = '责任编辑|编辑|责编|组版|美编|校对|撰文|撰写|采写|摄影';
const SPACED_LABEL_WORD = new RegExp(`^(?:${SPACED_LABEL})$`, 'u');

/**
 * A line of credits with spaces for colons: a label, then one name or more, then the next
 * label (责任编辑 王芳 美编 李强 校对 张敏). Every word is a label or a name.
 */
export function spacedCredits(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 || !SPACED_LABEL_WORD.test(words[0]!)) return false;
  return words.every((word, i) =>
    SPACED_LABEL_WORD.test(word)
      ? !SPACED_LABEL_WORD.test(words[i + 1] ?? '') && i < words.length - 1
      : /^\p{Script=Han}{2,4}$/u.test(word),
  );
}

/**
 * What the names before it did, printed after them: 本报记者 张三 文/图, 张三 李四 摄 (the space
 * before 摄 closed by cleaning), 张三 摄影报道; and 文 a space after them (通讯员 张三 记者 李四 文),
 * never the last character of a name (本报记者 王文).
 */
const DONE_AFTER = /^(.*\p{Script=Han})(?:\s*(文\s*[/／]\s*图|摄影报道|摄影|摄)|\s+(文))$/u;

export interface Credit {
  role: 'writer' | 'photographer' | 'editor' | 'layout';
  label?: string | undefined;
  title?: string | undefined;
  name: string;
}

/**
 * The role a printed label gives: 摄影, 视频 → photographer; 编辑, 策划, 统筹 → editor; 组版,
 * 设计 → layout; 撰写 → writer.
 */
function roleOf(label: string | undefined): Credit['role'] {
  if (!label) return 'writer';
  if (/组版|美编|设计|制图/.test(label)) return 'layout';
  if (/摄|图|视频|航拍/.test(label)) return 'photographer';
  if (/编辑|责编|校对|策划|统筹|执行|监制|出品|审核|终审/.test(label)) return 'editor';
  return 'writer';
}

/** Titles printed before a name; never names themselves. */
const TITLE = new RegExp(`^(?:${REPORTER_TITLE})$`, 'u');
/** Each title in a run of credits. */
const TITLE_RUN = new RegExp(`(?:${REPORTER_TITLE})`, 'gu');
const TITLE_AT_START = new RegExp(`^\\s*(?:${REPORTER_TITLE})`, 'u');
/** A title run into a name: 本报记者宋显晖, 通讯员宋玲毅. */
const TITLE_AND_NAME = new RegExp(`^(${REPORTER_TITLE})(\\p{Script=Han}{2,4})$`, 'u');

/**
 * A lone character at i is a surname: the token after it is one or two characters, and the one
 * before it is not a two-character name it could end (unless the lone character is a common
 * surname and the token after does not open with one: 刘琴 赖 彩凤); or the token after it is a
 * lone character too, with none after that (李 洋: no name is one character, so the two are one name).
 */
function forward(tokens: readonly string[], i: number): boolean {
  const [before, token, after, beyond] = [tokens[i - 1], tokens[i], tokens[i + 1], tokens[i + 2]];
  const lone = (t: string | undefined) => !!t && /^\p{Script=Han}$/u.test(t);
  if (lone(after) && !lone(beyond)) return true;
  if (!after || !/^\p{Script=Han}{1,2}$/u.test(after) || TITLE.test(after)) return false;
  if (!before || TITLE.test(before) || [...before].length !== 2) return true;
  return isCommonSurname(token!) && !isCommonSurname([...after][0]!);
}

/** The two-character surnames, which a stray space may part from the given name. */
const COMPOUND_SURNAME =
  /^(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|夏侯|尉迟|公孙|长孙|宇文|司徒|端木|澹台|呼延|南宫|万俟|闻人|轩辕|独孤|西门|申屠|太史|钟离|濮阳|淳于|单于|赫连|公冶|宗政|拓跋)$/u;
/** A name with what it did after a slash: 张三/文, 李四/图, 王五/摄. */
const NAME_DID = /^(\p{Script=Han}{2,4}(?:[·•・]\p{Script=Han}+)*)[/／]([文图摄])$/u;

/** Names after a label, with their titles: "本报记者 宋一诺" / "绪言 张嘉村 张阳" / "本报记者宋显晖". */
function namesOf(rest: string, role: Credit['role'], label: string | undefined): Credit[] {
  const credits: Credit[] = [];
  let title: string | undefined;
  const tokens = rest
    .replace(/[（）()]/g, ' ')
    // What a name did after a slash stays with it (张三 / 文 → 张三/文).
    .replace(/\s*([/／])\s*(?=[文图摄](?:\s|$))/gu, '$1')
    // Names parted by 、, a comma or a slash as by a space (本报记者 张三、李四, 张三/李四); 报道
    // after them is no name.
    .split(/[\s、，,]+|[/／](?![文图摄](?:\s|$))/u)
    // Where the reporter filed from (发自珠海) is no name either.
    .filter((token) => token !== '报道' && !/^发自\p{Script=Han}{1,8}$/u.test(token))
    .flatMap((token) => {
      const joined = TITLE_AND_NAME.exec(token);
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
      // A surname of two characters is no name alone: 欧阳 晓明 is 欧阳晓明.
      else if (
        previous &&
        COMPOUND_SURNAME.test(previous) &&
        /^\p{Script=Han}{1,2}(?:[/／][文图摄])?$/u.test(token) &&
        !TITLE.test(token)
      )
        merged[merged.length - 1] += token;
      else if (lone(token) && !forward(all, i) && previous && !TITLE.test(previous)) merged[merged.length - 1] += token;
      else merged.push(token);
      return merged;
    }, []);
  for (const token of tokens) {
    const did = NAME_DID.exec(token);
    if (TITLE.test(token)) title = token;
    // A label between names (记者 张三 摄影 李四): the names after it did what it says.
    else if (SPACED_LABEL_WORD.test(token) && credits.length > 0) {
      [label, role, title] = [token, roleOf(token), undefined];
    } else if (did)
      credits.push({
        role: did[2] === '文' ? 'writer' : 'photographer',
        label: did[2],
        ...(title && { title }),
        name: did[1]!,
      });
    // A name of the minorities' has its parts a dot apart (阿布都·热合曼).
    else if (/^(?=.{2,16}$)\p{Script=Han}+(?:[·•・]\p{Script=Han}+)*$/u.test(token) || credits.length === 0)
      credits.push({ role, ...(label && { label }), ...(title && { title }), name: token });
  }
  // A title printed with no name (本报评论员) is still the story's byline: kept as printed.
  if (credits.length === 0 && title) credits.push({ role, ...(label && { label }), name: title });
  return credits;
}

/** What ends a clause or a sentence: no byline holds it. */
const CLAUSE_END = /[。？！；?!;]/u;
const LABEL_COLON = new RegExp(`(?:${ROLE_LABEL})\\s*${LABEL_SEPARATOR}`, 'gu');
const TITLE_WORD = new RegExp(`(?:${REPORTER_TITLE})`, 'gu');
/** A piece of a byline between its commas: titles, labels and names (通讯员 宋玲毅, 记者：张三 李四). */
const namesOnly = (piece: string) =>
  piece
    .replace(/[（）()]/gu, ' ')
    .replace(LABEL_COLON, ' ')
    .replace(TITLE_WORD, ' ')
    .trim()
    .split(/[\s、]+/u)
    .filter(Boolean)
    .every((word) => /^\p{Script=Han}{1,4}$/u.test(word));

/**
 * A line that opens as a byline does, with a reporter's title or a label and a colon, but goes on
 * as a sentence: the reporter's words in the text (记者获悉，今年…。 / 记者了解到，这些中心将…),
 * an interview's question (记者：今年以来，高新区有哪些新的举措？). A byline ends no clause, and
 * what its commas part are names (记者 刘洋，通讯员 宋玲毅).
 */
export function readsAsSentence(line: string): boolean {
  const text = line.replace(BYLINE_MARK, '').trim();
  if (CLAUSE_END.test(text)) return true;
  return (/[，,]/u.test(text) || PERSON_LABEL.test(text)) && !text.split(/[，,]/u).every(namesOnly);
}

/**
 * The labels only people's names follow (记者：张三, 编辑：李四): a run of more than four
 * characters after one (记者：请您谈谈高新区在基层党建工, a question the line's end cut) is no
 * name. A writer or photographer may be an office (作者：高新区党工委, 摄影：高新区宣传部).
 */
const PERSON_LABEL = new RegExp(
  `^(?:记者|通讯员|撰写|采写|撰文|编辑|责任编辑|责编|组版|美编|校对)\\s*${LABEL_SEPARATOR}`,
  'u',
);

/** What a byline prints besides its names: labels, titles, what the names did. */
const BYLINE_WORDS = new RegExp(
  `作者系|作者为|${REPORTER_TITLE}|${ROLE_LABEL}|摄影报道|报道|文\\s*[/／│|]\\s*图|图文|文图|[文图摄]`,
  'gu',
);

/**
 * The words of a byline that its credits do not hold (nor its labels and titles): a
 * name the reading missed, for the report to show rather than lose without a word.
 */
export function unreadInByline(printed: string, credits: readonly Credit[]): string {
  let rest = printed.replace(BYLINE_MARK, '');
  // A label printed around the name (本版图片由…提供) is its parts.
  const words = credits
    .flatMap((c) => [c.name, c.title, ...(c.label?.split('…') ?? [])])
    .filter((w): w is string => !!w);
  // Longest first, so that a name is not cut by a shorter one inside it.
  // A name a stray space parted (欧阳 晓明) is still that name as printed.
  for (const word of words.sort((a, b) => b.length - a.length))
    rest = rest.replace(
      new RegExp([...word].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('\\s*'), 'u'),
      ' ',
    );
  return (rest.replace(BYLINE_WORDS, ' ').match(/\p{L}+/gu) ?? []).join(' ');
}

/**
 * Names a space apart, then what they did, a title before them or none: 张三 李四 文, 本报记者 张三
 * 文/图, 张三 摄影报道 (text and photos), 张三/摄影报道.
 */
const NAMES_THEN_DEED = new RegExp(
  `^(?:(${REPORTER_TITLE})\\s*)?(\\p{Script=Han}{2,4}(?:\\s+\\p{Script=Han}{2,4})*)(?:\\s+|\\s*[/／]\\s*)(文\\s*[/／]\\s*图|摄影报道|报道|供稿|文)$`,
  'u',
);

/**
 * Such a byline's credits; with no title, only when a name of it opens with a common surname
 * (a headline's phrases are no names, and none of them is 文). None otherwise.
 */
export function namesThenDeed(line: string): Credit[] {
  const printed = NAMES_THEN_DEED.exec(line.trim());
  if (!printed) return eachThenDeed(line);
  // A title between the names is the names' after it: 通讯员 张三 记者 李四 文.
  let title = printed[1];
  const named: { title: string | undefined; name: string }[] = [];
  for (const token of printed[2]!.split(/\s+/u)) {
    if (TITLE.test(token)) title = token;
    else if (LABEL_WORD.test(token)) return [];
    else named.push({ title, name: token });
  }
  if (!named.length || TITLE.test(printed[2]!.split(/\s+/u).at(-1)!)) return [];
  const label = printed[3]!.replace(/\s+/gu, '');
  // 摄影报道 is said of people only; 文 ends phrases too (学党史 悟思想 文), so a name there opens
  // with a common surname, or a title stands before the names.
  if (!title && label !== '摄影报道' && !named.some(({ name }) => isCommonSurname([...name][0]!))) return [];
  const writers = named.map(({ title, name }): Credit => ({ role: 'writer', label, ...(title && { title }), name }));
  // 报道 (reported) and 供稿 (sent the text in) say they wrote it, as 文 does.
  return label === '文' || label === '报道' || label === '供稿'
    ? writers
    : [...writers, ...writers.map((c) => ({ ...c, role: 'photographer' as const }))];
}

/** What one name did, after it: 文, 图, 摄, 文/图. */
const DEED = /^(?:文|图|摄|文[/／]图)$/u;

/** Each name with what it did after it, a space apart: 张三 文 李四 图 (two names and more). */
function eachThenDeed(line: string): Credit[] {
  const tokens = line.trim().split(/\s+/u);
  if (tokens.length < 4 || tokens.length % 2) return [];
  const pairs = Array.from({ length: tokens.length / 2 }, (_, i) => [tokens[2 * i]!, tokens[2 * i + 1]!] as const);
  const named = ([name, deed]: readonly [string, string]) =>
    /^\p{Script=Han}{2,4}$/u.test(name) && !TITLE.test(name) && !LABEL_WORD.test(name) && DEED.test(deed);
  if (!pairs.every(named) || !pairs.some(([name]) => isCommonSurname([...name][0]!))) return [];
  return pairs.flatMap(([name, deed]): Credit[] => {
    const label = deed.replace('／', '/');
    if (label === '文') return [{ role: 'writer', label, name }];
    if (label === '文/图')
      return [
        { role: 'writer', label, name },
        { role: 'photographer', label, name },
      ];
    return [{ role: 'photographer', label, name }];
  });
}

/**
 * What each did before the name, a space for the slash an OCR tool lost (文 张三, 文 张三 图 李四):
 * a writer's among them, and every name opening with a common surname, for 文 and 图 start words
 * too (文 明实践).
 */
export function deedsBeforeNames(line: string): Credit[] {
  const tokens = line.trim().split(/\s+/u);
  if (tokens.length < 2 || tokens.length % 2) return [];
  const pairs = Array.from({ length: tokens.length / 2 }, (_, i) => [tokens[2 * i]!, tokens[2 * i + 1]!] as const);
  const named = ([deed, name]: readonly [string, string]) =>
    /^[文图]$/u.test(deed) &&
    /^\p{Script=Han}{2,4}$/u.test(name) &&
    !TITLE.test(name) &&
    isCommonSurname([...name][0]!);
  // 图 李四 alone credits photos, as 图/李四 does (PICTURE_BY): not read here.
  if (!pairs.every(named) || !pairs.some(([deed]) => deed === '文')) return [];
  return pairs.map(([label, name]): Credit => ({ role: label === '文' ? 'writer' : 'photographer', label, name }));
}

/** Titles each run into a name, as cleaning closes a stray space inside every name: 记者王五通讯员李四. */
const TITLED_NAMES = new RegExp(
  `^(?:(?:${REPORTER_TITLE})\\s*\\p{Script=Han}{2,4}?\\s*(?=(?:${REPORTER_TITLE})|$)){2,}$`,
  'u',
);
const TITLED_NAME = new RegExp(`(${REPORTER_TITLE})\\s*(\\p{Script=Han}{2,4}?)\\s*(?=(?:${REPORTER_TITLE})|$)`, 'gu');

/** Two titles and more, each run into its name, every name opening with a common surname. */
export function titledNames(line: string): Credit[] {
  const text = line.trim();
  if (!TITLED_NAMES.test(text)) return [];
  const credits = [...text.matchAll(TITLED_NAME)].map((m): Credit => ({ role: 'writer', title: m[1]!, name: m[2]! }));
  return credits.every((c) => isCommonSurname([...c.name][0]!)) ? credits : [];
}

/**
 * Where a writer works, or the posts they hold, each ending in such a word: 高新区机关党委,
 * 科技创新局, 高新区党工委书记, 高新区党工委书记、管委会主任. Never a headline's phrase (践行初心,
 * 共建共享).
 */
const AFFILIATION = new RegExp(
  `^\\p{Script=Han}[\\p{Script=Han}·（）()、]{1,30}?(?:党工委|党委|工委|党组|党总支|党支部|支部|委员会|管委会|办公室|局|中心|公司|集团|小学|中学|大学|学院|学校|医院|研究院|研究所|协会|商会|社区|街道|高新区|开发区|园区|书记|主任|局长|区长|部长|主席|经理|董事长|院长|校长|所长|委员|干部|职工|党员|教师)$`,
  'u',
);

/** The last character of a place's or a unit's name, never of a person's. */
const UNIT_END = /[区县市镇乡街局委厂司处办站]$/u;

/**
 * A writer printed under a title with where they work or what posts they hold, a space before
 * their name (高新区机关党委 张明华, 高新区党工委书记、管委会主任 李明), or in brackets after it
 * (张明（高新区党工委书记）, 张明（作者系高新区党工委书记）), as commentaries and essays print them,
 * after a byline's mark or a writer's label too (□ …, 文/…): one credit, the affiliation its title.
 */
export function affiliatedName(line: string): Credit | undefined {
  const unmarked = line.trim().replace(BYLINE_MARK, '');
  const labelled = new RegExp(`^(文|撰文|作者)\\s*${LABEL_SEPARATOR}\\s*`, 'u').exec(unmarked);
  const rest = unmarked.slice(labelled?.[0].length ?? 0);
  const before = /^(\S+)\s+(\p{Script=Han}{2,3})$/u.exec(rest);
  const after = /^(\p{Script=Han}{2,3})\s*[（(]\s*(?:作者系|作者为|系)?\s*([^（）()\s]+)\s*[）)]$/u.exec(rest);
  // Not a place or a unit with its other name in brackets (金湾区（航空新城）).
  const [title, name] = before
    ? [before[1]!, before[2]!]
    : after && !UNIT_END.test(after[1]!)
      ? [after[2]!, after[1]!]
      : [];
  if (!title || !name || !AFFILIATION.test(title) || !isCommonSurname(name[0]!)) return undefined;
  return { role: 'writer', ...(labelled && { label: labelled[1]! }), title, name };
}

/** A reporter's title, then a separator, at a byline's start: 本报记者/张三. */
const TITLE_SEPARATOR = new RegExp(`^(${REPORTER_TITLE})\\s*${LABEL_SEPARATOR}\\s*`, 'u');
const LABEL_WORD = new RegExp(`^(?:${ROLE_LABEL})$`, 'u');

/** Roles and names from a byline as printed: 撰写:本报记者 宋一诺 摄影:本报记者 吴长赋 / ▶ 张志东 / 乔冠宇/摄 … */
export function parseByline(printed: string): Credit[] {
  // A mark before the byline (■ 本报记者 张三) is no part of it; a separator after a title that is
  // no label (本报记者/张三, 全媒体记者：李四) parts it from the names as a space does.
  const text = unbracketedByline(printed.replace(BYLINE_MARK, '')).replace(
    TITLE_SEPARATOR,
    (separated, title: string) => (LABEL_WORD.test(title) ? separated : `${title} `),
  );
  const affiliated = affiliatedName(text);
  if (affiliated) return [affiliated];
  const alone = bylineOnItsOwn(text);
  if (alone.length) return alone;
  const deed = namesThenDeed(text);
  if (deed.length) return deed;
  const deedsFirst = deedsBeforeNames(text);
  if (deedsFirst.length) return deedsFirst;
  const titled = titledNames(text);
  if (titled.length) return titled;
  const pictureBy = PICTURE_BY.exec(text);
  if (pictureBy) return [{ role: 'photographer', label: '图', name: pictureBy[1]! }];
  // 文/图 张三: text and photo by one; 文/张三 图/李四: by two.
  const both = TEXT_AND_PICTURE_BY.exec(text);
  if (both) {
    // The label as printed (文/图, 图文), so that the credit holds the line's words in their order.
    const label = both[1]!.replace(/\s+/g, '');
    const names = namesOf(both[2]!, 'writer', label);
    return [...names, ...names.map((c) => ({ ...c, role: 'photographer' as const }))];
  }
  const apart = TEXT_BY.exec(text);
  if (apart)
    return [
      ...namesOf(`${apart[1] ?? ''} ${apart[2]!}`, 'writer', '文'),
      ...(apart[3] ? namesOf(apart[3], 'photographer', '图') : []),
    ];
  const photo = /^(?:(本报记者|通讯员|记者)\s*)?(\S{2,12}?)\s*\/?\s*摄$/u.exec(text);
  if (photo) return [{ role: 'photographer', label: '摄', ...(photo[1] && { title: photo[1] }), name: photo[2]! }];
  const source = /^((?:本版)?图片来源)[:：]\s*(.+)$/u.exec(text);
  if (source) return [{ role: 'photographer', label: source[1]!, name: source[2]!.trim() }];
  // The label as printed, … where the name stands.
  const given = /^[（(]?\s*(本版(?:图片|照片)均?由)(\S{2,20})(提供)\s*[）)]?$/u.exec(text);
  if (given) return [{ role: 'photographer', label: `${given[1]}…${given[3]}`, name: given[2]! }];
  if (text.startsWith('▶')) return namesOf(text.slice(1).trim(), 'writer', '▶');
  const credits: Credit[] = [];
  const done = DONE_AFTER.exec(text);
  if (done && !/[:：]/u.test(done[1]!)) {
    const label = (done[2] ?? done[3]!).replace(/\s+/g, '');
    const names = namesOf(done[1]!, /文/u.test(label) || label === '摄影报道' ? 'writer' : 'photographer', label);
    return label === '摄' || label === '摄影' || label === '文'
      ? names
      : [...names, ...names.map((c) => ({ ...c, role: 'photographer' as const }))];
  }
  const spaced = spacedCredits(text);
  const labelled = spaced
    ? new RegExp(`(?<!责任)(?=(?:${SPACED_LABEL})\\s)`, 'u')
    : new RegExp(`(?<!责任)(?=(?:${ROLE_LABEL})\\s*${LABEL_SEPARATOR})`, 'u');
  for (const part of text.split(labelled)) {
    const match = (
      spaced
        ? new RegExp(`^(${SPACED_LABEL})\\s+(.*)$`, 'u')
        : new RegExp(`^(${ROLE_LABEL})\\s*${LABEL_SEPARATOR}\\s*(.*)$`, 'u')
    ).exec(part.trim());
    const label = match?.[1];
    credits.push(...namesOf((match ? match[2]! : part).trim(), roleOf(label), label));
  }
  return credits;
}

/** A bracketed run after a dateline, each pair of brackets of one shape: （…）, (…), 【…】, 〔…〕, ［…］. */
const LEAD_BRACKETS =
  /\s*(?:[（(]([^（()）]{2,40})[）)]|【([^【】]{2,40})】|〔([^〔〕]{2,40})〕|［([^［］]{2,40})］)/uy;

/**
 * Credits printed in a story's first paragraph, after its dateline: 本报讯（记者 刘洋 通讯员 宋玲毅）… /
 * 新华社北京6月30日电（记者 张三、李四）… / 本报讯 记者宋显晖报道：…
 */
export function leadCredits(paragraph: string): Credit[] {
  const dateline = DATELINE.exec(paragraph)?.[0];
  if (!dateline) return [];
  const rest = paragraph.slice(dateline.length);
  // In brackets of any shape (（记者 张三）, 【记者 张三】), and more brackets of titled names after
  // the first: 本报讯（记者 张三）（通讯员 李四）.
  // One right after another (sticky): never searched for across the paragraph.
  const brackets: string[] = [];
  LEAD_BRACKETS.lastIndex = 0;
  for (let match; (match = LEAD_BRACKETS.exec(rest));) brackets.push(match.slice(1).find(Boolean)!);
  const inBrackets = brackets.filter((names, i) => i === 0 || TITLE_AT_START.test(names)).join(' ');
  if (inBrackets) {
    // Photos too, said after the names (（记者 张三 摄影报道）, （记者 张三 文/图）): as on a byline's own line, each name both.
    const both = /\s*(摄影报道|文\s*[/／]\s*图)$/u.exec(inBrackets);
    const names = both ? inBrackets.slice(0, both.index) : inBrackets;
    const credits: Credit[] = [];
    // Each title opens the names it gives, whole (全媒体记者, 本报特约记者: not 全媒体 + 记者).
    const starts = [0, ...[...names.matchAll(TITLE_RUN)].map((m) => m.index)];
    for (const [i, start] of starts.entries())
      credits.push(
        ...namesOf(
          names
            .slice(start, starts[i + 1])
            .replace(/[:：、，,]/g, ' ')
            .trim(),
          'writer',
          dateline,
        ),
      );
    if (both)
      credits.push(
        ...credits.map((c) => ({ ...c, role: 'photographer' as const, label: both[1]!.replace(/\s+/gu, '') })),
      );
    return credits;
  }
  const reported = /^\s*(记者|通讯员)\s*(\p{Script=Han}{2,4}?)\s*报道/u.exec(rest);
  if (reported) return [{ role: 'writer', label: `${dateline} ${reported[1]}`, name: reported[2]! }];
  // Several titled names before 报道 (本报讯 记者 张三 通讯员 李四 报道：…).
  const reportedBy = /^\s*(\S[^，。：:]{3,38}?)\s*报道/u.exec(rest)?.[1];
  const reporters = reportedBy ? titledNames(reportedBy) : [];
  if (reporters.length) return reporters.map((credit) => ({ ...credit, label: dateline.trim() }));
  // Titled names with no brackets, a space before the text (本报讯 记者 张三 通讯员 李四 近日，…; or
  // as cleaning closed them, 记者张三通讯员李四 3月10日，…): every name a common surname's.
  const names = leadNamesApart(rest) ?? /^\s+(\S{4,40})\s+\S/u.exec(rest)?.[1];
  return names ? titledLeadNames(names).map((credit) => ({ ...credit, label: dateline.trim() })) : [];
}

/** Titles and names a space apart, then a space and the text, after a dateline. */
const LEAD_NAMES_APART = new RegExp(
  `^\\s+((?:${REPORTER_TITLE})\\s*\\p{Script=Han}{2,4}(?:\\s+(?:(?:${REPORTER_TITLE})\\s*)?\\p{Script=Han}{2,4})*)\\s+(?=\\S)`,
  'u',
);

/**
 * The titled names a dateline's rest opens with, a space apart and a space before the text
 * (本报讯 记者 张三 通讯员 李四 近日，…), when they read as reporters (titledLeadNames).
 */
export function leadNamesApart(rest: string): string | undefined {
  const names = LEAD_NAMES_APART.exec(rest)?.[1];
  return names !== undefined && titledLeadNames(names).length ? names : undefined;
}

/** A lead's titled names, none unless every name opens with a common surname. */
function titledLeadNames(names: string): Credit[] {
  const titled = titledNames(names);
  if (titled.length) return titled;
  const one = TITLE_AND_NAME.exec(names.replace(/\s+/gu, ''));
  return one && isCommonSurname([...one[2]!][0]!) ? [{ role: 'writer', title: one[1]!, name: one[2]! }] : [];
}

const SOURCE_LABEL = '(?:稿件|信息|文章|本文|新闻)?来源\\s*[:：]';
/**
 * Where a story's text came from, printed after it: （来源：珠海日报）, 来源：新华网, （据新华社）,
 * （据《人民日报》报道）, （本报综合）; alone, or after the last sentence.
 */
const SOURCE_NOTE = new RegExp(
  `(?:^|(?<=[。！？”]))\\s*(?:[（(]\\s*(?:${SOURCE_LABEL}\\s*[^（）()]{2,30}|据[^（）()]{1,28}(?:报道|电|消息|社|网|报|台|》)|(?:本报)?综合[^（）()]{0,30})\\s*[）)]|${SOURCE_LABEL}\\s*[^（）()，。！？:：]{2,30})$`,
  'u',
);

/** A paragraph that ends with where the story came from (…。（来源：珠海日报））, which ends the story. */
export const endsWithSourceNote = (paragraph: string): boolean => SOURCE_NOTE.test(paragraph.trim());

/** The page's production roles, which some papers print bare after a story's last sentence (…。责任编辑：张三). */
const PRODUCTION_LABEL = '责任编辑|编辑|责编|组版|美编|校对';
/** Labelled credits after the last sentence: in brackets, …。（作者：李四） / …。【责任编辑：张三】, or bare, the production's alone. */
const LABELLED_AFTER_TEXT = new RegExp(
  `(?<=[。！？”])\\s*(?:[（(【〔［[]\\s*((?:${ROLE_LABEL})\\s*[:：][^（）()【】〔〕［］[\\]]{2,40})[）)】〕］\\]]|((?:${PRODUCTION_LABEL})\\s*[:：][^（）()【】]{2,40}))$`,
  'u',
);

/** A byline printed at the end of the last paragraph: …。·任溢斌 黄艳鸣 张悦· / …。（文高 文/图） / …。（作者：李四） */
export function trailingByline(paragraph: string): { text: string; credits: Credit[] } {
  const dotted = /[·•]\s*((?:\p{Script=Han}{1,4}\s*){1,8})[·•]$/u.exec(paragraph);
  // After a full stop; or two names and more, which no sentence cut off at the page foot ends in.
  if (dotted && (/[。！？”]$/u.test(paragraph.slice(0, dotted.index).trim()) || /\S\s+\S/u.test(dotted[1]!.trim())))
    return { text: paragraph.slice(0, dotted.index).trim(), credits: namesOf(dotted[1]!.trim(), 'writer', undefined) };
  // （文/张三）: the text's writer, after the last sentence.
  const textBy = /(?<=[。！？”])\s*[（(]\s*文\s*[/／]\s*(\p{Script=Han}{2,4})\s*[）)]$/u.exec(paragraph);
  if (textBy)
    return {
      text: paragraph.slice(0, textBy.index).trim(),
      credits: [{ role: 'writer', label: '文', name: textBy[1]! }],
    };
  const textAndPhoto = /[（(]\s*((?:\p{Script=Han}{1,4}\s*){1,6})\s*文\s*\/\s*图\s*[）)]$/u.exec(paragraph);
  if (textAndPhoto) {
    const names = namesOf(textAndPhoto[1]!.trim(), 'writer', '文/图');
    return {
      text: paragraph.slice(0, textAndPhoto.index).trim(),
      credits: [...names, ...names.map((c) => ({ ...c, role: 'photographer' as const }))],
    };
  }
  // （作者：李四）, （撰文：张三 摄影：王五）: labelled credits in brackets, after the last sentence.
  const labelled = LABELLED_AFTER_TEXT.exec(paragraph);
  const labelledCredits = labelled?.[1] ?? labelled?.[2];
  if (labelled && labelledCredits && !readsAsSentence(labelledCredits)) {
    const credits = parseByline(labelledCredits.trim());
    if (credits.length && credits.every((c) => /^\p{Script=Han}{2,16}$/u.test(c.name)))
      return { text: paragraph.slice(0, labelled.index).trim(), credits };
  }
  const plain = /[（(]\s*((?:本报记者|通讯员|记者)?\s*(?:\p{Script=Han}{2,4}\s*){1,4})\s*[）)]$/u.exec(paragraph);
  if (plain && /[。！？”]$/u.test(paragraph.slice(0, plain.index).trim()) && /\s|记者|通讯员/u.test(plain[1]!))
    return { text: paragraph.slice(0, plain.index).trim(), credits: namesOf(plain[1]!.trim(), 'writer', undefined) };
  return { text: paragraph, credits: [] };
}

/** The forms of byline printed after a story's last sentence (trailingByline) that no other byline has. */
const TRAILING_FORM = new RegExp(
  `^(?:[（(].*文\\s*[/／]\\s*图\\s*[）)]|[（(]\\s*文\\s*[/／].*[）)]|[·•]\\S+(?:\\s+\\S+)+[·•]|[（(]\\s*(?:${ROLE_LABEL})\\s*[:：].*[）)])$`,
  'u',
);

/**
 * Such a byline on a line of its own under the text, where a hard-wrapped page or a column break
 * left it: （靳碧海 文/图）, （文/张三）, ·任溢斌 黄艳鸣 张悦· (names a space apart: ·党建之窗· is
 * a column's label). Read as it is after a sentence.
 */
export function bylineOnItsOwn(line: string): Credit[] {
  const text = line.trim();
  if (!TRAILING_FORM.test(text)) return [];
  const { text: before, credits } = trailingByline(`。${text}`);
  return before === '。' && credits.every((c) => /^\p{Script=Han}{2,4}$/u.test(c.name)) ? credits : [];
}
