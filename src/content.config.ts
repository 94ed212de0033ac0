/**
 * The one schema of the archive: articles, the raw sources they come from, and the
 * zones, campaigns, topics and newspapers they name. Every rule an editor must follow
 * is stated here; a file that breaks one fails the build with its path and field.
 */
// Plain module imports (not astro:content), so that tools such as `npm run review` can apply
// exactly this schema outside a build.
import { defineCollection } from 'astro/content/config';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { accentContrastProblem } from './lib/contrast.ts';
import { archiveDateProblem } from './lib/dates.ts';
import { contentPath } from './lib/content-paths.ts';
import { LIMITS } from './lib/article-files.ts';
import { checkedArticleLoader, readDataIds } from './lib/content-checks.ts';

const text = z.string().trim().min(1);

/** A data file's id: it becomes a URL. */
const dataId = z.string().regex(/^[a-z0-9-]+$/, 'id 应为小写字母、数字和 - (lowercase ASCII slug)');

export const zoneSchema = z.strictObject({
  id: dataId,
  name: text,
  fullName: text,
  kind: z.enum(['国家高新区', '国家级新区', '城市']),
  province: text,
  city: text,
  aliases: z.array(text).default([]),
  /** Accent colour of the zone's themed page, readable on its light grounds (contrast.ts; the dark scheme's mix always is). */
  accent: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, '应为 #rrggbb 形式的颜色，如 "#b42318" (a #rrggbb colour)')
    .superRefine((accent, ctx) => {
      const problem = accentContrastProblem(accent);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  description: text,
});

export const campaignSchema = z.strictObject({
  id: dataId,
  name: text,
  aliases: z.array(text).default([]),
  period: text.optional(),
  description: text,
});

export const topicSchema = z.strictObject({
  id: dataId,
  name: text,
});

export const newspaperSchema = z.strictObject({
  id: dataId,
  name: text,
  aliases: z.array(text).default([]),
  description: text,
});

// Each data file checked against its schema here, each problem at its line, before the articles' ids are read from it.
const zoneIds = readDataIds(contentPath('zones'), zoneSchema);
const campaignIds = readDataIds(contentPath('campaigns'), campaignSchema);
const topicIds = readDataIds(contentPath('topics'), topicSchema);
const newspaperIds = readDataIds(contentPath('newspapers'), newspaperSchema);

/** An id that must be listed in one of the data files; the message lists what exists. */
const idFrom = (ids: string[], what: string) =>
  z.string().refine((id) => ids.includes(id), {
    error: (issue) => `未知的${what} "${String(issue.input)}"；可用：${ids.join(', ')}`,
  });

/** Text shown on one line (a headline part, a credit): a line break in it is layout, not wording. */
const oneLine = text.refine((value) => !/[\r\n\u2028\u2029]/.test(value), {
  error: '不能换行：印在两行的标题或署名也写成一行，需要时以空格隔开 (one line only)',
});

/** A headline part: one printed line or two, never a paragraph (see LIMITS in lib/article-files.ts). */
const headline = oneLine.refine((value) => [...value].length <= LIMITS.headlineChars, {
  error: (issue) =>
    `标题行共 ${[...String(issue.input)].length} 字，超过上限 ${LIMITS.headlineChars} 字 (headline too long)`,
});

const credit = z.strictObject({
  role: z.enum(['writer', 'photographer', 'editor', 'layout']),
  /**
   * The word printed before the name: 撰写, 采写, 摄影, 编辑, ▶; or around it, with … where the
   * name stands: 本版图片由…提供.
   */
  label: oneLine.optional(),
  /** e.g. 本报记者 */
  title: oneLine.optional(),
  name: oneLine,
  /**
   * Tells apart two people who share a name: the same id on every credit of one person
   * (lowercase ASCII, e.g. li-ming-jining). Once one credit of a name has an id, all must.
   * A credit with an id is always listed as a person, whatever the name looks like.
   */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '署名 id 应为小写字母、数字，用 - 连接 (lowercase ASCII slug)')
    .optional(),
});

const caption = z.strictObject({
  text,
  credit: text.optional(),
});

const correction = z.strictObject({
  /** Exactly as in the OCR source, so the check can find it there. */
  original: z.string().min(1),
  /** Exactly as it stands in the article. */
  corrected: z.string(),
  note: text.optional(),
});

