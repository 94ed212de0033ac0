/**
 * A newspaper-page simulator for the splitter: it lays the curated articles (the ground truth)
 * out as OCR pages, the way other newspapers print them, and says what a perfect split would
 * give. Every word of news text comes from the curated articles; only layout words (出版, 印刷,
 * 版次, 星期…) and punctuation are added. A fixed seed makes every page reproducible.
 *
 * Variation families change one thing at a time over a plain base layout, and `mixed` changes
 * everything at once:
 *   order-count   1–6 stories, any order
 *   headlines     主题 alone, 引题+主题, 主题+副题, all three, 主题——副题 on one line (with or without the ——; without it, the OCR tool's
 *                 # marks give the sizes, as a reader of the printed page would see them), now and
 *                 then under a column label in brackets (【党建引领】)
 *   bylines       本报讯（记者 …）, datelines (本报珠海讯, 新华社北京6月30日电) with names parted by 、,
 *                 （通讯员 …）, 本报讯 + text, 本报评论员 with no name, ▶/■/◎ 本报记者 …, 本报通讯员 … 记者 …,
 *                 本报记者 … 实习生 …, 首席记者 …, names parted by 、, 文/… 图/… (or │), 图文：…,
 *                 本报记者 … 文/图 or 摄影报道, 记者 … … 摄, 撰文 … 摄影 …,
 *                 图/… under the last paragraph, ·名 名·, （名 文/图）,
 *                 采写/撰写/摄影/编辑/责任编辑/组版/美编 lines, at the start or the end
 *   captions      one-sentence captions between paragraphs, single blank line around, with credits
 *                 (… 摄, 高新区供图, 供图：…, 图片由…提供), some marked ▲, （图）, 图为 or 上图：
 *   furniture     报头 (alone, or with the date and the lunar date), dates, 版次 (with the 版名:
 *                 第5版 · 要闻; some with full-width digits; in brackets), 版名, running heads
 *                 (2021年7月1日　星期四　第5版), a PDF's page numbers (第1页 共8页), 编辑 (责任编辑
 *                 … 美编 …, with or without colons), 今日8版 第10742期, 电话 and 热线/邮箱 lines at
 *                 the top, a jump line (（上接第1版）) over a story's text or before its first
 *                 words, one (（下转第2版）) after its last words, 出版 and 印刷 lines and
 *                 QR prompts (扫码阅读) at the foot
 *   breaks        column breaks mid-sentence and mid-word
 *   debris        `#` (consistent with type size within a story) and `<mark>` from the OCR tool, stray spaces inside Chinese text, stray letters
 *   markdown      the OCR tool's other Markdown: bold headlines and phrases, `> ` and `- ` before
 *                 paragraphs, `<br>` inside them, pictures (`![](…)`) over captions and between
 *                 paragraphs; and the HTML some tools write (`<h3>` headings, `<p>` lines,
 *                 pictures as `<img>` in a centred `<div>`), numbers as formulas (`$11\%$`);
 *                 drawn from a random stream of its own, so `mixed` pages keep their layout and
 *                 gain the markup
 *   wrapped       hard-wrapped text, as a PDF's or another tool's plain text gives it: each
 *                 paragraph cut into lines of the column's width (14–27 characters, letters and
 *                 digits half; a comma or full stop never opening a line: set at the end of the
 *                 line above, or on some pages moved down with the character before it), most pages indenting
 *                 each paragraph's first line (　　), most setting no blank line anywhere, others
 *                 one between paragraphs only or one after every line; with bylines as the
 *                 bylines family
 *   wrapped-mixed the wrapped family's text with the headlines, captions (wrapped as the text)
 *                 and page furniture of the families above, 1–6 stories in any order: a PDF's
 *                 plain text, which marks no type size (so a 副题 always has its dash)
 *   newsroom      what other papers and newsrooms print: a front page's contents over the stories
 *                 (今日导读 / other stories' headlines with their pages: …… 2版, （A3版）), bylines
 *                 of a newsroom (融媒体记者 …, 全媒体记者 … …), a bar or slash after a label
 *                 (记者｜…, 撰文/… 摄影/…, with spaces: 文 / …), what each name did after it
 *                 (… /文 … /图, … … 文), a label
 *                 between names (记者 … 摄影 …), other papers' and sites' datelines (科技日报讯（记者 …）,
 *                 人民网北京6月27日电), 策划/统筹 lines at the end, a source note under a
 *                 story's last paragraph (（来源：…）, （据新华社）), an editor's note over a
 *                 headline (【编者按】 over its words, or 编者按：…), a column of briefs after the
 *                 stories, 1–6 stories in any order
 *   front-page    what a front page prints: picture items (图片新闻) between stories and at the
 *                 page's foot, a title (or the label 图片新闻 alone), the OCR tool's photo mark, a
 *                 caption with its credit; headlines in type sizes (the tool's #) whose 主题 is
 *                 printed in two lines, broken where it has a space, under its 引题 or over its
 *                 副题; a story's summary, its first paragraph, pointing to its full text on another
 *                 page (（详见第3版） after it, or 详见A3版 on a line of its own); and what a story
 *                 prints after its last sentence: its editors on that line (【责任编辑：…】,
 *                 责任编辑：… 校对：…), a name alone in brackets on a line of its own (its writer), a
 *                 mark of its end (（完）); bylines of text and photos (文·图/…, … 摄影报道, … 文 … 图,
 *                 … …/文, 撰稿：…); 1–5 stories in any order
 *   caption-styles captions as other papers print them, unmarked, a paragraph's gap around them:
 *                 most without the full stop before the credit (…誓词 李四 摄), credits of other
 *                 forms (李四摄, 新华社记者 李四 摄, 经济日报记者 …, 李四/摄, 图/李四, 通讯员 李四 供图,
 *                 …党工委供图, 新华社发), some in brackets; 1–5 stories in any order
 *   vertical      headlines set vertically, as an OCR tool that reads rows gives them: half the
 *                 titles a character a line, their marks (“”：) on lines of their own, no space
 *                 (one column); 1–5 stories in any order
 *   letter-spaced the mixed family's pages (but for the OCR tool's markup) as a PDF or OCR tool
 *                 gives spaced-out type: every character of a line a space apart, the line's own
 *                 spaces wider (本 报 记 者   张 三)
 */
import { classifyLine } from '../../src/lib/ingest/lines.ts';
import { isCommonSurname } from '../../src/lib/ingest/surnames.ts';
import type { ArticleFile } from './content.ts';

export type Family =
  | 'base'
  | 'order-count'
  | 'headlines'
  | 'bylines'
  | 'captions'
  | 'furniture'
  | 'breaks'
  | 'debris'
  | 'markdown'
  | 'wrapped'
  | 'wrapped-mixed'
  | 'newsroom'
  | 'front-page'
  | 'caption-styles'
  | 'vertical'
  | 'letter-spaced'
  | 'lists'
  | 'literary'
  | 'mixed';
export const FAMILIES: Family[] = [
  'base',
  'order-count',
  'headlines',
  'bylines',
  'captions',
  'furniture',
  'breaks',
  'debris',
  'mixed',
  // After mixed: a family's place seeds its pages, and mixed keeps the pages it had before these.
  'markdown',
  'wrapped',
  'wrapped-mixed',
  'newsroom',
  'front-page',
  'caption-styles',
  'vertical',
  'letter-spaced',
  'lists',
  'literary',
];

export interface ExpectedCredit {
  role: 'writer' | 'photographer' | 'editor' | 'layout';
  name: string;
}

export interface ExpectedStory {
  id: string;
  kicker?: string | undefined;
  title: string;
  subtitle?: string | undefined;
  /** Body paragraphs and section heads (without ##), as the draft should hold them. */
  body: string[];
  /** The section heads among them, as printed. */
  heads: string[];
  captions: { text: string; credit?: string | undefined }[];
  credits: ExpectedCredit[];
}

