/**
 * People in the credits: the writers, photographers, editors and layout staff named in the
 * bylines and under the photo captions. The article keeps its credit exactly as printed;
 * this module only decides, by rules on the credit text, which person a credit names, so
 * that one person's work can be listed together.
 *
 * - A name is the credit's name without what the page prints around it: titles (本报记者,
 *   通讯员, 记者…, another outlet's: 新华社记者), role words with their separator (摄影 ▶, 文/图), the marks ▶ and brackets,
 *   a trailing 摄 / 报道 (set apart or not), and spaces OCR puts inside Chinese names.
 * - What is left is a person only if it has the shape of a personal name (2–4 Han characters,
 *   Han parts joined by ·, or a Latin-script name) and is neither a section label (绪言, 编者按…)
 *   nor an organisation (…供图, …管委会, …高新区). Every credit that is not a person is still
 *   listed on the index with the reason, so nothing is dropped unseen.
 * - The same name is one person whatever the role. Two people who share a name are told
 *   apart by the credit's optional `id`, never guessed: once one credit of a name has an id,
 *   all must. A credit with an id is a person whatever the rules say (the editor decided).
 */
import { slug as githubSlug } from 'github-slugger';
import type { ArchiveDate } from './dates.ts';
import { MEDIA_REPORTER, OUTLET_REPORTER as OUTLET } from './ingest/bylines.ts';

export type Role = 'writer' | 'photographer' | 'editor' | 'layout';

/** The role as readers see it: the kind of work, never the label printed before the name. */
export const ROLE_NAMES: Record<Role, string> = {
  writer: '文字',
  photographer: '摄影',
  editor: '编辑',
  layout: '组版',
};

export const ROLES = Object.keys(ROLE_NAMES) as Role[];

// Titles printed before a name, glued to it or not ("记者宋显晖", "本报记者 宋一诺").
// Longest first, so 本报记者 is not read as 本报 + 记者.
const TITLES = [
  '本报特约评论员',
  '本报首席记者',
  '本报特约通讯员',
  '本报特约记者',
  '本报通讯员',
  '本报实习生',
  '本报评论员',
  '本报记者',
  '本报讯',
  '特约通讯员',
  '特约评论员',
  '特约撰稿人',
  '特约记者',
  '见习记者',
  '实习记者',
  '首席记者',
  '通讯员',
  '实习生',
  '评论员',
  '撰稿人',
  '记者',
];

// Role words, stripped only when a separator follows (文 and 图 are also surnames: 文静).
const ROLE_WORDS = [
  '责任编辑',
  '图片来源',
  '本版图片来源',
  '本版编辑',
  '文字',
  '文图',
  '图文',
  '文/图',
  '图/文',
  '摄影',
  '撰写',
  '撰文',
  '采写',
  '编辑',
  '责编',
  '组版',
  '美编',
  '校对',
  '作者',
  '来源',
  '摄',
  '文',
  '图',
];

// Words that head a part of an article or a kind of item: printed where a byline stands
// (▶ 绪言 张嘉村), they are labels, not people.
const SECTION_LABELS = new Set([
  '绪言',
  '序言',
  '前言',
  '引言',
  '导语',
  '导读',
  '按语',
  '编者按',
  '编按',
  '编后',
  '编后语',
  '后记',
  '结语',
  '附言',
  '综述',
  '述评',
  '短评',
  '评论',
  '社论',
  '时评',
  '快讯',
  '简讯',
  '消息',
  '通讯',
  '专稿',
  '特稿',
  '链接',
  '相关链接',
  '背景',
  '新闻',
  '图片新闻',
  '本报',
  '本版',
]);

// An organisation credited for photos or text: "…供图", or a name ending in an
// institution's word. Short suffixes count only on longer names (3+ characters), since
// some personal names end in them.
const ORGANISATION_ENDINGS = ['供图', '供稿', '提供', '图片'];
const INSTITUTION_WORDS =
  /(高新区|开发区|新区|管委会|委员会|办公室|公司|集团|中心|研究院|协会|学会|报社|电视台|融媒体|区|局|委|办|厅|处|院|所|部|社|站|台|网|报|队|校|馆)$/u;

const MARKS = /[▶►▸▹▷→⇒■□●○◆◇★☆※|｜]/gu;
const BRACKETS = /[（）()【】[\]〔〕「」『』《》<>]/gu;
const SEPARATOR = String.raw`[\s:：/／▶►,，、;；]`;
const HAN = String.raw`\p{Script=Han}`;
const NAME_DOT = /[·•・‧]/gu;

