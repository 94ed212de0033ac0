/**
 * The search page: reads its state from the URL, runs the search (engine.ts),
 * renders results with DOM methods only (never innerHTML), and writes the state back to the URL.
 */
import { describeHit, type Piece } from './excerpt.ts';
import {
  FILTER_KEYS,
  hasCriteria,
  pageCount,
  pageSlice,
  parseSearchState,
  serializeSearchState,
  type SearchState,
} from '../shared/state.ts';
import type { SearchArticle } from '../shared/data.ts';
import type { CharMap } from '../shared/text.ts';
import { loadEngine } from './pagefind.ts';
import { preloadQuery, runSearch } from './engine.ts';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const resultsBox = document.querySelector<HTMLElement>('#search-results')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-result-list')!;
const pager = document.querySelector<HTMLElement>('#search-pager')!;
const emptyHelp = document.querySelector<HTMLElement>('#search-empty')!;
const selects = Object.fromEntries(
  FILTER_KEYS.map((key) => [key, form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!]),
);
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;

let generation = 0;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function pieceNodes(pieces: Piece[]): Node[] {
  return pieces.map((p) => (p.marked ? el('mark', {}, [p.text]) : document.createTextNode(p.text)));
}

/**
 * Link to an article that makes the browser scroll to and highlight the matched words
 * (a text fragment, #:~:text=…), so the article page needs no script of its own.
 */
function withHighlight(url: string, pieces: Piece[]): string {
  const matched = [...new Set(pieces.filter((p) => p.marked).map((p) => p.text))].slice(0, 3);
  if (matched.length === 0) return url;
  const directives = matched.map((text) => `text=${encodeURIComponent(text).replaceAll('-', '%2D')}`).join('&');
  return `${url}${url.includes('#') ? '' : '#'}:~:${directives}`;
}

function renderResult(data: SearchArticle, words: string[], t2s: CharMap): HTMLLIElement {
  const hit = describeHit(data.segments, words, t2s);
  const link = el(
    'a',
    { href: withHighlight(data.url, [...hit.title, ...hit.excerpt]), className: 'hover:underline underline-offset-4' },
    pieceNodes(hit.title),
  );
  link.dataset.searchResult = '';
  const item = el('li', { className: 'border-b border-stone-200 py-4 dark:border-stone-800' });
  if (hit.kicker) item.append(el('p', { className: 'text-sm text-stone-700 dark:text-stone-300' }, [hit.kicker]));
  item.append(el('h2', { className: 'text-lg font-bold' }, [link]));
  if (hit.subtitle) item.append(el('p', { className: 'text-stone-700 dark:text-stone-300' }, [`——${hit.subtitle}`]));
  item.append(
    el('p', { className: 'text-sm text-stone-700 dark:text-stone-300' }, [
      [data.meta.date, data.meta.zone].filter(Boolean).join(' · '),
    ]),
  );
  const excerpt = el('p', { className: 'mt-1' }, pieceNodes(hit.excerpt));
  excerpt.dataset.searchExcerpt = '';
  if (hit.where) {
    // Where the match stands when not in the body: 图片说明：…, 采写：…
    const where = el('span', { className: 'text-stone-700 dark:text-stone-300' }, [`${hit.where}：`]);
    where.dataset.searchWhere = '';
    excerpt.prepend(where);
  }
  item.append(excerpt);
  if (hit.sections.length > 0) {
    item.append(
      el(
        'ul',
        { className: 'mt-2 space-y-1 border-l-2 border-stone-300 pl-3 text-sm dark:border-stone-600' },
        hit.sections.map((section) =>
          el('li', {}, [
            el('a', { href: withHighlight(`${data.url}#${section.slug}`, section.excerpt), className: 'link' }, [
              section.title,
            ]),
            ' ',
            ...pieceNodes(section.excerpt),
          ]),
        ),
      ),
    );
  }
  return item;
}

function pageLink(state: SearchState, page: number, label: string): HTMLAnchorElement {
  const link = el('a', { href: `?${serializeSearchState({ ...state, page })}`, className: 'link' }, [label]);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    navigate({ ...state, page }, true);
  });
  return link;
}

