/**
 * Splitting an OCR'd newspaper page into stories: the mechanical part of ingest. Every input
 * line ends up in a story or in the report of dropped lines, never nowhere.
 *
 * Lines are classified (furniture, banner, byline, photo credit, caption, heading, body),
 * heading lines next to each other form headline blocks, and stories are assembled:
 * a headline block followed by a byline or a 本报讯 lead starts a story; a multi-line block
 * followed by body text starts one too; a single short line inside a story is a section head;
 * a block with no text after it is the headline of the story before (printed after its story).
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

/** A paragraph ending here is complete; one ending elsewhere was cut by a column break. */
const TERMINAL = /[。！？；…”’」』）)!?]$/u;
/** A headline never ends a sentence ("昆山…园区”" may end in a quote, "…。”" may not). */
const SENTENCE_END = /([。！？；…，、：:!?;,]|[。！？!?][”’」』])$/u;
const HAN = /\p{Script=Han}/u;
const HEADING_MAX = 34;

/** Removes OCR markup, invisible characters and the spaces a column layout leaves inside Chinese text. */
export function cleanLine(raw: string): string {
  return fullWidthPunctuation(raw.replace(/<\/?mark>/gi, '').replace(INVISIBLE, ''))
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(
      /(?<=[\p{Script=Han}\p{P}])[ \t\u3000]+(?=[\p{Script=Han}\p{P}])/gu,
      (space, _offset: number, whole: string) =>
        // Keep a space between two headline phrases ("守初心 担使命"); close it inside running text.
        whole.length <= HEADING_MAX + 6 && !SENTENCE_END.test(whole) ? space : '',
    )
    .trim();
}

const BYLINE = [
  /^(撰写|采写|撰文|文字|摄影|摄像|图片|记者)\s*[:：]/,
  /^▶/,
  /^(\p{Script=Han}{2,4}\s+)*本报记者\s*\p{Script=Han}{2,4}(\s+\S+)*$/u,
  /^本版图片来源[:：]/,
];
const PHOTO_CREDIT = /^\S{2,12}\s*\/\s*摄$/u;

