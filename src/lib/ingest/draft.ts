/**
 * A draft article from a split story: frontmatter with what could be recognised (suggestions
 * marked as such in YAML comments) and the body as Markdown. `draft: true` keeps it off the
 * site until an editor has checked it and deletes that line.
 */
import { markdownHeading, markdownText } from './markdown-text.ts';
import { hasBody, type DraftStory } from './split.ts';
import type { Suggestion } from './suggest.ts';
import { REST_OF_STORY } from './suspicions.ts';

export interface DraftContext {
  source: string;
  order: number;
  date: string;
  /** Newspaper id, or undefined when the name is not known. */
  newspaper?: string | undefined;
  newspaperPrinted: boolean;
  page?: string | undefined;
  /** Zone given on the command line; otherwise the best suggestion is used. */
  zone?: string | undefined;
  zones: Suggestion[];
  campaigns: Suggestion[];
  topics: Suggestion[];
  banner: string[];
  /** The 版名 the page prints on its 版次 line, if any. */
  pageName?: string | undefined;
  /** Zones the story names (as printed) that content/zones.yaml lacks. */
  unknownZones?: string[] | undefined;
  /** The part on another page of the issue its story goes on in (page-links.ts). */
  goesOnIn?: { id: string; page: string; mark: string } | undefined;
  /** The part on another page of the issue its story began in, and that part's headline. */
  restOf?:
    | {
        id: string;
        page: string;
        mark: string;
        headline: { kicker?: string | undefined; title: string; subtitle?: string | undefined };
      }
    | undefined;
}

/** JSON is valid YAML: strings stay quoted (a date stays a string), lists and credits stay on one line. */
const yamlValue = (value: unknown) => JSON.stringify(value);

export function draftSlug(source: string, order: number): string {
  return `${source}-${order}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function renderDraft(story: DraftStory, context: DraftContext): string {
  const zone = context.zone ?? context.zones[0]?.id;
  const related = context.zones.map((z) => z.id).filter((id) => id !== zone);
  const headline = story.headline;
  const lines: string[] = ['---', 'draft: true # 编辑核对后删去此行即发布'];
  const field = (name: string, value: unknown, comment?: string) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0 && !comment)) return;
    lines.push(`${name}: ${yamlValue(value)}${comment ? ` # ${comment}` : ''}`);
  };
  // The rest of a story from another page, under its jump line, prints no headline: it takes
  // its beginning's (content-checks.ts, headlineBefore), which ingest fills in when it found it.
  const before = headline ? undefined : context.restOf;
  const taken = before && `本篇${before.mark}：照第${before.page}版开头那篇 ${before.id} 所印`;
  field('kicker', before ? before.headline.kicker : headline?.kicker, taken ?? '引题（候选）');
  const restOfStory = story.continued?.some((jump) => jump.startsWith(REST_OF_STORY));
  field(
    'title',
    before?.headline.title ?? headline?.title ?? '（待定标题）',
    taken ??
      (headline ? '主题（候选）' : restOfStory ? `${REST_OF_STORY}：照那一版所印写开头那篇的标题` : '未识别出标题'),
  );
  field('subtitle', before ? before.headline.subtitle : headline?.subtitle, taken ?? '副题（候选）');
  field('date', context.date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(context.date)) lines.push('# dateEvidence: 估计日期须写明依据');
  field('source', context.source);
  field('order', context.order);
  field('newspaper', context.newspaper);
  field(
    'newspaperPrinted',
    context.newspaperPrinted,
    context.newspaperPrinted ? '版面文字中出现了报名' : '版面文字中未见报名，请核对',
  );
  if (!context.newspaper || !context.newspaperPrinted) lines.push('# newspaperNote: 报名未印或未知时须说明');
  field('page', context.page);
  field('pageName', context.pageName, '版名（候选，取自版次行）');
  field(
    'column',
    story.column ?? (context.banner.length ? context.banner.join(' ') : undefined),
    '栏目/专版刊头（候选）',
  );
  field('zone', zone, context.zone ? undefined : '建议：文中出现次数最多的园区');
  field('relatedZones', related, '建议');
  if (context.unknownZones?.length)
    lines.push(
      `# 文中提到、zones.yaml 未收录的园区：${context.unknownZones.join('、')}（先在 content/zones.yaml 添加，再填入 zone/relatedZones）`,
    );
  field(
    'campaigns',
    context.campaigns.map((c) => c.id),
    '建议',
  );
  field(
    'topics',
    context.topics.map((t) => t.id),
    '建议；发布前至少一个',
  );
  field('credits', story.credits);
  field('captions', story.captions);
  const goesOn = context.goesOnIn;
  field('continuedIn', goesOn?.id, goesOn && `本篇${goesOn.mark}在第${goesOn.page}版续完：续文是那篇（候选）`);
  for (const jump of story.continued ?? []) lines.push(`# 转版：${jump}`);
  // A picture item (图片新闻): the page prints its photos' captions and no text.
  if (!hasBody(story))
    field('emptyBody', '图片新闻：版面只印照片和说明', '候选：核对版面；若有正文，补全正文并删去此行');
  const markdown = (p: string) => (p.startsWith('## ') ? markdownHeading(p.slice(3)) : markdownText(p));
  lines.push('---', '', ...story.paragraphs.flatMap((p) => [markdown(p), '']));
  return lines.join('\n');
}
