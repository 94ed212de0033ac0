/**
 * Article bodies are Markdown only. Raw HTML in a body could execute or break the page,
 * so it is rejected at build time rather than escaped: an editor must see and fix it. The
 * same single parse finds links to anything but the web, mail or the site itself, and gives
 * the body's text block by block for the provenance check.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';

export interface RawHtmlFinding {
  line: number;
  html: string;
}

export interface LinkFinding {
  line: number;
  url: string;
}

/** A paragraph, heading, table cell or code block: text as a reader sees it, and the line of each character. */
export interface TextBlock {
  /** Line (1-based, in the Markdown given) where the block starts. */
  line: number;
  text: string;
  /** Line of the character at `index` in `text`. */
  lineAt(index: number): number;
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  position?: { start: { line: number } };
  children?: MdNode[];
}

export interface MarkdownInspection {
  rawHtml: RawHtmlFinding[];
  /** Lines of level-1 headings: a # heading would compete with the headline; section heads are ##. */
  topLevelHeadings: number[];
  /** Links and images whose target is neither http(s), mailto nor a path of this site. */
  unsafeLinks: LinkFinding[];
  /** Pictures (`![…](…)`, a reference to one included): the archive holds no photos, only their captions. */
  images: LinkFinding[];
  /** The text blocks of the body, in order. */
  blocks: TextBlock[];
}

/**
 * May a body link here? http, https and mailto, or a path on this site (`/articles/…`, `#id`,
 * `../x`). Tabs, newlines and control characters are dropped first, as browsers drop them
 * (`java\tscript:`); `//host` and `/\host` lead off the site and are refused.
 */
export function isAllowedUrl(url: string): boolean {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme) return scheme === 'http' || scheme === 'https' || scheme === 'mailto';
  return !/^[/\\]{2}/.test(cleaned) && !/^\/\\/.test(cleaned);
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code']);

function textBlock(node: MdNode): TextBlock {
  const parts: { at: number; line: number; value: string }[] = [];
  let text = '';
  // A code block is its own text (its first line is the fence).
  if (node.type === 'code' && node.value) {
    parts.push({ at: 0, line: (node.position?.start.line ?? 0) + 1, value: node.value });
    text = node.value;
  }
  const collect = (child: MdNode) => {
    const value = child.type === 'image' ? (child.alt ?? '') : child.value;
    if ((child.type === 'text' || child.type === 'inlineCode' || child.type === 'image') && value) {
      parts.push({ at: text.length, line: child.position?.start.line ?? node.position?.start.line ?? 0, value });
      text += value;
    }
    child.children?.forEach(collect);
  };
  node.children?.forEach(collect);
  const line = node.position?.start.line ?? 0;
  return {
    line,
    text,
    lineAt(index) {
      let part = parts[0];
      for (const p of parts) if (p.at <= index) part = p;
      if (!part) return line;
      return part.line + (part.value.slice(0, index - part.at).match(/\n/g)?.length ?? 0);
    },
  };
}

/** One parse for every check of a body: the archive will hold tens of thousands of them. */
export function inspectMarkdown(markdown: string): MarkdownInspection {
  const inspection: MarkdownInspection = {
    rawHtml: [],
    topLevelHeadings: [],
    unsafeLinks: [],
    images: [],
    blocks: [],
  };
  const visit = (node: MdNode) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'html') inspection.rawHtml.push({ line, html: (node.value ?? '').slice(0, 80) });
    if (node.type === 'heading' && node.depth === 1) inspection.topLevelHeadings.push(line);
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isAllowedUrl(node.url ?? ''))
      inspection.unsafeLinks.push({ line, url: (node.url ?? '').slice(0, 80) });
    if (node.type === 'image' || node.type === 'imageReference')
      inspection.images.push({ line, url: (node.url ?? node.alt ?? '').slice(0, 80) });
    if (BLOCKS.has(node.type)) inspection.blocks.push(textBlock(node));
    // A block's links, images and HTML are visited too (they may sit inside a paragraph).
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
