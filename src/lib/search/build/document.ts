/**
 * The searchable text of an article, as the reader sees it: headline parts, the body's headings
 * and paragraphs in order, the photo captions, and the names in the credits. Exactly what the
 * article page marks with data-search-source.
 */
import GithubSlugger from 'github-slugger';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { BodySegment, SegmentKind } from '../shared/text.ts';

interface MdNode {
  type: string;
  depth?: number;
  value?: string;
  children?: MdNode[];
}

function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return '\n';
  return (node.children ?? []).map(plainText).join('');
}

/** Headings and paragraphs of a Markdown body; list items and quotes count as paragraphs. */
export function bodySegments(markdown: string): BodySegment[] {
  const slugger = new GithubSlugger();
  const segments: BodySegment[] = [];
  const visit = (node: MdNode) => {
    if (node.type === 'heading') {
      const text = plainText(node).trim();
      const kind: SegmentKind = node.depth === 2 ? 'h2' : 'h3';
      if (text) segments.push({ kind, text, slug: slugger.slug(text) });
    } else if (node.type === 'paragraph') {
      const text = plainText(node).trim();
      if (text) segments.push({ kind: 'p', text });
    } else node.children?.forEach(visit);
  };
  visit(fromMarkdown(markdown) as MdNode);
  return segments;
}

export interface HeadlineParts {
  kicker?: string | undefined;
  title: string;
  subtitle?: string | undefined;
}

export type CreditRole = 'writer' | 'photographer' | 'editor' | 'layout';

/** The frontmatter an article's searchable text comes from (src/content.config.ts). */
export interface ArticleParts extends HeadlineParts {
  captions?: readonly { text: string; credit?: string | undefined }[] | undefined;
  credits?: readonly { role: CreditRole; label?: string | undefined; name: string }[] | undefined;
}

/** What a credit is called where its printed label is no word (▶) or missing. */
const ROLE_LABELS: Record<CreditRole, string> = {
  writer: '作者',
  photographer: '摄影',
  editor: '编辑',
  layout: '组版',
};

/** A credit's label as a result shows it: the word printed before the name, else its role. */
export function creditLabel(credit: { role: CreditRole; label?: string | undefined }): string {
  const printed = credit.label?.trim();
  return printed && /\p{Script=Han}/u.test(printed) ? printed : ROLE_LABELS[credit.role];
}

/**
 * Headline parts, then the body, then each caption (its credit line, as the page prints it in
 * brackets, a segment of its own), then each credit's name: every one a segment, so no match
 * runs from one into the next.
 */
export function articleSegments(article: ArticleParts, markdown: string): BodySegment[] {
  const head: BodySegment[] = [];
  if (article.kicker) head.push({ kind: 'kicker', text: article.kicker });
  head.push({ kind: 'title', text: article.title });
  if (article.subtitle) head.push({ kind: 'subtitle', text: article.subtitle });
  const captions: BodySegment[] = (article.captions ?? []).flatMap((caption) => [
    { kind: 'caption' as const, text: caption.text },
    ...(caption.credit?.trim() ? [{ kind: 'caption' as const, text: `（${caption.credit.trim()}）` }] : []),
  ]);
  const credits: BodySegment[] = (article.credits ?? [])
    .filter((credit) => credit.name.trim())
    .map((credit) => ({ kind: 'credit', text: credit.name, label: creditLabel(credit) }));
  return [...head, ...bodySegments(markdown), ...captions, ...credits];
}
