/**
 * Arriving from a search result (?highlight=…), mark the searched words in the article text
 * with the same normalisation the search uses, and bring the first one into view.
 * Does nothing, and loads nothing, on a plain visit.
 */
import { findNormalizedMatches, parseQuery } from '../lib/search-text';
import { loadSupportData } from './pagefind';

const query = new URLSearchParams(location.search).get('highlight');
const root = document.querySelector('[data-search-source]');
if (query && root) {
  const { t2s } = await loadSupportData(query);
  const words = parseQuery(query, t2s).map((w) => w.normalized);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    for (const range of findNormalizedMatches(node.data, words, t2s).reverse()) {
      const match = node.splitText(range.start);
      match.splitText(range.end - range.start);
      const mark = document.createElement('mark');
      mark.dataset.searchHighlight = '';
      match.replaceWith(mark);
      mark.append(match);
    }
  }
  const first = root.querySelector('mark[data-search-highlight]');
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