/**
 * Lines of the page's OCR text that no story holds on purpose (an advertisement, a jump line, a
 * story the archive does not keep): by their numbers in content/sources/<source>.txt, which is
 * pinned, so they never move. The build refuses a line no story holds unless it is recorded
 * here (src/lib/left-out-lines.ts).
 */
const omittedLines = z.strictObject({
  lines: z.union([
    z.number().int().positive(),
    z.string().regex(/^\s*\d+\s*(?:[-–]\s*\d+\s*)?$/, '应为行号 57 或行号范围 "57-60" (a line or a range of lines)'),
  ]),
  reason: text,
});

export const articleSchema = z
  .strictObject({
    /** Written by `npm run ingest`: excluded from the site, checked loosely until an editor removes it. */
    draft: z.literal(true).optional(),
    kicker: headline.optional(),
    title: headline,
    subtitle: headline.optional(),
    date: z.string().superRefine((value, ctx) => {
      const problem = archiveDateProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    dateEvidence: text.optional(),
    source: z.string().regex(/^[\w.-]+$/, '来源应为 content/sources/ 下的文件名（不含 .txt）'),
    order: z.number().int().positive(),
    newspaper: idFrom(newspaperIds, '报纸').optional(),
    newspaperPrinted: z.boolean(),
    newspaperNote: text.optional(),
    page: text.optional(),
    pageName: text.optional(),
    column: text.optional(),
    zone: idFrom(zoneIds, '园区').optional(),
    relatedZones: z.array(idFrom(zoneIds, '园区')).default([]),
    campaigns: z.array(idFrom(campaignIds, '活动')).default([]),
    topics: z.array(idFrom(topicIds, '话题')).default([]),
    credits: z.array(credit).default([]),
    captions: z.array(caption).default([]),
    corrections: z.array(correction).default([]),
    editorialNotes: z.array(text).default([]),
    /**
     * The story goes on on another page of the same issue (…（下转第2版）): the id of the
     * article that holds it there. Its page links back (lib/continuations.ts checks the link).
     */
    continuedIn: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '应为续文那篇文章的 id，即其文件名（不含 .md） (an article id)')
      .optional(),
    /** Why the story has no body text (a photo item printed with its caption only). */
    emptyBody: text.optional(),
    /**
     * The body's paragraphs or sections stand in another order than on the page (OCR
     * reading order, a section printed out of sequence); an editorial note says why.
     */
    reordered: z.literal(true).optional(),
    omittedLines: z.array(omittedLines).default([]),
  })
  .superRefine((article, ctx) => {
    // A draft may still lack what an editor has to decide; a published article may not.
    if (article.draft) return;
    if (!article.zone) ctx.addIssue({ code: 'custom', path: ['zone'], message: '缺少主园区 (zone is required)' });
    if (article.topics.length === 0)
      ctx.addIssue({ code: 'custom', path: ['topics'], message: '至少需要一个话题 (at least one topic)' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(article.date) && !article.dateEvidence) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateEvidence'],
        message: `估计日期 "${article.date}" 必须在 dateEvidence 中写明依据 (an approximate date needs its evidence)`,
      });
    }
    if ((!article.newspaper || !article.newspaperPrinted) && !article.newspaperNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['newspaperNote'],
        message: '报名未印或未知时，必须在 newspaperNote 中说明 (say why the newspaper is unknown or unprinted)',
      });
    }
    if (article.reordered && article.editorialNotes.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['reordered'],
        message: 'reordered: true 须在 editorialNotes 中说明调整了什么、为什么 (say why in editorialNotes)',
      });
    }
    if (article.zone && article.relatedZones.includes(article.zone)) {
      ctx.addIssue({
        code: 'custom',
        path: ['relatedZones'],
        message: `主园区 ${article.zone} 不应重复列在 relatedZones`,
      });
    }
  });

const articles = defineCollection({
  loader: checkedArticleLoader(articleSchema, { zoneIds, campaignIds, topicIds, newspaperIds }),
  schema: articleSchema,
});

export const collections = {
  articles,
  zones: defineCollection({ loader: file(contentPath('zones')), schema: zoneSchema }),
  campaigns: defineCollection({ loader: file(contentPath('campaigns')), schema: campaignSchema }),
  topics: defineCollection({ loader: file(contentPath('topics')), schema: topicSchema }),
  newspapers: defineCollection({ loader: file(contentPath('newspapers')), schema: newspaperSchema }),
};
