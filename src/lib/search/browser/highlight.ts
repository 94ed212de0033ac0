/**
 * On an article reached from a search result (?hl=…, arrival.ts): marks every occurrence of the
 * matched words in the article's own text, the elements carrying data-search-source, scrolls the
 * first one into view and says how many there are. <search-shortcut> (shortcut.ts) loads this
 * module only when the URL asks for it; a plain visit runs none of it.
 *
 * Words are matched as the search matches them (shared/text.ts, through ranges.ts): width, case,
 * punctuation and spaces ignored, Traditional folded to Simplified when the page or the words
 * hold a character that needs it (the map is fetched only then). The marks are the CSS Custom
 * Highlight API (::highlight(search-arrival) in global.css), or <mark> elements without it.
 */
import { highlightWords } from './arrival.ts';
import { matchRanges } from './ranges.ts';
import { decodeT2S, needsT2S, type SearchSupportFile, type SearchT2SFile } from '../shared/data.ts';
import { searchFiles } from '../shared/files.ts';
import { parseQuery, type CharMap } from '../shared/text.ts';

export const HIGHLIGHT = 'search-arrival';
export const CURRENT = 'search-arrival-current';

/** Elements that do not interrupt a line of text: a match may run through them. */
const INLINE = new Set(
  'A ABBR B BDI BDO CITE CODE DATA DEL DFN EM I INS KBD MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR'.split(' '),
);

interface Pieces {
  /** Text of each text node, or null for a break between blocks (a <br> is none: a poem's lines read on). */
  texts: (string | null)[];
  nodes: (Text | null)[];
}

function piecesOf(root: Element): Pieces {
  const pieces: Pieces = { texts: [], nodes: [] };
  const push = (node: Text | null) => {
    pieces.texts.push(node ? node.data : null);
    pieces.nodes.push(node);
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, (node) =>
    node instanceof Element && ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)
      ? NodeFilter.FILTER_REJECT
      : NodeFilter.FILTER_ACCEPT,
  );
  let block: Element | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) continue;
    let parent = node.parentElement!;
    while (parent !== root && INLINE.has(parent.tagName)) parent = parent.parentElement!;
    if (block && parent !== block) push(null);
    block = parent;
    push(node as Text);
  }
  return pieces;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The Traditional → Simplified map, when the text or the words need it; else none. */
async function mapFor(text: string): Promise<CharMap> {
  const support = await fetchJson<SearchSupportFile>(searchFiles.support());
  if (!needsT2S(support, text)) return {};
  return decodeT2S((await fetchJson<SearchT2SFile>(searchFiles.t2s())).pairs);
}

/** Every occurrence, in document order, as a run of [text node, start, end] parts. */
type Part = [Text, number, number];

function occurrences(sources: Element[], words: string[], t2s: CharMap): Part[][] {
  return sources.flatMap((source) => {
    const { texts, nodes } = piecesOf(source);
    return matchRanges(texts, words, t2s).map(({ start, end }) => {
      const parts: Part[] = [];
      for (let i = start.piece; i <= end.piece; i++) {
        const node = nodes[i];
        if (!node) continue;
        const from = i === start.piece ? start.offset : 0;
        const to = i === end.piece ? end.offset : node.length;
        if (from < to) parts.push([node, from, to]);
      }
      return parts;
    });
  });
}

function rangeOf(parts: Part[]): Range {
  const range = document.createRange();
  const [first, from] = parts[0]!;
  const [last, , to] = parts.at(-1)!;
  range.setStart(first, from);
  range.setEnd(last, to);
  return range;
}

/** Something that can be marked as the current occurrence and scrolled to. */
interface Occurrence {
  box(): DOMRect;
  setCurrent(current: boolean): void;
}

