/** Names and wording used across the site. */
export const SITE = {
  name: '高新区党建新闻档案',
  shortName: '党建档案',
  description:
    '国家高新区党建新闻的数字档案：报纸版面的OCR文本整理成文，可按园区、活动、日期、报纸浏览，支持中文全文检索。',
  pageSize: 20,
} as const;

export const ROLE_LABELS = {
  writer: '文',
  photographer: '图',
  editor: '编辑',
  layout: '组版',
} as const;
