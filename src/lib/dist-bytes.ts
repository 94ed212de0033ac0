/**
 * What the built site's bytes are spent on: each file of dist/ sorted into a kind of page or
 * file, and an HTML page split into disjoint parts (head, site chrome, text, class attributes,
 * data attributes, other markup, whitespace between tags). Used by scripts/dist-bytes.ts and
 * by the build check on the bytes per page kind (tests/build/page-bytes.test.ts).
 */

export const FILE_KINDS = [
  'article page',
  'article citation',
  'source view',
  'source text',
  'printed page',
  'person page',
  'list page',
  'feed',
  'data',
  'search',
  'assets',
  'sitemap',
  'other',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/**
 * The kind of a file of dist/, from its path relative to dist/ ('/'-separated). Paths follow
 * src/pages: /articles/<id>/ is an article, /articles/<n>/ a page of the list of all articles.
 */
export function fileKind(file: string): FileKind {
  const parts = file.split('/');
  const [top] = parts;
  const html = file.endsWith('.html');
  if (top === 'pagefind' || top === 'search') return 'search';
  if (top === 'data') return 'data';
  if (top === '_astro') return 'assets';
  if (/^sitemap[\w-]*\.xml$/.test(file)) return 'sitemap';
  if (file.endsWith('rss.xml')) return 'feed';
  if (top === 'articles' && parts.length === 3) {
    if (/^citation\.(json|ris)$/.test(parts[2]!)) return 'article citation';
    if (parts[2] === 'index.html') return /^\d+$/.test(parts[1]!) ? 'list page' : 'article page';
  }
  if (top === 'sources') return html ? 'source view' : file.endsWith('.txt') ? 'source text' : 'other';
  if (top === 'pages' && html) return 'printed page';
  if (top === 'people' && html && parts.length > 2) return 'person page';
  if (html) return 'list page';
  return 'other';
}

export const HTML_PARTS = ['head', 'chrome', 'text', 'classes', 'data', 'markup', 'whitespace'] as const;
export type HtmlPart = (typeof HTML_PARTS)[number];
export type HtmlParts = Record<HtmlPart, number>;

export const HTML_PART_LABELS: Record<HtmlPart, string> = {
  head: '<head>',
  chrome: 'site chrome (header, skip link, breadcrumbs, footer)',
  text: 'text',
  classes: 'class attributes',
  data: 'data-* attributes',
  markup: 'other markup (tags, other attributes)',
  whitespace: 'whitespace between tags',
};

export const emptyParts = (): HtmlParts => ({
  head: 0,
  chrome: 0,
  text: 0,
  classes: 0,
  data: 0,
  markup: 0,
  whitespace: 0,
});

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

// A tag, comment or doctype; quoted attribute values may hold '>'.
const TAG = /<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const CLASS_ATTRIBUTE = /\sclass="[^"]*"/g;
const DATA_ATTRIBUTE = /\sdata-[\w-]+(?:="[^"]*")?/g;

/** The byte range [start, end) of the first element matched by `opening` up to its closing tag, or undefined. */
function elementRange(html: string, opening: RegExp, tag: string, from = 0): [number, number] | undefined {
  opening.lastIndex = from;
  const match = opening.exec(html);
  if (!match) return undefined;
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  tags.lastIndex = match.index + match[0].length;
  let depth = 1;
  for (let next = tags.exec(html); next; next = tags.exec(html)) {
    depth += next[1] ? -1 : 1;
    if (depth === 0) return [match.index, next.index + next[0].length];
  }
  return undefined;
}