/** A picture item (图片新闻): its photos' captions and a title, or only the label of such items. */
export interface ExpectedPictureItem {
  title?: string | undefined;
  captions: { text: string; credit: string }[];
}

export interface SimulatedPage {
  family: Family;
  seed: number;
  text: string;
  stories: ExpectedStory[];
  pictureItems: ExpectedPictureItem[];
  /** Lines of page furniture printed on the page (to be dropped). */
  furniture: string[];
  /** How many of them, the last ones, are printed at the foot of the page, after the last story. */
  footFurniture: number;
}

/** ASCII digits as their full-width forms (２０２１). */
const fullWidth = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** mulberry32: small, fast, and the same everywhere. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Source {
  id: string;
  kicker?: string | undefined;
  title: string;
  subtitle?: string | undefined;
  /** Paragraphs; section heads start with "## ". The lead's 本报讯/记者…报道 is taken off. */
  body: string[];
  captions: { text: string; credit?: string | undefined }[];
}

/** How a news item opens (a date, 近日…): only then may a brief's title stand bare before it. */
const OPENS_AS_NEWS = /^(?:\d{1,2}月\d{1,2}日|近日|日前|今年以来)/u;

const LEAD = /^本报讯\s*(?:记者\s*\p{Script=Han}{2,4}\s*报道\s*[:：]\s*)?/u;

function sourcesOf(articles: ArticleFile[]): { sources: Source[]; names: string[]; captions: Source['captions'] } {
  const names = new Set<string>();
  const captions: Source['captions'] = [];
  const sources = articles.map((a) => {
    for (const credit of a.data.credits ?? [])
      if (/^\p{Script=Han}{2,3}$/u.test(credit.name) && !/高新|供图|新区/.test(credit.name)) names.add(credit.name);
    for (const caption of a.data.captions ?? []) captions.push({ text: caption.text });
    const body = a.body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (body[0]) body[0] = body[0].replace(LEAD, '');
    return {
      id: a.id,
      kicker: a.data.kicker,
      title: a.data.title,
      subtitle: a.data.subtitle,
      body,
      captions: [],
    };
  });
  return { sources, names: [...names].sort(), captions };
}

export interface Layout {
  count: [number, number];
  shuffle: boolean;
  headlines: boolean;
  bylines: boolean;
  captions: boolean;
  furniture: boolean;
  breaks: boolean;
  debris: boolean;
  markdown: boolean;
  wrapped: boolean;
  newsroom: boolean;
  frontPage: boolean;
  captionStyles: boolean;
  vertical: boolean;
  letterSpaced: boolean;
  /** Briefs' marked titles (■ 高新区…), writers after a mark under the title (□ 张三), appendices of names (附：…名单). */
  lists: boolean;
  /**
   * A 副刊's pieces: writers under the title with no mark (张三, 高新区机关党委 张三), and poems
   * made of a story's own clauses, a line each, in stanzas.
   */
  literary: boolean;
}

const BASE: Layout = {
  count: [2, 4],
  shuffle: false,
  headlines: false,
  bylines: false,
  captions: false,
  furniture: false,
  breaks: false,
  debris: false,
  markdown: false,
  wrapped: false,
  newsroom: false,
  frontPage: false,
  captionStyles: false,
  vertical: false,
  letterSpaced: false,
  lists: false,
  literary: false,
};

/**
 * A paragraph as a hard-wrapped page prints it: lines of `width` (a letter, digit or space half a
 * character), the first indented by two full-width spaces if `indent`; a punctuation mark never
 * opens a line, and a space where a line breaks is not printed. A mark that would open a line is
 * set at the end of the line above (`pushOut` false), or the line's last character goes down
 * with it, leaving that line a character short (`pushOut`, as many typesetters do).
 */
export function hardWrap(paragraph: string, width: number, indent: boolean, pushOut = false): string[] {
  const lines: string[] = [];
  let line = indent ? '\u3000\u3000' : '';
  let used = line.length;
  const closing = /[，。、；：？！”’）》·,.;:?!]/u;
  const widthOf = (c: string) => (/[A-Za-z0-9 .%+\-/]/.test(c) ? 0.5 : 1);
  for (const c of paragraph) {
    const w = widthOf(c);
    if (used + w > width && !closing.test(c)) {
      lines.push(line);
      [line, used] = ['', 0];
      if (c === ' ') continue;
    } else if (used + w > width && pushOut) {
      // Down with the character before it, unless that is a mark too (…。” stays) or the line's only one.
      const last = [...line].at(-1)!;
      const kept = line.slice(0, line.length - last.length);
      if (!closing.test(last) && /\S/u.test(kept.replace(/\u3000/gu, ''))) {
        lines.push(kept);
        [line, used] = [last, widthOf(last)];
      }
    }
    line += c;
    used += w;
  }
  return [...lines, line];
}

export function layoutOf(family: Family): Layout {
  switch (family) {
    case 'base':
      return BASE;
    case 'order-count':
      return { ...BASE, count: [1, 6], shuffle: true };
    case 'mixed':
      return {
        count: [1, 6],
        shuffle: true,
        headlines: true,
        bylines: true,
        captions: true,
        furniture: true,
        breaks: true,
        debris: true,
        markdown: true,
        wrapped: false,
        newsroom: false,
        frontPage: false,
        captionStyles: false,
        vertical: false,
        letterSpaced: false,
        lists: false,
        literary: false,
      };
    case 'wrapped':
      return { ...BASE, wrapped: true, bylines: true };
    case 'newsroom':
      return { ...BASE, count: [1, 6], shuffle: true, newsroom: true };
    case 'front-page':
      return { ...BASE, count: [1, 5], shuffle: true, headlines: true, frontPage: true };
    case 'caption-styles':
      return { ...BASE, count: [1, 5], shuffle: true, captionStyles: true };
    case 'vertical':
      return { ...BASE, count: [1, 5], shuffle: true, vertical: true };
    case 'lists':
      return { ...BASE, count: [1, 5], shuffle: true, lists: true };
    case 'literary':
      return { ...BASE, count: [1, 5], shuffle: true, literary: true };
    case 'letter-spaced':
      return { ...layoutOf('mixed'), markdown: false, letterSpaced: true };
    case 'wrapped-mixed':
      // Plain text: no column breaks to see, no OCR marks.
      return { ...layoutOf('mixed'), breaks: false, debris: false, markdown: false, wrapped: true };
    default:
      return { ...BASE, [family]: true };
  }
}

/** Units an appendix lists, made up for simulated pages: a place, then its party organisation. */
const UNITS = [
  '光电产业园',
  '软件园',
  '创业大厦',
  '生物医药产业园',
  '科技服务中心',
  '金融大厦',
  '智能制造企业',
  '孵化器',
];
const UNIT_KINDS = ['党支部', '党委', '党总支', '联合党委'];