/** Marks the occurrences: one custom highlight, or <mark> elements where the API is missing. */
function paint(found: Part[][]): Occurrence[] {
  if (typeof Highlight === 'function' && 'highlights' in CSS) {
    const ranges = found.map(rangeOf);
    CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    const current = new Highlight();
    current.priority = 1;
    CSS.highlights.set(CURRENT, current);
    return ranges.map((range) => ({
      box: () => range.getBoundingClientRect(),
      setCurrent: (on) => void (on ? current.add(range) : current.delete(range)),
    }));
  }
  // Last to first, so each split leaves the text before it, and the offsets into it, as they were.
  const marked = found
    .slice()
    .reverse()
    .map((parts) =>
      parts
        .slice()
        .reverse()
        .map(([node, from, to]) => {
          const middle = node.splitText(from);
          middle.splitText(to - from);
          const mark = document.createElement('mark');
          mark.dataset.searchArrival = '';
          middle.replaceWith(mark);
          mark.append(middle);
          return mark;
        })
        .reverse(),
    )
    .reverse();
  return marked.map((marks) => ({
    box: () => marks[0]!.getBoundingClientRect(),
    setCurrent: (on) => marks.forEach((mark) => mark.toggleAttribute('data-current', on)),
  }));
}

/**
 * Brings the occurrence into view, a quarter down the screen, below the header if it stays on
 * screen and below the note (the page's scroll-padding, which the note sets).
 */
function reveal(occurrence: Occurrence) {
  const header = document.querySelector('.site-header');
  const covered = Math.max(
    header && ['sticky', 'fixed'].includes(getComputedStyle(header).position)
      ? Math.max(0, header.getBoundingClientRect().bottom)
      : 0,
    Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0,
  );
  const box = occurrence.box();
  const margin = 16;
  if (box.top >= covered + margin && box.bottom <= window.innerHeight - margin) return;
  const top = window.scrollY + box.top - covered - Math.max(margin, (window.innerHeight - covered) / 4);
  window.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
}

/** The first occurrence at or after the #section the link named, else the first of all. */
function firstIndex(found: Part[][]): number {
  const id = decodeURIComponent(location.hash.slice(1));
  const anchor = id ? document.getElementById(id) : null;
  if (!anchor) return 0;
  const index = found.findIndex((parts) => {
    const node = parts[0]![0];
    return anchor.contains(node) || !!(anchor.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  return index < 0 ? 0 : index;
}

/** The notice above the article: which words, how many times, the next one, and a way back to the plain page. */
function announce(words: string[], occurrences: Occurrence[], start: number) {
  const template = document.querySelector<HTMLTemplateElement>('template[data-search-arrival]');
  if (!template) return;
  const notice = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const slot = (name: string) => notice.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
  slot('words').textContent = words.map((word) => `「${word}」`).join('');
  slot('count').textContent = String(occurrences.length);
  slot(occurrences.length > 0 ? 'none' : 'some').remove();
  const next = slot('next');
  if (occurrences.length > 1) {
    let current = start;
    next.addEventListener('click', () => {
      occurrences[current]!.setCurrent(false);
      current = (current + 1) % occurrences.length;
      occurrences[current]!.setCurrent(true);
      reveal(occurrences[current]!);
    });
  } else next.remove();
  template.after(notice);
  // The note stays on screen (sticky, global.css): the page's scroll-padding keeps its height.
  const fit = () => document.documentElement.style.setProperty('--arrival-note-height', `${notice.offsetHeight}px`);
  fit();
  new ResizeObserver(fit).observe(notice);
}

async function arrive() {
  const asked = highlightWords(location.search);
  const sources = [...document.querySelectorAll('[data-search-source]')];
  if (asked.length === 0 || sources.length === 0) return;
  const text = sources.map((source) => source.textContent ?? '').join('\n');
  const t2s = await mapFor(`${asked.join('')}${text}`).catch(() => ({}));
  const words = parseQuery(asked.join(' '), t2s).map((word) => word.normalized);
  const found = occurrences(sources, words, t2s);
  const marked = paint(found);
  const start = firstIndex(found);
  announce(words, marked, start);
  const first = marked[start];
  if (!first) return;
  first.setCurrent(true);
  // A reload or a step back in history keeps the reader's own place.
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (!navigation || navigation.type === 'navigate') reveal(first);
}

void arrive();
