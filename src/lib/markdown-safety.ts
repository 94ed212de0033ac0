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

export function findRawHtml(markdown: string): RawHtmlFinding[] {
  const findings: RawHtmlFinding[] = [];
  const visit = (node: MdNode) => {
    if (node.type === 'html') {
      findings.push({ line: node.position?.start.line ?? 0, html: (node.value ?? '').slice(0, 80) });
    }
    node.children?.forEach(visit);
  };
  visit(fromMarkdown(markdown) as MdNode);
  return findings;
}

/** Headings deeper than ## are allowed; a level-1 heading would compete with the headline. */
export function findTopLevelHeadings(markdown: string): number[] {
  const lines: number[] = [];
  const visit = (node: MdNode & { depth?: number }) => {
    if (node.type === 'heading' && node.depth === 1) lines.push(node.position?.start.line ?? 0);
    node.children?.forEach(visit);
  };
  visit(fromMarkdown(markdown) as MdNode);
  return lines;
}
