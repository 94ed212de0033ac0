/**
 * The searchable text of an article, as the reader sees it: headline parts, then the body's
 * headings and paragraphs in order. Exactly what the article page marks with data-search-source.
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

export function articleSegments(headline: HeadlineParts, markdown: string): BodySegment[] {
  const head: BodySegment[] = [];
  if (headline.kicker) head.push({ kind: 'kicker', text: headline.kicker });
  head.push({ kind: 'title', text: headline.title });
  if (headline.subtitle) head.push({ kind: 'subtitle', text: headline.subtitle });
  return [...head, ...bodySegments(markdown)];
}
