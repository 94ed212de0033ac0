/**
 * Article bodies are Markdown only. Raw HTML in a body could execute or break the page,
 * so it is rejected at build time rather than escaped: an editor must see and fix it.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';

export interface RawHtmlFinding {
  line: number;
  html: string;
}

interface MdNode {
  type: string;
  value?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
}

export interface MarkdownInspection {
  rawHtml: RawHtmlFinding[];
  /** Lines of level-1 headings: a # heading would compete with the headline; section heads are ##. */
  topLevelHeadings: number[];
}

/** One parse for every check of a body: the archive will hold tens of thousands of them. */
export function inspectMarkdown(markdown: string): MarkdownInspection {
  const inspection: MarkdownInspection = { rawHtml: [], topLevelHeadings: [] };
  const visit = (node: MdNode & { depth?: number }) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'html') inspection.rawHtml.push({ line, html: (node.value ?? '').slice(0, 80) });
    if (node.type === 'heading' && node.depth === 1) inspection.topLevelHeadings.push(line);
    node.children?.forEach(visit);
  };
  visit(fromMarkdown(markdown) as MdNode);
  return inspection;
}

export function findRawHtml(markdown: string): RawHtmlFinding[] {
  return inspectMarkdown(markdown).rawHtml;
}

export function findTopLevelHeadings(markdown: string): number[] {
  return inspectMarkdown(markdown).topLevelHeadings;
}