export function simulatePage(articles: ArticleFile[], family: Family, seed: number): SimulatedPage {
  const rnd = random(seed * 7919 + FAMILIES.indexOf(family) * 104729 + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const chance = (p: number) => rnd() < p;
  const layout = layoutOf(family);
  // Jump marks set on a line of text draw from a stream of their own, so pages keep the layout they had without them.
  const jumpRnd = random(seed * 7727 + FAMILIES.indexOf(family) * 15485863 + 3);
  const pickJump = <T>(list: readonly T[]): T => list[Math.floor(jumpRnd() * list.length)]!;
  // So do writers printed on a title's line, so that the literary pages keep the layout they had without them.
  const writerRnd = random(seed * 7741 + FAMILIES.indexOf(family) * 32452843 + 5);
  const pickWriter = <T>(list: readonly T[]): T => list[Math.floor(writerRnd() * list.length)]!;
  const { sources, names, captions: captionPool } = sourcesOf(articles);

  // Which stories, in which order.
  let chosen = [...sources];
  if (layout.shuffle) {
    for (let i = chosen.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [chosen[i], chosen[j]] = [chosen[j]!, chosen[i]!];
    }
  } else {
    const start = Math.floor(rnd() * chosen.length);
    chosen = [...chosen.slice(start), ...chosen.slice(0, start)];
  }
  const [min, max] = layout.count;
  chosen = chosen.slice(0, min + Math.floor(rnd() * (max - min + 1)));

  const out: string[] = [];
  const furniture: string[] = [];
  const blank = (n = 1) => {
    for (let i = 0; i < n; i++) out.push('');
  };
  const stories: ExpectedStory[] = [];
  const pictureItems: ExpectedPictureItem[] = [];
  const person = () => pick(names);
  /** A name as a list or a marked byline prints it: two or three characters, a common surname's. */
  const listedNames = names.filter((name) => /^\p{Script=Han}{2,3}$/u.test(name) && isCommonSurname(name[0]!));
  const listedName = () => pick(listedNames);
  /**
   * A caption as other papers print it (the caption-styles family): most drop the full stop
   * before the credit, and credit in forms of their own.
   */
  const otherPapersCaption = (text: string): { text: string; credit: string } => {
    // A photographer's name: not a pen name or a label (绪言) the curated credits hold.
    const name = pick(names.filter((n) => isCommonSurname(n[0]!)));
    const credit = pick([
      `${name} 摄`,
      `${name}摄`,
      `本报记者 ${name}摄`,
      `新华社记者 ${name} 摄`,
      `新华社记者 ${name}摄`,
      `经济日报记者 ${name} 摄`,
      `${name}/摄`,
      `图/${name}`,
      `通讯员 ${name} 供图`,
      '高新区党工委供图',
      '新华社发',
    ]);
    return { text: chance(0.7) ? text.replace(/[。！？]$/u, '') : text, credit };
  };
  /** Its line: the credit a space after it, or in brackets where the form allows. */
  const printedCaption = (caption: { text: string; credit?: string | undefined }): string =>
    /摄$|供图$/u.test(caption.credit!) && chance(0.25)
      ? `${caption.text}（${caption.credit}）`
      : `${caption.text} ${caption.credit}`;
  const distinct = (drawn: string[]): [string, string, string] =>
    drawn.reduce<string[]>((kept, name) => {
      let at = names.indexOf(name);
      while (kept.includes(names[at]!)) at = (at + 1) % names.length;
      return [...kept, names[at]!];
    }, []) as [string, string, string];

  if (layout.furniture) {
    const top = [
      () => pick(['中国高新技术产业导报', '高新技术产业导报']),
      () =>
        `${2019 + Math.floor(rnd() * 3)}年${1 + Math.floor(rnd() * 12)}月${1 + Math.floor(rnd() * 28)}日 星期${pick([...'一二三四五六日'])}`,
      () =>
        `${2019 + Math.floor(rnd() * 3)}.${1 + Math.floor(rnd() * 12)}.${1 + Math.floor(rnd() * 28)} 星期${pick([...'一二三四五'])}`,
      () => `第${pick(['3', '5', '9', '12'])}版`,
      () => pick(['第三版', '第九版', '09', 'A3']),
      () => pick(['创新园区', '党建', '综合新闻', '要闻']),
      () => `编辑：${person()} 电话：(010)68667266`,
      () => `第${pick(['3', '5', '9'])}版 · ${pick(['园区党建', '要闻', '综合新闻'])}`,
      () => `本版热线：010-${68667200 + Math.floor(rnd() * 99)}  电子邮箱：${pick(['dangjian', 'news'])}@example.cn`,
      () => `责任编辑：${person()}  美编：${person()}`,
      // With spaces for colons, and the issue's number.
      () => `${pick(['责任编辑', '编辑'])} ${person()} ${pick(['美编', '组版'])} ${person()} 校对 ${person()}`,
      () => `今日${pick(['8', '12', '16'])}版 第${10000 + Math.floor(rnd() * 900)}期`,
      () => `${pick(['中国高新技术产业导报', '高新技术产业导报'])} ${1 + Math.floor(rnd() * 16)}`,
      // Digits full-width, as some OCR tools print them: ２０２１年７月１日, 第３版.
      () =>
        fullWidth(
          pick([
            `${2019 + Math.floor(rnd() * 3)}年${1 + Math.floor(rnd() * 12)}月${1 + Math.floor(rnd() * 28)}日 星期${pick([...'一二三四五'])}`,
            `第${pick(['3', '5', '9', '12'])}版`,
          ]),
        ),
      // A running head, its parts set apart by full-width spaces: 2021年7月1日　星期四　第5版.
      () =>
        `${2019 + Math.floor(rnd() * 3)}年${1 + Math.floor(rnd() * 12)}月${1 + Math.floor(rnd() * 28)}日\u3000星期${pick([...'一二三四五'])}\u3000第${pick(['3', '5', '9'])}版`,
      // A 版次 in brackets, and the page numbers of a PDF or the OCR tool.
      () => pick(['【第5版】', '（第9版）', '[第3版]']),
      () => pick([`第${1 + Math.floor(rnd() * 8)}页 共8页`, `—— 第 ${1 + Math.floor(rnd() * 8)} 页 ——`]),
      // Running heads with the page's name before the 版次 or the date, the issue's size after the
      // lunar date, and a weekday alone.
      () => `${pick(['要闻', '园区党建', '综合新闻'])}·${pick(['A03', 'A05', 'B2'])}`,
      () =>
        `${pick(['高新区党建', '党建'])} | ${2019 + Math.floor(rnd() * 3)}.${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}.${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      () =>
        `${2019 + Math.floor(rnd() * 3)}年${1 + Math.floor(rnd() * 12)}月${1 + Math.floor(rnd() * 28)}日 星期${pick([...'一二三四五'])} ${pick(['己亥', '庚子', '辛丑'])}年${pick(['五月', '八月'])}${pick(['初五', '廿二'])} 今日${pick(['8', '12'])}版`,
      () => `星期${pick([...'一二三四五'])}`,
      // The 报头 with the date, the weekday and the lunar date: 珠海特区报 2021年7月1日 星期四 辛丑年五月廿二.
      () =>
        `${pick(['珠海特区报', '高新技术产业导报'])} ${2019 + Math.floor(rnd() * 3)}年${1 + Math.floor(rnd() * 12)}月${1 + Math.floor(rnd() * 28)}日 星期${pick([...'一二三四五'])} ${pick(['己亥', '庚子', '辛丑'])}年${pick(['正月', '五月', '八月', '腊月'])}${pick(['初五', '十二', '廿二'])}`,
    ];
    const foot = [
      () => pick(['中国高新技术产业导报社出版', '高新技术产业导报社出版']),
      () => pick(['北京日报印务有限责任公司印刷', '人民日报印刷厂印刷']),
      () => `电话：(010)${68667200 + Math.floor(rnd() * 99)}  传真：(010)68667266`,
      () => `组版：${person()}  校对：${person()}`,
      () => '国内统一连续出版物号 CN11-0000',
      // The 刊号, the price, the editor-in-chief.
      () => pick(['国内统一刊号：CN44-0038', `定价：${pick(['1.00', '1.50', '2.00'])}元`, `主编：${person()}`]),
      // What a QR code printed at the page's foot says.
      () => pick(['扫码阅读', '扫一扫 看视频', '扫描二维码 关注我们']),
    ];
    const n = 2 + Math.floor(rnd() * 4);
    for (let i = 0; i < n; i++) {
      const line = pick(top)();
      furniture.push(line);
      out.push(line);
      blank();
    }
    (out as string[] & { foot?: string[] }).foot = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () =>
      pick(foot)(),
    );
  }

  /** Stories a front page's contents name, or an editor's note quotes: printed elsewhere, never on this page. */
  const listed = new Set<Source>();
  if (layout.newsroom && chance(0.5)) {
    // A front page's contents: other pages' headlines, each with its page; dropped as furniture.
    const elsewhere = sources.filter((s) => !chosen.includes(s));
    const entries = elsewhere.slice(0, 2 + Math.floor(rnd() * 3)).map((s) => {
      listed.add(s);
      const page = 2 + Math.floor(rnd() * 7);
      return pick([`${s.title} ${page}版`, `${s.title}……${page}版`, `${s.title}（A${page}版）`]);
    });
    for (const line of [pick(['今日导读', '导读', '本期要目', '【要闻导读】']), ...entries]) {
      furniture.push(line);
      out.push(line, '');
    }
  }

  /** The OCR tool marks large type with # (a headline with one or two, a section head with three or four). */
  // One size for a story's section heads, as printed; the tool marks some of them, not all.
  let sectionMarks = 3;
  const debris = (line: string, heading: boolean): string => {
    if (!layout.debris) return line;
    if (heading && chance(0.4)) line = `${'#'.repeat(sectionMarks)} ${line}`;
    if (!heading && chance(0.15)) {
      const chars = [...line];
      const at = Math.floor(rnd() * Math.max(1, chars.length - 6));
      line = `${chars.slice(0, at).join('')}<mark>${chars.slice(at, at + 5).join('')}</mark>${chars.slice(at + 5).join('')}`;
    }
    if (!heading && chance(0.4)) {
      // A column layout leaves spaces inside running text, every dozen characters or so.
      const chars = [...line];
      line = chars
        .map((c, i) => (i > 0 && i % (11 + Math.floor(rnd() * 6)) === 0 && /\p{Script=Han}/u.test(c) ? ` ${c}` : c))
        .join('');
    }
    if (!heading && chance(0.3)) line = line.replace(/，/g, ',').replace(/：/g, ':');
    return line;
  };
  // The Markdown family's own random stream: the page's layout is drawn as without it.
  const markRnd = random(seed * 104723 + 17);
  const marked = (p: number) => layout.markdown && markRnd() < p;
  /** A headline or section head as the OCR tool may write it: bold, or an HTML heading. */
  const markHead = (line: string) => (marked(0.2) ? `**${line}**` : marked(0.1) ? `<h3>${line}</h3>` : line);
  /** A paragraph's line as the OCR tool may write it: a phrase bold, a line break, a quote or bullet mark. */
  const markText = (line: string, first: boolean) => {
    if (marked(0.15)) {
      const at = [...line.matchAll(/\p{Script=Han}{4}/gu)].map((m) => m.index);
      if (at.length) {
        const i = at[Math.floor(markRnd() * at.length)]!;
        line = `${line.slice(0, i)}**${line.slice(i, i + 4)}**${line.slice(i + 4)}`;
      }
    }
    if (marked(0.1)) {
      const at = [...line.matchAll(/(?<=\p{Script=Han})(?=\p{Script=Han})/gu)].map((m) => m.index);
      if (at.length) {
        const i = at[Math.floor(markRnd() * at.length)]!;
        line = `${line.slice(0, i)}<br>${line.slice(i)}`;
      }
    }
    if (first && marked(0.1)) line = `> ${line}`;
    else if (first && marked(0.1)) line = `- ${line}`;
    // Some tools write HTML: a paragraph's line in <p>; and a number as a formula ($11\%$).
    if (marked(0.1)) line = `<p>${line}</p>`;
    if (marked(0.3)) line = line.replace(/(\d+(?:\.\d+)?)%/u, (_, n: string) => `$${n}\\%$`);
    return line;
  };
  // The wrapped family's own random stream, as the Markdown family's.
  const wrapRnd = random(seed * 130363 + 29);
  const wrapWidth = 14 + Math.floor(wrapRnd() * 14);
  const wrapIndent = wrapRnd() < 0.75;
  // No blank line anywhere (most pages), one between paragraphs, or one after every line.
  const wrapGaps = wrapRnd();
  const wrapBlanks = wrapGaps < 0.35;
  const wrapEveryLine = wrapGaps > 0.8;
  // Some typesetters move a character down with a mark that may not open a line.
  const wrapPushOut = wrapRnd() < 0.4;
  const wrapLines = (paragraph: string) => hardWrap(paragraph, wrapWidth, wrapIndent, wrapPushOut);
  let pictures = 0;
  const picture = () =>
    marked(0.3)
      ? `<div style="text-align: center;"><img src="imgs/page-${seed}-${++pictures}.jpg" alt="Image" /></div>`
      : `![](images/page-${seed}-${++pictures}.jpg)`;
  /** A paragraph as lines: broken by a column break mid-sentence or mid-word, or whole. */
  const paragraphLines = (paragraph: string): string[] => {
    const chars = [...paragraph];
    if (layout.breaks && chars.length > 30 && chance(0.35)) {
      const at = 5 + Math.floor(rnd() * (chars.length - 10));
      // One break in four falls before the paragraph's last figure or marks, when it ends in
      // them, which then stand alone (…同比增长 ｜ 42.46%。, …的心声 ｜ ”。).
      const tail = /[^\p{Script=Han}]+$/u.exec(paragraph)?.[0] ?? '';
      const end = chars.length - [...tail].length;
      if (at % 4 === 0 && tail.length >= 2 && end > 5) return [chars.slice(0, end).join(''), tail];
      // One in four sets a figure or a word in letters inside a sentence on a line of its own,
      // as OCR may read a run of half-width type (…截至 ｜ 2021 ｜ 年6月…, …占 ｜ GDP ｜ 比重…).
      const inner = /(?<=\p{Script=Han})[A-Za-z0-9.%]{2,}(?=\p{Script=Han}|[，、])/u.exec(paragraph);
      if (at % 4 === 1 && inner && inner.index > 5)
        return [paragraph.slice(0, inner.index), inner[0], paragraph.slice(inner.index + inner[0].length)];
      return [chars.slice(0, at).join(''), chars.slice(at).join('')];
    }
    return [paragraph];
  };

  // Picture items' titles: short titles of stories printed elsewhere.
  const pictureTitles = layout.frontPage
    ? sources.filter((s) => !chosen.includes(s) && [...s.title].length <= 20).map((s) => s.title)
    : [];
  /** A picture item: its title (or the label of such items alone), its photo, a caption and its credit. */
  const printPictureItem = () => {
    // Each title once on a page.
    const title =
      chance(0.2) || !pictureTitles.length
        ? undefined
        : pictureTitles.splice(Math.floor(rnd() * pictureTitles.length), 1)[0];
    out.push(title ? (chance(0.5) ? `${'#'.repeat(1 + Math.floor(rnd() * 2))} ${title}` : title) : '图片新闻', '');
    if (chance(0.7)) out.push(`![](images/page-${seed}-${++pictures}.jpg)`, '');
    const caption = pick(captionPool).text;
    const name = person();
    // Other papers' credits after a caption's last sentence: several photographers, 摄影, 图/,
    // 图片来源, a titled photographer's right after the full stop.
    if (/[。！？]$/u.test(caption) && chance(0.35)) {
      const [other] = distinct([name, person(), person()]).slice(1);
      const credit = pick([
        `新华社记者 ${name} 摄`,
        `本报记者 ${name} ${other} 摄`,
        `${name} 摄影`,
        `图/本报记者 ${name}`,
        '图片来源：高新区党工委',
      ]);
      out.push(`${caption}${credit.startsWith('新华社') || chance(0.5) ? ' ' : ''}${credit}`, '');
      pictureItems.push({ title, captions: [{ text: caption, credit }] });
      return;
    }
    const credit = pick([`本报记者 ${name} 摄`, `${name} 摄`, '高新区供图']);
    const style = rnd();
    if (style < 0.5) out.push(`${caption} ${credit}`, '');
    else if (style < 0.75) out.push(`${caption}（${credit}）`, '');
    else out.push(caption, '', credit === '高新区供图' ? credit : `${name}/摄`, '');
    const printed = style >= 0.75 && credit !== '高新区供图' ? `${name} 摄` : credit;
    pictureItems.push({ title, captions: [{ text: caption, credit: printed }] });
  };
  /** The story above ended its last sentence: a picture item may stand under it. */
  let aboveEnded = true;

  for (const [index, source] of chosen.entries()) {
    // Headline parts.
    let { kicker, title, subtitle } = source;
    let subtitleDash = true;
    let oneLine = false;
    if (layout.headlines) {
      // Or all three, 引题 over 主题 over 副题.
      const form = pick(['title', 'kicker', 'subtitle', 'all'] as const);
      const others = sources.filter((s) => s !== source);
      const borrowed = () => pick(others.flatMap((s) => [s.kicker, s.subtitle].filter((x): x is string => !!x)));
      kicker = form === 'kicker' || form === 'all' ? (kicker ?? borrowed()) : undefined;
      subtitle = form === 'subtitle' || form === 'all' ? (subtitle ?? borrowed()) : undefined;
      if (subtitle === kicker) subtitle = undefined;
      // Plain text gives no type size, so a 副题 there is told by its dash alone.
      subtitleDash = chance(0.7) || layout.wrapped;
      // 主题——副题 on one line, as an OCR tool joins them.
      oneLine = !!subtitle && !kicker && subtitleDash && chance(0.2);
    }
    // A 主题 in type too large for one line, broken where it has a space; only type size tells
    // such lines from a 引题 over a 主题, so they are always marked.
    const twoLineTitle = layout.frontPage && !oneLine && title.includes(' ') && chance(0.6);
    // A title set vertically, one column: a character a line, no space (letters and digits are
    // set across, so such a title is not).
    const verticalTitle = layout.vertical && !/[A-Za-z0-9]/.test(title) && chance(0.5);
    if (verticalTitle) title = title.replace(/\s+/gu, '');
    const story: ExpectedStory = {
      id: source.id,
      kicker,
      title,
      subtitle,
      body: [],
      heads: [],
      captions: [],
      credits: [],
    };
    stories.push(story);
    if (index > 0) blank(layout.furniture || layout.debris ? 1 + Math.floor(rnd() * 3) : 1);
    if (layout.frontPage && aboveEnded && pictureItems.length < 2 && chance(0.3)) printPictureItem();
    // An editor's note over the story's headline (a paragraph of a story printed elsewhere): it
    // opens the story, its label a section head, or the label before its words.
    let editorsNote: string[] = [];
    const noteSource = layout.newsroom
      ? sources.find((s) => !chosen.includes(s) && !listed.has(s) && s.body[0] && !s.body[0].startsWith('## '))
      : undefined;
    if (noteSource && chance(0.15)) {
      listed.add(noteSource);
      const note = noteSource.body[0]!;
      if (chance(0.5)) {
        out.push('【编者按】', '', note, '');
        editorsNote = ['【编者按】', note];
        story.heads.push('【编者按】');
      } else {
        out.push(`编者按：${note}`, '');
        editorsNote = [`编者按：${note}`];
      }
    }
    // Type size is what tells a 副题 printed without its dash from a 主题 over it: the OCR tool
    // marks the larger type with fewer #. A 副题 with neither dash nor size is unreadable to anyone,
    // so it is never printed that way; other headlines carry sizes now and then.
    // The OCR debris family marks large type the same way, consistently with the sizes.
    const sized =
      (twoLineTitle ||
        (layout.headlines && (!!subtitle && !subtitleDash ? true : chance(0.3))) ||
        (layout.debris && chance(0.4))) &&
      !layout.wrapped;
    const titleMarks = 1 + Math.floor(rnd() * 2);
    sectionMarks = 3 + Math.floor(rnd() * 2);
    const size = (line: string, marks: number) => (sized ? `${'#'.repeat(marks)} ${line}` : line);
    // A mark before the title, as a column of briefs prints it (■ 高新区…): no word of it.
    const titleMark = layout.lists && chance(0.35) ? pick(['■ ', '■', '◆ ', '●', '★ ']) : '';
    // Some papers print the story's column over its headline, in brackets: 【党建引领】.
    if (layout.headlines && chance(0.15))
      out.push(`【${pick(['党建引领', '基层党建', '党建在高新', '园区动态', '庆祝中国共产党成立100周年'])}】`, '');
    if (kicker) out.push(size(markHead(kicker), titleMarks + 1 + Math.floor(rnd() * 2)), '');
    if (oneLine) out.push(size(markHead(`${title}——${subtitle}`), titleMarks), '');
    else if (twoLineTitle) {
      // Broken at the space that halves it best.
      const spaces = [...title.matchAll(/ +/gu)];
      const half = title.length / 2;
      const at = spaces.reduce((best, m) => (Math.abs(m.index - half) < Math.abs(best.index - half) ? m : best));
      out.push(size(title.slice(0, at.index), titleMarks), size(title.slice(at.index + at[0].length), titleMarks), '');
    } else if (verticalTitle) out.push(...title, '');
    else out.push(size(markHead(`${titleMark}${title}`), titleMarks), '');
    if (subtitle && !oneLine)
      out.push(size(markHead(subtitleDash ? `——${subtitle}` : subtitle), titleMarks + 1 + Math.floor(rnd() * 2)), '');

    // Bylines.
    /** Where a writer's byline under the title was printed, on a line of its own. */
    let bylineLine: number | undefined;
    const body = source.body.map((p) => p);
    const firstText = body.findIndex((p) => !p.startsWith('## '));
    let leadPrefix = '';
    const endLines: string[] = [];
    let endSuffix = '';
    if (layout.newsroom) {
      const [a, b] = distinct([person(), person(), person()]);
      const writers = (...names: string[]) =>
        story.credits.push(...names.map((name) => ({ role: 'writer' as const, name })));
      const photographer = (name: string) => story.credits.push({ role: 'photographer', name });
      switch (Math.floor(rnd() * 10)) {
        case 0: {
          // A newsroom's reporters under the headline.
          const two = chance(0.4);
          out.push(
            `${pick(['融媒体记者', '全媒体记者', '本报融媒记者', '高新区融媒体中心记者'])} ${a}${two ? ` ${b}` : ''}`,
            '',
          );
          if (two) writers(a, b);
          else writers(a);
          break;
        }
        case 1: {
          // Another paper's, a site's or a newsroom's dateline before the first words.
          const place = pick(['珠海', '北京', '济南', '惠州', '昆山']);
          const day = `${1 + Math.floor(rnd() * 12)}月${1 + Math.floor(rnd() * 28)}日`;
          const dateline = pick([
            '科技日报讯',
            '珠海特区报讯',
            '珠海高新区讯',
            `人民网${place}${day}电`,
            `新华网${place}${day}电`,
          ]);
          leadPrefix = `${dateline}（${pick(['记者', '全媒体记者', '融媒体记者'])} ${a}）`;
          writers(a);
          break;
        }
        case 2:
          out.push(`记者${pick(['｜', '|', '/'])}${a}`, '');
          writers(a);
          break;
        case 3:
          out.push(`撰文/${a} 摄影/${b}`, '');
          writers(a);
          photographer(b);
          break;
        case 4:
          out.push(`${pick(['本报记者 ', '记者 ', ''])}${a}/文 ${b}/图`, '');
          writers(a);
          photographer(b);
          break;
        case 5:
          out.push(`记者 ${a} 摄影 ${b}`, '');
          writers(a);
          photographer(b);
          break;
        case 6:
          endLines.push(`策划：${a}`, `统筹：${b}`);
          story.credits.push({ role: 'editor', name: a }, { role: 'editor', name: b });
          break;
        case 7:
          // Names with what they did after them, no title: 张三 李四 文.
          if (chance(0.5)) {
            out.push(`${a} ${b} 文`, '');
            writers(a, b);
          } else {
            out.push(`${a} 文`, '');
            writers(a);
          }
          break;
        case 8:
          // An OCR tool's spaces around a byline's slash or bar.
          if (chance(0.5)) {
            out.push(`文 / ${a}${pick([' ', '  ', '\u3000'])}图 / ${b}`, '');
            writers(a);
            photographer(b);
          } else {
            out.push(`${pick(['本报记者', '记者', '全媒体记者'])} ${pick(['/', '｜', '：'])} ${a}`, '');
            writers(a);
          }
          break;
        default:
      }
    } else if (layout.bylines) {
      // Three people, none named twice (a byline never lists one person twice); no draw added.
      const [a, b, c] = distinct([person(), person(), person()]);
      const style = Math.floor(rnd() * 12);
      switch (style) {
        case 0: {
          // Or a dateline with a place and a date: 本报珠海讯, 本报北京6月30日电, 新华社济南6月30日电.
          const place = pick(['珠海', '北京', '济南', '惠州', '昆山']);
          const day = `${1 + Math.floor(rnd() * 12)}月${1 + Math.floor(rnd() * 28)}日`;
          const dateline = pick(['本报讯', `本报${place}讯`, `本报${place}${day}电`, `新华社${place}${day}电`]);
          if (chance(0.3)) {
            leadPrefix = `${dateline}（记者 ${a}、${b}）`;
            story.credits.push({ role: 'writer', name: a }, { role: 'writer', name: b });
          } else {
            leadPrefix = `${dateline}（记者 ${a}）`;
            story.credits.push({ role: 'writer', name: a });
          }
          break;
        }
        case 1:
          leadPrefix = `本报讯（通讯员 ${a}）`;
          story.credits.push({ role: 'writer', name: a });
          break;
        case 2:
          leadPrefix = `本报讯（记者 ${a} 通讯员 ${b}）`;
          story.credits.push({ role: 'writer', name: a }, { role: 'writer', name: b });
          break;
        case 3:
          // A commentary's byline names no one: 本报评论员 under the headline.
          if (chance(0.3)) out.push('本报评论员', '');
          else leadPrefix = '本报讯 ';
          break;
        case 4: {
          // Or what the names did printed after them, or labels with spaces for colons.
          const form = rnd();
          if (form < 0.6) {
            out.push(`▶ 本报记者 ${a}`, '');
            story.credits.push({ role: 'writer', name: a });
          } else if (form < 0.75) {
            out.push(`本报记者 ${a} ${pick(['文/图', '摄影报道'])}`, '');
            story.credits.push({ role: 'writer', name: a }, { role: 'photographer', name: a });
          } else if (form < 0.9) {
            out.push(`撰文 ${a} 摄影 ${b}`, '');
            story.credits.push({ role: 'writer', name: a }, { role: 'photographer', name: b });
          } else {
            out.push(`记者 ${a} ${b} 摄`, '');
            story.credits.push({ role: 'photographer', name: a }, { role: 'photographer', name: b });
          }
          break;
        }
        case 5:
          out.push(`本报记者 ${a} ${pick(['通讯员', '实习生'])} ${b}`, '');
          story.credits.push({ role: 'writer', name: a }, { role: 'writer', name: b });
          break;
        case 6:
          out.push(`${pick(['采写', '撰写'])}：本报记者 ${a} ${chance(0.5) ? `摄影：${b}` : ''}`.trim(), '');
          story.credits.push({ role: 'writer', name: a });
          if (out.at(-2)!.includes('摄影')) story.credits.push({ role: 'photographer', name: b });
          break;
        case 7:
          endSuffix = `·${a} ${b} ${c}·`;
          story.credits.push({ role: 'writer', name: a }, { role: 'writer', name: b }, { role: 'writer', name: c });
          break;
        case 8:
          endSuffix = `（${a} 文/图）`;
          story.credits.push({ role: 'writer', name: a }, { role: 'photographer', name: a });
          break;
        case 10: {
          const form = Math.floor(rnd() * 4);
          if (form === 0) {
            // Or two reporters parted by 、 (本报记者 张三、李四).
            out.push(
              chance(0.3)
                ? `${pick(['本报记者', '首席记者'])} ${a}、${b}`
                : `${pick(['本报通讯员', '特约记者', '首席记者'])} ${a} 记者 ${b}`,
              '',
            );
            story.credits.push({ role: 'writer', name: a }, { role: 'writer', name: b });
          } else if (form === 1) {
            out.push(`${pick(['■', '◎'])} 本报记者 ${a}`, '');
            story.credits.push({ role: 'writer', name: a });
          } else if (form === 2) {
            // Text and photos by one (图文：张三), or by two (文/张三 图/李四, 文│本报记者 张三 图│李四).
            const slash = pick(['/', '│']);
            if (chance(0.25)) {
              out.push(`图文：${a}`, '');
              story.credits.push({ role: 'writer', name: a }, { role: 'photographer', name: a });
            } else {
              out.push(`文${slash}${pick(['', '本报记者 '])}${a} 图${slash}${b}`, '');
              story.credits.push({ role: 'writer', name: a }, { role: 'photographer', name: b });
            }
          } else {
            // The photos' credit under the story's last paragraph.
            out.push(`本报记者 ${a}`, '');
            endLines.push(`图/${b}`);
            story.credits.push({ role: 'writer', name: a }, { role: 'photographer', name: b });
          }
          break;
        }
        case 9:
          endLines.push(`${pick(['采写', '撰写'])}：${a}`, `摄影：${b}`);
          story.credits.push({ role: 'writer', name: a }, { role: 'photographer', name: b });
          break;
        default:
          endLines.push(`${pick(['编辑', '责任编辑'])}：${a}`, `${pick(['组版', '美编'])}：${b}`);
          story.credits.push({ role: 'editor', name: a }, { role: 'layout', name: b });
      }
    } else if (layout.frontPage && chance(0.4)) {
      // Text and photos by one or by two, each name with what it did, or a writer's label.
      const [a, b] = distinct([person(), person(), person()]);
      const both = (name: string) => story.credits.push({ role: 'writer', name }, { role: 'photographer', name });
      const form = Math.floor(rnd() * 6);
      if (form === 0) {
        out.push(`${pick(['文·图', '文图', '图文'])}/${a}`, '');
        both(a);
      } else if (form === 1) {
        out.push(`${a}${pick([' ', '/'])}摄影报道`, '');
        both(a);
      } else if (form === 2) {
        out.push(`${a} 文 ${b} ${pick(['图', '摄'])}`, '');
        story.credits.push({ role: 'writer', name: a }, { role: 'photographer', name: b });
      } else if (form === 3) {
        out.push(`${a} ${b}/文`, '');
        story.credits.push({ role: 'writer', name: a }, { role: 'writer', name: b });
      } else {
        out.push(`${pick(['撰稿', '执笔'])}：${a}`, '');
        story.credits.push({ role: 'writer', name: a });
      }
    } else if (layout.literary) {
      // A writer under the title with no mark, whom the text never names; or where the writer works before the name.
      const text = source.body.join('');
      const a = pick(listedNames.filter((name) => !text.includes(name)));
      let byline = a;
      if (chance(0.4)) {
        const unit = `${pick(UNITS)}${pick(UNIT_KINDS)}`;
        const posts = pick([unit, `${unit}书记`, `${unit}书记、${pick(UNITS)}主任`]);
        const mark = pick(['', '', '□ ', '文/']);
        // Or the posts in brackets after the name (张明（高新区党工委书记）).
        byline = writerRnd() < 0.3 ? `${mark}${a}（${posts}）` : `${mark}${posts} ${a}`;
      }
      // Or on the title's own line, after a mark (glued to the title or a space apart) or a
      // writer's label (七一抒怀 □ 王芳, 初心□王芳, … 文/王芳), where no 副题 is printed under it.
      if (!subtitle && writerRnd() < 0.3) {
        const marked = /^(?:□|文\/)/u.test(byline) ? byline : `${pickWriter(['□ ', '□', '■ ', '◎', '文/'])}${byline}`;
        out[out.length - 2] += `${marked.startsWith('文') || writerRnd() < 0.7 ? ' ' : ''}${marked}`;
      } else {
        out.push(byline, '');
        bylineLine = out.length - 2;
      }
      story.credits.push({ role: 'writer', name: a });
    } else if (layout.lists && chance(0.4)) {
      // Writers after a mark under the title, as a commentary prints them: □ 张三, ■ 张三 李四.
      const a = listedName();
      const b =
        listedNames[(listedNames.indexOf(a) + 1 + Math.floor(rnd() * (listedNames.length - 1))) % listedNames.length]!;
      const two = chance(0.4);
      out.push(`${pick(['□ ', '■ ', '□', '◎ '])}${a}${two ? ` ${b}` : ''}`, '');
      story.credits.push({ role: 'writer', name: a }, ...(two ? [{ role: 'writer' as const, name: b }] : []));
    } else if (chance(0.5)) {
      const a = person();
      out.push(`本报记者 ${a}`, '');
      story.credits.push({ role: 'writer', name: a });
    }
    // A poem of the story's own clauses (4 to 14 characters each, after a pause or a sentence's
    // end): stanzas of two to five lines, their marks kept or all left out, the lines one under
    // another or a blank line apart, the stanzas set wider apart still.
    const clauses = source.body
      .filter((p) => !p.startsWith('## '))
      .join('')
      .split(/(?<=[，。；！？])/u)
      // Not a clause that reads as page furniture alone (扫码即可…).
      .filter(
        (clause) => /^\p{Script=Han}{4,14}[，。；！？]$/u.test(clause) && classifyLine(clause, 1).kind !== 'furniture',
      );
    if (layout.literary && clauses.length >= 6 && chance(0.5)) {
      const bare = chance(0.4);
      const apart = chance(0.3);
      // Or a poem with no writer printed: its title then set two blank lines over its lines.
      if (bylineLine !== undefined && writerRnd() < 0.25) {
        out.splice(bylineLine, 1);
        story.credits.length = 0;
      }
      const lines = clauses.slice(0, 4 + Math.floor(rnd() * Math.min(12, clauses.length - 3)));
      const verse = bare ? lines.map((line) => line.slice(0, -1)) : lines;
      for (let at = 0; at < verse.length;) {
        const stanza = verse.slice(at, (at += 2 + Math.floor(rnd() * 4)));
        story.body.push(stanza.join('\n'));
        for (const line of stanza) out.push(line, ...(apart ? [''] : []));
        out.push('', ...(apart ? [''] : []));
      }
      aboveEnded = true;
      continue;
    }
    // Or a story that opens with two of its clauses of one length, bare, as the verse it quotes (题记).
    let opening = '';
    if (layout.literary && chance(0.3)) {
      const bare = clauses.map((clause) => clause.slice(0, -1));
      const k = bare.findIndex(
        (clause, j) => j > 0 && clause.length >= 5 && clause.length <= 7 && clause.length === bare[j - 1]!.length,
      );
      if (k > 0) {
        opening = `${bare[k - 1]}\n${bare[k]}`;
        out.push(bare[k - 1]!, '', bare[k]!, '');
      }
    }
    if (firstText >= 0 && leadPrefix) body[firstText] = leadPrefix + body[firstText]!;
    // A front page's summary of a story printed whole on another page: its first paragraph, and
    // a pointer to the rest, after its last words or on a line of its own (page furniture).
    let pointer = '';
    if (
      layout.frontPage &&
      firstText >= 0 &&
      body.length > firstText + 1 &&
      /[。！？]$/u.test(body[firstText]!) &&
      chance(0.2)
    ) {
      body.splice(firstText + 1);
      pointer = chance(0.6)
        ? pick(['（详见第3版）', '（详见A3版）', '（全文见今日第2版）', '(见第4版)'])
        : `\n${pick(['详见第3版', '详见A3版', '（详见第2版）'])}`;
    }
    const lastText = body.findLastIndex((p) => !p.startsWith('## '));
    // A story cut off at the page's foot goes on elsewhere: its credit is printed there, not here.
    const cutOff = lastText >= 0 && !/[。！？；…”’」』）)]$/u.test(body[lastText]!);
    if (endSuffix && lastText >= 0 && !cutOff) body[lastText] += endSuffix;
    else if (endSuffix) story.credits = [];
    // Where a story was first printed, under its last words or on a line of its own: kept as its text.
    let sourceNote = '';
    if (layout.newsroom && lastText >= 0 && !cutOff && chance(0.3)) {
      const note = pick(['（来源：珠海特区报）', '（来源：科技日报）', '来源：新华网', '（据新华社）', '（本报综合）']);
      if (chance(0.4) && note.startsWith('（')) body[lastText] += note;
      else sourceNote = note;
    }

    // What a front page's story prints after its last sentence: its editors on that line, a name
    // alone in brackets (its writer) or a mark of its end on a line of its own.
    let editors = '';
    const endMarks: string[] = [];
    if (layout.frontPage && !pointer && lastText >= 0 && /[。！？]$/u.test(body[lastText]!)) {
      const [a, b] = distinct([person(), person(), person()]);
      const ending = rnd();
      if (ending < 0.15) {
        editors = chance(0.5) ? `【责任编辑：${a}】` : `${pick(['', ' '])}责任编辑：${a} 校对：${b}`;
        story.credits.push(
          { role: 'editor', name: a },
          ...(editors.includes('校对') ? [{ role: 'editor' as const, name: b }] : []),
        );
      } else if (ending < 0.27) {
        endMarks.push(pick(['（完）', '（未完待续）']));
      } else if (ending < 0.35 && !story.credits.length && isCommonSurname([...a][0]!)) {
        endMarks.push(`（${a}）`);
        story.credits.push({ role: 'writer', name: a });
      }
    }

    // Captions go between paragraphs, after the first.
    const captionsHere = layout.captions ? Math.floor(rnd() * 3) : layout.captionStyles ? 1 + Math.floor(rnd() * 2) : 0;
    const captionAt = new Map<number, { text: string; credit?: string }>();
    for (let k = 0; k < captionsHere && body.length > 2; k++) {
      const at = 1 + Math.floor(rnd() * (body.length - 1));
      // Not after a paragraph that ends unfinished (a story the page cut off): a photo there would
      // stand inside a sentence, which no reader could tell from its end.
      const above = body[at - 1]!;
      if (captionAt.has(at) || (!above.startsWith('## ') && !/[。！？；…”’」』）)]$/u.test(above))) continue;
      const caption = pick(captionPool);
      if (layout.captionStyles) {
        captionAt.set(at, otherPapersCaption(caption.text));
        continue;
      }
      const credit = chance(0.5)
        ? pick([`本报记者 ${person()} 摄`, `${person()} 摄`, '高新区供图', '供图：高新区', '图片由高新区提供'])
        : undefined;
      // Some papers point at the photo, ▲, （图） or 图为 before the caption, kept as printed.
      const mark = rnd();
      const text =
        mark < 0.2
          ? `▲${caption.text}`
          : mark < 0.3
            ? `（图）${caption.text}`
            : mark < 0.38
              ? `图为${caption.text}`
              : mark < 0.44
                ? `${pick(['上图', '下图', '左图'])}：${caption.text}`
                : caption.text;
      captionAt.set(at, { text, ...(credit && { credit }) });
    }

    for (const [i, paragraph] of body.entries()) {
      const caption = captionAt.get(i);
      if (caption) {
        story.captions.push(caption);
        if (marked(0.5)) out.push(picture(), '');
        if (layout.captionStyles) out.push(printedCaption(caption), '');
        else {
          const style = rnd();
          // A hard-wrapped page sets a caption in lines of the text's width too.
          const captionLines = (text: string) => (layout.wrapped ? hardWrap(text, wrapWidth, false) : [text]);
          if (caption.credit && style < 0.5) out.push(...captionLines(`${caption.text} ${caption.credit}`), '');
          else if (caption.credit && style < 0.75)
            out.push(...captionLines(`${caption.text}（${caption.credit}）`), '');
          else if (caption.credit) {
            const name = caption.credit.replace(/^本报记者 | 摄$/g, '');
            const credited = /供图|提供/.test(name);
            out.push(...captionLines(caption.text), '', credited ? name : `${name}/摄`, '');
            caption.credit = credited ? name : `${name} 摄`;
          } else out.push(...captionLines(caption.text), '');
        }
      }
      if (paragraph.startsWith('## ')) {
        const head = paragraph.slice(3);
        story.body.push(head);
        story.heads.push(head);
        out.push(debris(markHead(head), true), '');
        continue;
      }
      if (!caption && marked(0.05)) out.push(picture(), '');
      // A story continued from another page says so over its text: （上接第1版）, on a line of its
      // own or, as some OCR tools join it, before the text's first words.
      let [before, after] = ['', ''];
      if (i === firstText && index > 0 && layout.furniture && chance(0.15)) {
        const jump = `（上接${pick(['第1版', '第一版', 'A1版'])}）`;
        if (jumpRnd() < 0.4) before = jump;
        else {
          furniture.push(jump);
          out.push(jump, '');
        }
      }
      // And one going on elsewhere, after its last words on this page: （下转第2版）.
      if (i === lastText && layout.furniture && !endLines.length && !/[·）)]$/u.test(paragraph) && jumpRnd() < 0.12)
        after = `${jumpRnd() < 0.5 ? '' : ' '}${pickJump(['（下转第2版）', '(下转第二版)', '（转第3版）', '（下转A2版）'])}`;
      if (i === lastText && (pointer || editors)) {
        // A pointer on a line of its own is page furniture.
        const [mark, line] = pointer.split('\n');
        after = editors || mark!;
        if (line) {
          furniture.push(line);
          endMarks.push(line);
        }
      }
      story.body.push(paragraph.replace(/·[^·]*·$|（[^（）]*文\/图）$/u, '').replace(/^本报讯(（[^）]*）)?\s*/u, ''));
      if (layout.wrapped) {
        out.push(...wrapLines(before + paragraph + after));
        if (wrapBlanks) out.push('');
        continue;
      }
      const pieces = paragraphLines(paragraph);
      pieces[0] = before + pieces[0]!;
      pieces[pieces.length - 1] += after;
      for (const [j, piece] of pieces.entries()) {
        out.push(markText(debris(piece, false), j === 0), '');
        if (j < pieces.length - 1 && layout.breaks && chance(0.3)) blank(1 + Math.floor(rnd() * 2));
      }
    }
    if (sourceNote) {
      story.body.push(sourceNote);
      out.push(sourceNote, '');
    }
    for (const mark of endMarks) {
      out.push(mark, '');
      if (/完/u.test(mark)) story.body.push(mark);
    }
    // An appendix after the text: 附：…名单, a head for each list, rows of names or units wide apart.
    if (layout.lists && lastText >= 0 && !cutOff && !endMarks.length && chance(0.35)) {
      const listTitle = pick(['受表彰名单', '获奖名单', '表彰名单', '先进典型名单']);
      const opener = rnd();
      const appendix =
        opener < 0.6 ? [`附：${listTitle}`] : opener < 0.8 ? [`附件：${listTitle}`] : ['附：', `${listTitle}`];
      const groups = 1 + Math.floor(rnd() * 2);
      for (let g = 0; g < groups; g++) {
        const units = g === 0 && chance(0.4);
        const items = units
          ? [...new Set(Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => `${pick(UNITS)}${pick(UNIT_KINDS)}`))]
          : [...new Set(Array.from({ length: 3 + Math.floor(rnd() * 8) }, listedName))];
        if (groups > 1 || chance(0.7))
          appendix.push(
            `${units ? '先进基层党组织' : pick(['优秀共产党员', '优秀党务工作者'])}（${items.length}${units ? '个' : '名'}）`,
          );
        const perRow = units ? 2 + Math.floor(rnd() * 2) : 3 + Math.floor(rnd() * 4);
        // Names may stand a space or a 、 apart; units only wide apart.
        const gap = pick(units ? ['  ', '\u3000', '   '] : ['  ', '\u3000', '   ', ' ', '、']);
        for (let at = 0; at < items.length; at += perRow) appendix.push(items.slice(at, at + perRow).join(gap));
      }
      const apart = chance(0.5);
      for (const line of appendix) out.push(line, ...(apart ? [''] : []));
      if (!apart) out.push('');
      story.body.push(...appendix);
    }
    story.body.unshift(...editorsNote);
    if (opening) story.body.unshift(opening);
    for (const line of endLines) out.push(line, '');
    aboveEnded = lastText >= 0 && !cutOff;
  }
  if (layout.frontPage && aboveEnded && chance(0.35)) {
    blank();
    printPictureItem();
  }
  if (layout.newsroom && chance(0.4)) {
    // A column of briefs after the stories, under its label: each brief its title and then its
    // text (a story's first paragraph) on one line; bare only before a news item's opening.
    const briefs = sources
      .filter((s) => !chosen.includes(s) && !listed.has(s) && /^[\p{Script=Han}“”0-9]{4,30}$/u.test(s.title))
      .filter((s) => s.body[0] && !s.body[0].startsWith('## '))
      .slice(0, 2 + Math.floor(rnd() * 2));
    if (briefs.length >= 2) {
      blank(2);
      out.push(pick(['党建简讯', '简讯', '【园区简讯】', '党建动态']), '');
      for (const brief of briefs) {
        const text = brief.body[0]!;
        const form = rnd();
        const line =
          form < 0.6
            ? `${pick(['■', '●', '◆'])}${brief.title} ${text}`
            : form < 0.85 || !OPENS_AS_NEWS.test(text)
              ? `【${brief.title}】${text}`
              : `${brief.title} ${text}`;
        out.push(line, '');
        stories.push({ id: brief.id, title: brief.title, body: [text], heads: [], captions: [], credits: [] });
      }
    }
  }
  if (layout.debris && chance(0.5)) {
    // A stray mark is a block of its own, after a blank line like every block of the page: spliced
    // in between a line and the blank after it, it would add a second blank line after that
    // paragraph, a gap the OCR tool leaves only around photos and captions.
    const at = Math.floor(rnd() * out.length);
    const boundary = out.findIndex((line, i) => i >= at && line === '') + 1 || out.length;
    out.splice(boundary, 0, pick(['H', 'A', '启', '#']), '');
  }
  // Most hard-wrapped pages set no blank line anywhere.
  if (layout.wrapped && !wrapBlanks) out.splice(0, out.length, ...out.filter((line) => line !== ''));
  if (layout.wrapped && wrapEveryLine) out.splice(0, out.length, ...out.flatMap((line) => [line, '']));
  const foot = (out as string[] & { foot?: string[] }).foot ?? [];
  for (const line of foot) {
    furniture.push(line);
    out.push('', line);
  }
  // Spaced-out type: a space between every two characters, three for a space the line prints.
  const spaced = (line: string) =>
    line
      .split(' ')
      .map((word) => [...word].join(' '))
      .join('   ');
  return {
    family,
    seed,
    text: `${(layout.letterSpaced ? out.map(spaced) : out).join('\n')}\n`,
    stories,
    pictureItems,
    furniture,
    footFurniture: foot.length,
  };
}