/** Adds the bytes of a stretch of markup and text (no head, no chrome) to `parts`. */
function addContent(html: string, parts: HtmlParts): void {
  let at = 0;
  const addText = (text: string) => {
    const trimmed = text.trim();
    const bytes = utf8Bytes(text);
    const textBytes = utf8Bytes(trimmed);
    parts.text += textBytes;
    parts.whitespace += bytes - textBytes;
  };
  for (const match of html.matchAll(TAG)) {
    addText(html.slice(at, match.index));
    const tag = match[0];
    let rest = utf8Bytes(tag);
    for (const c of tag.matchAll(CLASS_ATTRIBUTE)) {
      const bytes = utf8Bytes(c[0]);
      parts.classes += bytes;
      rest -= bytes;
    }
    for (const d of tag.matchAll(DATA_ATTRIBUTE)) {
      const bytes = utf8Bytes(d[0]);
      parts.data += bytes;
      rest -= bytes;
    }
    parts.markup += rest;
    at = match.index + tag.length;
  }
  addText(html.slice(at));
}

/**
 * Splits an HTML page into disjoint parts whose bytes add up to the page's. The site's chrome
 * is everything in <body> outside <main>, and the breadcrumbs inside it: the same on every page.
 */
export function htmlParts(html: string): HtmlParts {
  const parts = emptyParts();
  const head = elementRange(html, /<head\b[^>]*>/g, 'head');
  const main = elementRange(html, /<main\b[^>]*>/g, 'main');
  if (!head || !main) {
    addContent(html, parts);
    return parts;
  }
  parts.head = utf8Bytes(html.slice(head[0], head[1]));
  const crumbs = elementRange(html, /<nav aria-label="面包屑"[^>]*>/g, 'nav', main[0]);
  const chromeRanges: [number, number][] = [[head[1], main[0]]];
  let inner: [number, number][] = [[main[0], main[1]]];
  if (crumbs && crumbs[1] <= main[1]) {
    chromeRanges.push(crumbs);
    inner = [
      [main[0], crumbs[0]],
      [crumbs[1], main[1]],
    ];
  }
  const bodyEnd = html.lastIndexOf('</body>');
  chromeRanges.push([main[1], bodyEnd >= main[1] ? bodyEnd : html.length]);
  for (const [start, end] of chromeRanges) parts.chrome += utf8Bytes(html.slice(start, end));
  // The doctype and the html and body tags count as markup.
  addContent(html.slice(0, head[0]), parts);
  for (const [start, end] of inner) addContent(html.slice(start, end), parts);
  if (bodyEnd >= main[1]) addContent(html.slice(bodyEnd), parts);
  return parts;
}

export interface KindFigures {
  files: number;
  bytes: number;
  /** Its HTML pages (a kind may mix pages and other files): their number, bytes and parts, summed. */
  html?: { files: number; bytes: number; parts: HtmlParts };
}

export interface DistBytes {
  totalBytes: number;
  files: number;
  /** Article pages: the measure of "per article". */
  articles: number;
  byFolder: Map<string, { files: number; bytes: number }>;
  byKind: Map<FileKind, KindFigures>;
}

/**
 * Sums files into folders and kinds. `read` gives an HTML file's text, for its parts; files
 * are paths relative to dist/ with their sizes in bytes.
 */
export function summarise(files: { file: string; bytes: number }[], read: (file: string) => string): DistBytes {
  const byFolder = new Map<string, { files: number; bytes: number }>();
  const byKind = new Map<FileKind, KindFigures>();
  let totalBytes = 0;
  for (const { file, bytes } of files) {
    totalBytes += bytes;
    const folder = file.includes('/') ? `${file.split('/')[0]}/` : '(top-level files)';
    const f = byFolder.get(folder) ?? { files: 0, bytes: 0 };
    f.files += 1;
    f.bytes += bytes;
    byFolder.set(folder, f);
    const kind = fileKind(file);
    const k = byKind.get(kind) ?? { files: 0, bytes: 0 };
    k.files += 1;
    k.bytes += bytes;
    if (file.endsWith('.html') && kind !== 'search') {
      const parts = htmlParts(read(file));
      k.html ??= { files: 0, bytes: 0, parts: emptyParts() };
      k.html.files += 1;
      k.html.bytes += bytes;
      for (const part of HTML_PARTS) k.html.parts[part] += parts[part];
    }
    byKind.set(kind, k);
  }
  return {
    totalBytes,
    files: files.length,
    articles: byKind.get('article page')?.files ?? 0,
    byFolder,
    byKind,
  };
}
