/**
 * A page as blocks (headline blocks, paragraphs, bylines, photo credits, captions), the gaps it
 * sets between them, and whether a one-line heading inside a story starts a new one.
 */
import { DATELINE, trailingByline } from './bylines.ts';
import { hashesOf, SECTION_NUMBER, STORY_END_MARK, TERMINAL, type PageLine } from './lines.ts';
import type { DraftStory } from './split.ts';
import { findAfter, someAfterUntil } from '../arrays.ts';
import { hanNumber } from '../text.ts';

/**
 * The text ends its last sentence: with a full stop or the like, or with credits printed after
 * one (…抓好落实。【责任编辑：张三】, …。（张三 李四）), which ingest reads off the story's end; or
 * it is a mark of the story's end (（完）, （未完待续）).
 */
export function endsItsSentence(text: string): boolean {
  if (TERMINAL.test(text) || STORY_END_MARK.test(text)) return true;
  const trailing = trailingByline(text);
  return trailing.credits.length > 0 && TERMINAL.test(trailing.text);
}

export type Element =
  | { type: 'headings'; lines: PageLine[] }
  | { type: 'body'; line: PageLine }
  | { type: 'byline'; line: PageLine }
  | { type: 'photo-credit'; line: PageLine }
  | { type: 'caption'; line: PageLine };

export function elementsOf(lines: PageLine[]): Element[] {
  const elements: Element[] = [];
  for (const line of lines) {
    if (line.kind === 'heading') {
      const last = elements.at(-1);
      if (last?.type === 'headings' && line.blanksBefore <= 1) last.lines.push(line);
      else elements.push({ type: 'headings', lines: [line] });
      // A title that prints its writer (七一抒怀 □ 王芳): the writer's byline under it.
      if (line.writer) elements.push({ type: 'byline', line: { ...line, kind: 'byline', text: line.writer } });
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

export function spacingOf(elements: readonly Element[]): Spacing {
  const gaps = new Map<number, number>();
  elements.forEach((e, i) => {
    // A hard-wrapped paragraph's next line is no gap between paragraphs, nor is a poem's line
    // (its stanzas are set as the poem sets them, not as the page sets its paragraphs).
    if (e.type === 'body' && !e.line.wraps && !e.line.stanza && elements[i - 1]?.type === 'body')
      gaps.set(e.line.blanksBefore, (gaps.get(e.line.blanksBefore) ?? 0) + 1);
  });
  // A page of stories of one paragraph each has no gap between paragraphs to count: the gap
  // between a headline and its text stands for it (no wider than a paragraph's on any page).
  if (!gaps.size)
    elements.forEach((e, i) => {
      if (e.type === 'body' && !e.line.wraps && elements[i - 1]?.type === 'headings')
        gaps.set(e.line.blanksBefore, (gaps.get(e.line.blanksBefore) ?? 0) + 1);
    });
  const paragraph = [...gaps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1;
  let story: number | undefined;
  let bodySeen = false;
  elements.forEach((e, i) => {
    if (e.type === 'body') bodySeen = true;
    if (e.type !== 'headings' || !bodySeen) return;
    const next = findAfter(elements, i, (n) => n.type !== 'photo-credit' && n.type !== 'caption');
    // Credit lines under a story's last lines lead nothing: text must follow them.
    const textFollows = someAfterUntil(
      elements,
      i,
      (n) => n.type === 'body',
      (n) => n.type === 'headings',
    );
    const leads = (next?.type === 'byline' && textFollows) || (next?.type === 'body' && DATELINE.test(next.line.text));
    // So does a headline of several lines set apart by a wider gap than the paragraphs' (not a photo's).
    const photo = elements[i - 1]?.type === 'caption' || elements[i - 1]?.type === 'photo-credit';
    const setApart = e.lines.length >= 2 && next?.type === 'body' && !photo && e.lines[0]!.blanksBefore > paragraph;
    if (leads || setApart) story = Math.min(story ?? Infinity, e.lines[0]!.blanksBefore);
  });
  return { paragraph, story };
}

/** A page that sets its stories further apart than its paragraphs prints this heading no further apart: it is inside a story. */
export function insideStory(heading: PageLine, spacing: Spacing): boolean {
  return spacing.story !== undefined && spacing.story > spacing.paragraph && heading.blanksBefore <= spacing.paragraph;
}

/**
 * How a section head is numbered, if it is (1 / 2. / 三、 / （四） / 第五部分): its style (the kind
 * of numeral and what follows or encloses it) and its number. A number with more after it
 * (1.5万名, 10支) is no section's.
 */
export function sectionNumber(text: string): { style: string; number: number } | undefined {
  const match = SECTION_NUMBER.exec(text.trim());
  if (!match) return undefined;
  const [, digits, digitsAfter, han, hanAfter, enclosed, part] = match;
  const delimiter = (after: string) => (/\s/.test(after) ? ' ' : after === '．' ? '.' : after);
  if (digits) return { style: `1${delimiter(digitsAfter!)}`, number: Number(digits) };
  if (han) {
    const number = hanNumber(han);
    return number === undefined ? undefined : { style: `一${delimiter(hanAfter!)}`, number };
  }
  if (enclosed) {
    const number = /\d/.test(enclosed) ? Number(enclosed) : hanNumber(enclosed);
    return number === undefined ? undefined : { style: /\d/.test(enclosed) ? '(1)' : '(一)', number };
  }
  const number = hanNumber(part!);
  return number === undefined ? undefined : { style: '第一部分', number };
}

/** The story's section heads so far. */
export const sectionHeads = (story: DraftStory): string[] =>
  story.paragraphs.filter((p) => p.startsWith('## ')).map((p) => p.slice(3));

/** A heading numbered next after the story's last section head of the same style (4 after 1, 2, 3). */
export function numberedNext(text: string, story: DraftStory): boolean {
  const own = sectionNumber(text);
  if (!own) return false;
  const numbers = sectionHeads(story)
    .map(sectionNumber)
    .filter((n) => n?.style === own.style)
    .map((n) => n!.number);
  return numbers.length > 0 && own.number === Math.max(...numbers) + 1;
}

/** A line's shape: Han characters as one, quotes dropped (高点起步 扎实推进 ~ 从严从实 以上率下). */
const shapeOf = (text: string) => text.replace(/\p{Script=Han}/gu, '字').replace(/[“”"]/gu, '');

/**
 * A heading that reads as the story's next section: numbered next after its heads, or of the
 * shape a series of them share, words a space or a mark apart (高点起步 扎实推进 / 从严从实 以上率下).
 */
export function nextSectionOf(text: string, story: DraftStory): boolean {
  const shape = shapeOf(text);
  return (
    numberedNext(text, story) ||
    (/[^字]/u.test(shape) && sectionHeads(story).filter((head) => shapeOf(head) === shape).length >= 2)
  );
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
  if (above?.type === 'body' && !endsItsSentence(above.line.text)) score -= 3;
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
  if (sectionHeads(story).some((head) => shapeOf(head) === shapeOf(text))) score -= 3;
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
  for (let i = index + 1; i < elements.length; i++) {
    const e = elements[i]!;
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