export type NotAPersonReason = 'empty' | 'section-label' | 'organisation' | 'not-a-name';

export const NOT_A_PERSON_REASONS: Record<NotAPersonReason, string> = {
  empty: '只有称谓或标注，没有姓名',
  'section-label': '栏目或段落标签，不是人名',
  organisation: '单位或机构，不是个人',
  'not-a-name': '不具人名的形式',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const TITLE_PREFIX = new RegExp(`^(?:${TITLES.map(escape).join('|')})${SEPARATOR}*`, 'u');
// Another outlet's reporter, as front pages credit the photos they print: 新华社记者, 经济日报记者,
// 高新区融媒体中心记者.
const OUTLET_REPORTER = `${MEDIA_REPORTER}|${OUTLET}`;
const OUTLET_TITLE = new RegExp(`^(?:${OUTLET_REPORTER})${SEPARATOR}*`, 'u');
// A reporter or correspondent who supplied the photo (通讯员 王五 供图): a person, where 高新区供图 is not.
const TITLED_SUPPLIER = new RegExp(
  `^((?:${TITLES.map(escape).join('|')}|${OUTLET_REPORTER})${SEPARATOR}*${HAN}{2,4})\\s*供图$`,
  'u',
);
const ROLE_PREFIX = new RegExp(`^(?:${ROLE_WORDS.map(escape).join('|')})${SEPARATOR}+`, 'u');
const ROLE_SUFFIX = new RegExp(`${SEPARATOR}+(?:${ROLE_WORDS.map(escape).join('|')}|报道)$`, 'u');
const REPORTED = new RegExp(`(?<=${HAN}{2})报道$`, 'u');
// 摄 set right after the name, as many papers print a photo's credit (新华社记者 李四摄).
const SHOT_BY = new RegExp(`(?<=${HAN}{2})摄$`, 'u');
const EDGE_SEPARATORS = new RegExp(`^${SEPARATOR}+|${SEPARATOR}+$`, 'gu');
const SPACE_IN_HAN = new RegExp(`(?<=${HAN})\\s+(?=${HAN})`, 'gu');

/**
 * The name a credit gives, without titles, role words, marks and brackets; an empty string
 * when the credit holds nothing else ("本报讯 记者"). Idempotent.
 */
export function normalisePersonName(raw: string): string {
  let name = raw
    .normalize('NFKC')
    .replace(MARKS, ' ')
    .replace(BRACKETS, ' ')
    .replace(NAME_DOT, '·')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(TITLED_SUPPLIER, '$1');
  // Role words go only before a separator, so spaces inside Han text are closed up last in
  // each round, and the rounds repeat until nothing changes (which makes this idempotent).
  for (let previous = ''; previous !== name;) {
    previous = name;
    name = name
      .replace(TITLE_PREFIX, '')
      .replace(OUTLET_TITLE, '')
      .replace(ROLE_PREFIX, '')
      .replace(ROLE_SUFFIX, '')
      .replace(REPORTED, '')
      .replace(SHOT_BY, '')
      .replace(EDGE_SEPARATORS, '')
      .trim();
    // A title or role word standing alone is not a name.
    if (TITLES.includes(name) || ROLE_WORDS.includes(name)) name = '';
    if (name === previous) name = name.replace(SPACE_IN_HAN, '');
  }
  return name;
}

const HAN_NAME = new RegExp(`^${HAN}{2,4}$`, 'u');
const DOTTED_NAME = new RegExp(`^${HAN}+(?:·${HAN}+)+$`, 'u');
const LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}.'’ -]*\p{Script=Latin}\.?$/u;

export type NameVerdict = { person: true; name: string } | { person: false; name: string; reason: NotAPersonReason };

/** Whether a credit's name names a person, and which name, by the rules at the top of this module. */
export function classifyCreditName(raw: string): NameVerdict {
  const name = normalisePersonName(raw);
  if (!name) return { person: false, name, reason: 'empty' };
  if (SECTION_LABELS.has(name)) return { person: false, name, reason: 'section-label' };
  if (ORGANISATION_ENDINGS.some((e) => name.endsWith(e))) return { person: false, name, reason: 'organisation' };
  if ([...name].length >= 3 && INSTITUTION_WORDS.test(name)) return { person: false, name, reason: 'organisation' };
  if (HAN_NAME.test(name) || DOTTED_NAME.test(name) || LATIN_NAME.test(name)) return { person: true, name };
  return { person: false, name, reason: 'not-a-name' };
}