function renderPager(state: SearchState, total: number) {
  pager.replaceChildren();
  const pages = pageCount(total);
  if (pages <= 1) return;
  const current = Math.min(state.page, pages);
  if (current > 1) pager.append(pageLink(state, current - 1, '‹ 上一页'));
  pager.append(el('span', {}, [`第 ${current} / ${pages} 页`]));
  if (current < pages) pager.append(pageLink(state, current + 1, '下一页 ›'));
}

function setState(state: 'idle' | 'loading' | 'done' | 'error', message: string, total?: number) {
  resultsBox.dataset.searchState = state;
  resultsBox.setAttribute('aria-busy', String(state === 'loading'));
  emptyHelp.hidden = !(state === 'done' && total === 0);
  if (total === undefined) delete resultsBox.dataset.searchTotal;
  else resultsBox.dataset.searchTotal = String(total);
  status.textContent = message;
}

function describe(state: SearchState): string {
  const parts = [state.query && `“${state.query}”`, ...FILTER_KEYS.map((k) => state.filters[k])].filter(Boolean);
  return parts.join(' + ');
}

async function run(state: SearchState) {
  const mine = ++generation;
  input.value = state.query;
  for (const key of FILTER_KEYS) selects[key]!.value = state.filters[key] ?? '';
  sortSelect.value = state.sort;
  list.replaceChildren();
  pager.replaceChildren();
  if (!hasCriteria(state)) {
    setState('idle', '输入检索词，或选择园区、活动、年份、报纸筛选。');
    return;
  }
  setState('loading', '正在检索……');
  try {
    const engine = await loadEngine();
    const outcome = await runSearch(engine, state);
    if (mine !== generation) return;
    const total = outcome.articles.length;
    const { start, end } = pageSlice(total, state.page);
    const data = await Promise.all(outcome.articles.slice(start, end).map((n) => engine.article(n)));
    if (mine !== generation) return;
    const words = outcome.words.map((w) => w.normalized);
    list.replaceChildren(...data.map((d) => renderResult(d, words, outcome.t2s)));
    renderPager(state, total);
    setState(
      'done',
      total === 0
        ? `没有找到与 ${describe(state)} 相符的文章。`
        : `找到 ${total} 篇与 ${describe(state)} 相符的文章${pageCount(total) > 1 ? `，第 ${Math.min(state.page, pageCount(total))} / ${pageCount(total)} 页` : ''}。`,
      total,
    );
  } catch (error) {
    if (mine !== generation) return;
    console.error(error);
    setState('error', '检索索引未能加载。请检查网络后刷新页面，或通过园区、活动、日期浏览。');
  }
}

function navigate(state: SearchState, push: boolean) {
  const url = `${location.pathname}${serializeSearchState(state) ? `?${serializeSearchState(state)}` : ''}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  void run(state);
}

function stateFromForm(): SearchState {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const [key, value] of data) if (typeof value === 'string' && value) params.set(key, value);
  return parseSearchState(params);
}

/** Options are rendered at build time; a value from a shared URL that no longer exists is still shown. */
function keepUnknownFilterValues(state: SearchState) {
  for (const key of FILTER_KEYS) {
    const select = selects[key]!;
    const wanted = state.filters[key];
    if (wanted && ![...select.options].some((option) => option.value === wanted))
      select.append(el('option', { value: wanted }, [wanted]));
  }
}

// While the reader types, the engine and the index chunks of the words typed so far load in the
// background, so the search itself starts with them at hand. Failures are left to the search.
const PRELOAD_DELAY_MS = 250;
let preloadTimer: number | undefined;
input.addEventListener('input', () => {
  window.clearTimeout(preloadTimer);
  const query = input.value;
  if (!query.trim()) return;
  preloadTimer = window.setTimeout(() => {
    loadEngine()
      .then((engine) => preloadQuery(engine, query))
      .catch(() => undefined);
  }, PRELOAD_DELAY_MS);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(preloadTimer);
  navigate(stateFromForm(), true);
});
for (const select of [...Object.values(selects), sortSelect]) {
  select.addEventListener('change', () => navigate({ ...stateFromForm(), page: 1 }, true));
}
window.addEventListener('popstate', () => {
  const state = parseSearchState(location.search);
  keepUnknownFilterValues(state);
  void run(state);
});

const initial = parseSearchState(location.search);
keepUnknownFilterValues(initial);
void run(initial);