export function classifyLine(raw: string, blanksBefore: number): Pick<PageLine, 'kind' | 'text' | 'rule'> {
  const text = cleanLine(raw);
  if (!text) return { kind: 'blank', text };
  const furniture = furnitureRule(raw);
  if (furniture) return { kind: 'furniture', text, rule: furniture.name };
  if (!HAN.test(text)) return { kind: 'furniture', text, rule: '无汉字（英文刊头、页码、残留符号）' };
  if (/[A-Z]{4,}/.test(text)) return { kind: 'banner', text, rule: '版头（英文版名）' };
  if (text.length <= 40 && BYLINE.some((pattern) => pattern.test(text))) return { kind: 'byline', text };
  if (PHOTO_CREDIT.test(text)) return { kind: 'photo-credit', text };
  if (blanksBefore >= 2 && text.length >= 8 && text.length <= 120 && /(。|摄|供图)$/.test(text))
    return { kind: 'caption', text };
  if (/^本报讯/.test(text)) return { kind: 'body', text };
  // A short label ending in a colon ("惠州仲恺高新区：") belongs to a headline too.
  const label = text.length <= 12 && /[:：]$/.test(text);
  if (
    text.replace(/\s/g, '').length <= HEADING_MAX &&
    (label || !SENTENCE_END.test(text)) &&
    !/[，,]/.test(text.slice(0, -1))
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
  return lines;
}

export interface Credit {
  role: 'writer' | 'photographer' | 'editor' | 'layout';
  label?: string | undefined;
  title?: string | undefined;
  name: string;
}

/** Roles and names from a byline as printed: 撰写:本报记者 宋一诺 摄影:本报记者 吴长赋 / ▶ 张志东 / 乔冠宇/摄 … */
export function parseByline(text: string): Credit[] {
  const credits: Credit[] = [];
  const photo = /^(\S{2,12})\s*\/\s*摄$/u.exec(text);
  if (photo) return [{ role: 'photographer', label: '摄', name: photo[1]! }];
  const source = /^本版图片来源[:：]\s*(.+)$/.exec(text);
  if (source) return [{ role: 'photographer', label: '本版图片来源', name: source[1]!.trim() }];
  if (text.startsWith('▶')) {
    return text
      .slice(1)
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((name) => ({ role: 'writer' as const, label: '▶', name }));
  }
  const parts = text.split(/(?=(?:撰写|采写|撰文|文字|摄影|摄像|图片|记者)\s*[:：])/u);
  for (const part of parts) {
    const labelled = /^(撰写|采写|撰文|文字|摄影|摄像|图片|记者)\s*[:：]\s*(.*)$/u.exec(part.trim());
    const label = labelled?.[1];
    const role = label && /摄|图/.test(label) ? 'photographer' : 'writer';
    const rest = (labelled ? labelled[2]! : part).trim();
    const tokens = rest.split(/\s+/).filter(Boolean);
    let title: string | undefined;
    for (const token of tokens) {
      if (token === '本报记者' || token === '通讯员') title = token;
      else credits.push({ role, ...(label && { label }), ...(title && { title }), name: token });
    }
  }
  return credits;
}

export interface Headline {
  kicker?: string | undefined;
  title: string;
  subtitle?: string | undefined;
}

/** Which printed line of a headline block is the 主题: the rules the seed pages follow. */
export function headlineFromBlock(lines: string[]): { headline: Headline; column?: string | undefined } {
  // A short line that opens with a quote finishes the line above ("我市持续推进" / "“十万党员进党校”").
  const joined: string[] = [];
  for (const line of lines) {
    if (joined.length && /^[“「《]/.test(line) && line.length <= 12) joined[joined.length - 1] += line;
    else joined.push(line);
  }
  lines = joined;
  let rest = lines.map((l) => l.replace(/[:：]$/, '').trim()).filter(Boolean);
  let column: string | undefined;
  // A very short first line over a longer headline is a column label (栏目), e.g. "党建 在高新".
  if (rest.length >= 3 && rest[0]!.replace(/\s/g, '').length <= 5) {
    column = rest[0]!.replace(/\s+/g, '');
    rest = rest.slice(1);
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

const CAPTION_CREDIT = /\s+((?:本报记者\s*)?\S{2,10}\s*摄|\S{2,16}供图)$/u;

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
  const nextContent = (index: number) => elements.slice(index + 1).find((e) => e.type !== 'photo-credit');

  elements.forEach((element, index) => {
    if (element.type === 'headings') {
      const texts = element.lines.map((l) => l.text);
      const numbers = element.lines.map((l) => l.number);
      const next = nextContent(index);
      const leadsStory = next?.type === 'byline' || (next?.type === 'body' && next.line.text.startsWith('本报讯'));
      const apply = (target: DraftStory, own = texts) => {
        // More than three lines: the headline, then the story's first section head.
        const section = own.length > 3 ? own.slice(2) : [];
        const { headline, column } = headlineFromBlock(own.length > 3 ? own.slice(0, 2) : own);
        if (target.headline)
          target.paragraphs.unshift(
            `## ${[target.headline.kicker, target.headline.title, target.headline.subtitle].filter(Boolean).join(' ')}`,
          );
        target.headline = headline;
        target.column ??= column;
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
        else if (texts.length >= 2) apply(start(numbers[0]!));
        else {
          story.paragraphs.push(`## ${texts.join(' ')}`);
          story.lines.push(...numbers);
        }
      } else {
        // Nothing of its own follows: a headline printed after its story.
        apply(story ?? start(numbers[0]!));
      }
      return;
    }
    const line = element.line;
    const target = story ?? start(line.number);
    target.lines.push(line.number);
    if (element.type === 'byline' || element.type === 'photo-credit') target.credits.push(...parseByline(line.text));
    else if (element.type === 'caption') {
      const credit = CAPTION_CREDIT.exec(line.text);
      target.captions.push(
        credit ? { text: line.text.slice(0, credit.index).trim(), credit: credit[1]!.trim() } : { text: line.text },
      );
    } else {
      const previous = target.paragraphs.at(-1);
      // A paragraph cut by a column break goes on in the next line of body text.
      if (previous && !previous.startsWith('## ') && !TERMINAL.test(previous) && !line.text.startsWith('本报讯')) {
        suspicions.push({
          line: line.number,
          kind: 'column-join',
          detail: `…${[...previous].slice(-6).join('')}｜${[...line.text].slice(0, 6).join('')}…`,
        });
        target.paragraphs[target.paragraphs.length - 1] = previous + line.text;
      } else target.paragraphs.push(line.text);
    }
  });

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