/**
 * The path segment of a person's page: the name as GitHub and rehype-slug make heading
 * ids (Chinese kept, Latin lower-cased, spaces to -, punctuation dropped), then the id if the
 * credit has one. It depends on nothing but the name and the id, so it stays the same as
 * the archive grows.
 */
export function personSlug(name: string, id?: string): string {
  const base = githubSlug(name);
  return id ? `${base}-${id}` : base;
}

export interface CreditLike {
  role: Role;
  name: string;
  id?: string | undefined;
}

export interface PeopleSourceArticle {
  id: string;
  date: ArchiveDate;
  credits: readonly CreditLike[];
  captions?: readonly { credit?: string | undefined }[] | undefined;
}

export interface PersonCredit<A> {
  article: A;
  role: Role;
  /** Where the page prints it: in the byline, or after a photo's caption. */
  from: 'credit' | 'caption';
  /** The credit as the article holds it, index into credits or captions. */
  index: number;
}

export interface Person<A> {
  /** name, or name + id: what tells two people apart. */
  key: string;
  slug: string;
  name: string;
  id?: string | undefined;
  roles: Role[];
  credits: PersonCredit<A>[];
  /** Each article once, in the order given. */
  articles: A[];
}

export interface NotAPerson<A> {
  printed: string;
  reason: NotAPersonReason;
  articles: A[];
}

export interface PeopleIndex<A> {
  people: Person<A>[];
  notPeople: NotAPerson<A>[];
  /** The person a credit (by its index in credits) or a caption credit (in captions) names, if any. */
  personOf(articleId: string, from: 'credit' | 'caption', index: number): Person<A> | undefined;
}

/** A credit the index cannot place without guessing: the article, the field, and why. */
export class PeopleError extends Error {
  readonly articleId: string;
  readonly field: string;
  readonly reason: string;
  constructor(articleId: string, field: string, reason: string) {
    super(`${articleId}: ${field}: ${reason}`);
    this.articleId = articleId;
    this.field = field;
    this.reason = reason;
  }
}

const personKey = (name: string, id?: string) => (id ? `${name}#${id}` : name);

/**
 * Every person named in the articles' credits and caption credits, in the order of their
 * names (pinyin-free: by code point, so the order never depends on a locale), each with the
 * articles in the order given. Throws, naming the article and credit, where a name is
 * sometimes told apart by an id and sometimes not, or where two people would share a URL.
 */
export function peopleIndex<A extends PeopleSourceArticle>(
  articles: readonly A[],
  captionsOf: (article: A) => PeopleSourceArticle['captions'] = (article) => article.captions,
): PeopleIndex<A> {
  const people = new Map<string, Person<A>>();
  const notPeople = new Map<string, NotAPerson<A>>(); // by the name as printed
  const byArticle = new Map<string, Record<'credit' | 'caption', (Person<A> | undefined)[]>>();
  const withId = new Map<string, string>();
  const withoutId = new Map<string, string>();
  const verdicts = new Map<string, NameVerdict>();

  const add = (article: A, raw: string, role: Role, from: 'credit' | 'caption', index: number, id?: string) => {
    const where = () => `${from === 'credit' ? 'credits' : 'captions'}[${index}]`;
    // The same few names fill most credits: each printed form is classified once.
    let verdict = verdicts.get(raw);
    if (!verdict) verdicts.set(raw, (verdict = classifyCreditName(raw)));
    const name = verdict.name;
    if (!verdict.person && !id) {
      let entry = notPeople.get(raw);
      if (!entry) notPeople.set(raw, (entry = { printed: raw, reason: verdict.reason, articles: [] }));
      // An article's credits come together, so a repeat is always the last one added.
      if (entry.articles.at(-1) !== article) entry.articles.push(article);
      return;
    }
    if (!name) throw new PeopleError(article.id, `${where()}.id`, `"${raw}" 去掉称谓后没有姓名，不能带 id`);
    const firstSeen = id ? withId : withoutId;
    if (!firstSeen.has(name)) firstSeen.set(name, `${article.id} ${where()}`);
    if (id && withoutId.has(name)) {
      throw new PeopleError(
        article.id,
        `${where()}.id`,
        `姓名“${name}”在 ${withoutId.get(name)} 没有 id；同名者一旦以 id 区分，每条署名都须写 id (give every credit of this name an id)`,
      );
    }
    if (!id && withId.has(name)) {
      throw new PeopleError(
        article.id,
        `${where()}.id`,
        `姓名“${name}”在 ${withId.get(name)} 以 id 区分；此处也须写 id (give every credit of this name an id)`,
      );
    }
    const key = id ? personKey(name, id) : name;
    let person = people.get(key);
    if (!person) {
      person = { key, slug: personSlug(name, id), name, id, roles: [], credits: [], articles: [] };
      people.set(key, person);
    }
    if (!person.roles.includes(role)) person.roles.push(role);
    person.credits.push({ article, role, from, index });
    if (person.articles.at(-1) !== article) person.articles.push(article);
    let named = byArticle.get(article.id);
    if (!named) byArticle.set(article.id, (named = { credit: [], caption: [] }));
    named[from][index] = person;
  };

  for (const article of articles) {
    article.credits.forEach((credit, i) => add(article, credit.name, credit.role, 'credit', i, credit.id));
    captionsOf(article)?.forEach((caption, i) => {
      if (caption.credit) add(article, caption.credit, 'photographer', 'caption', i);
    });
  }

  const sorted = [...people.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const slugs = new Map<string, Person<A>>();
  for (const person of sorted) {
    person.roles.sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
    const other = slugs.get(person.slug);
    if (other || !person.slug) {
      const { article, from, index } = person.credits[0]!;
      throw new PeopleError(
        article.id,
        `${from === 'credit' ? 'credits' : 'captions'}[${index}].name`,
        `“${person.name}”与“${other?.name ?? ''}”的网址同为 /people/${person.slug}/：请用署名的 id 区分 (give one of them an id)`,
      );
    }
    slugs.set(person.slug, person);
  }
  return {
    people: sorted,
    notPeople: [...notPeople.values()].sort((a, b) => (a.printed < b.printed ? -1 : a.printed > b.printed ? 1 : 0)),
    personOf: (articleId, from, index) => byArticle.get(articleId)?.[from][index],
  };
}

/** The articles of one person in one role, grouped by year, years in order given. */
export function workByRoleAndYear<A extends PeopleSourceArticle>(
  person: Person<A>,
): { role: Role; years: { year: number; articles: A[] }[] }[] {
  return person.roles.map((role) => {
    const years = new Map<number, A[]>();
    for (const credit of person.credits) {
      if (credit.role !== role) continue;
      const list = years.get(credit.article.date.year) ?? [];
      if (list.at(-1) !== credit.article) list.push(credit.article);
      years.set(credit.article.date.year, list);
    }
    return { role, years: [...years].map(([year, articles]) => ({ year, articles })) };
  });
}

export interface WorkEntry<A> {
  role: Role;
  year: number;
  article: A;
}

/**
 * A person's work as one list for a paginated page: role by role (文字, 摄影, 编辑, 组版),
 * newest year first, newest article first; the articles must be given in chronological
 * order (as peopleIndex keeps them when fed the archive's order). An article credited in
 * two roles stands under each.
 */
export function personWorkEntries<A extends PeopleSourceArticle>(person: Person<A>): WorkEntry<A>[] {
  return workByRoleAndYear(person).flatMap(({ role, years }) =>
    [...years]
      .reverse()
      .flatMap(({ year, articles }) => [...articles].reverse().map((article) => ({ role, year, article }))),
  );
}

/** Consecutive entries under their role and year headings, for one page of the list. */
export function groupWorkEntries<A>(
  entries: readonly WorkEntry<A>[],
): { role: Role; years: { year: number; articles: A[] }[] }[] {
  const groups: { role: Role; years: { year: number; articles: A[] }[] }[] = [];
  for (const { role, year, article } of entries) {
    let group = groups.at(-1);
    if (group?.role !== role) groups.push((group = { role, years: [] }));
    let bucket = group.years.at(-1);
    if (bucket?.year !== year) group.years.push((bucket = { year, articles: [] }));
    bucket.articles.push(article);
  }
  return groups;
}

/**
 * A credit as printed, cut around the first occurrence of a person's name, so the name can link
 * to their page while the text around it stays as printed ("摄影 宋显晖" → "摄影 ", "宋显晖", "");
 * undefined when the credit does not hold the name as such.
 */
export function splitAtName(credit: string, name: string): { before: string; name: string; after: string } | undefined {
  const at = name ? credit.indexOf(name) : -1;
  return at < 0 ? undefined : { before: credit.slice(0, at), name, after: credit.slice(at + name.length) };
}
