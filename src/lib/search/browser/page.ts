/**
 * <search-page> (src/pages/search/index.astro): the search form and its results. Reads its state
 * from the URL, runs the search (engine.ts), and shows the results by filling <template>s that
 * the list pages' own components rendered (ArticleListItem, Pagination): textContent and
 * attributes only, never markup. The filter menus count what each option would leave of the
 * current results (counts.ts); a search with none suggests the filter to drop.
 */
import { highlightHref, matchedForms } from './arrival.ts';
import { aliasMatches } from './merge.ts';
import { valuesOf } from '../shared/facets.ts';
import { dropSuggestions, optionCounts, type OptionCounts } from './counts.ts';
import { describeHit, type Piece } from './excerpt.ts';
import {
  FILTER_KEYS,
  filtersByValue,
  hasCriteria,
  pageCount,
  pageSlice,
  parseSearchState,
  serializeSearchState,
  type FilterChoice,
  type FilterKey,
  type SearchState,
} from '../shared/state.ts';
import type { SearchArticle } from '../shared/data.ts';
import type { CharMap } from '../shared/text.ts';
import { isApproximate, isoArchiveDate, parseFormattedArchiveDate } from '../../dates.ts';
import { loadEngine, loadListing, loadSegmenterRules, type SearchEngine } from './pagefind.ts';
import { prepareQuery, runSearch, warmUp, type SearchOutcome } from './engine.ts';

// While the reader types, the engine loads and the words typed so far are searched in the
// background (prepareQuery), so the search after Enter finds their answers at hand. Failures are
// left to that search.
const PREPARE_DELAY_MS = 250;

function pieceNodes(pieces: Piece[]): Node[] {
  return pieces.map((piece) => {
    if (!piece.marked) return document.createTextNode(piece.text);
    const mark = document.createElement('mark');
    mark.textContent = piece.text;
    return mark;
  });
}

/** Runs work once the page's thread is idle (where the browser cannot say, soon after). */
function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 100);
}

/** The element of a cloned template marked data-slot="name". */
function slot<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string): T {
  const found = root.querySelector<T>(`[data-slot="${name}"]`);
  if (!found) throw new Error(`search page template: no slot ${name}`);
  return found;
}

function articleId(url: string): string {
  return url.split('/').filter(Boolean).at(-1) ?? '';
}

class SearchPage extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #results!: HTMLElement;
  #status!: HTMLElement;
  #list!: HTMLElement;
  #pager!: HTMLElement;
  #empty!: HTMLElement;
  #drop!: HTMLElement;
  #selects!: Record<FilterKey, HTMLSelectElement>;
  #sort!: HTMLSelectElement;
  #generation = 0;
  /**
   * The results last shown, by article, with the words they mark: the newest part's results
   * shown first are shown again once every part has answered, so they are kept, not made again.
   */
  #shown = new Map<number, { forms: string; t2s: CharMap; item: HTMLElement }>();
  #prepareTimer: number | undefined;
  /** After a link of the page's own (a page of results, a filter dropped): focus the results once shown. */
  #focusResults = false;
  /**
   * Where the reader had scrolled when they left this entry of the history (an article opened
   * from the results): restored once its search is shown again, since the results, drawn after
   * the page loads, were not there when the browser tried.
   */
  #scrollBack = (history.state as { searchScrollY?: unknown } | null)?.searchScrollY;

  #template(name: string): DocumentFragment {
    const template = this.querySelector<HTMLTemplateElement>(`template[data-search-template="${name}"]`)!;
    return template.content.cloneNode(true) as DocumentFragment;
  }

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#input = this.#form.querySelector('input[name="q"]')!;
    this.#results = this.querySelector('#search-results')!;
    this.#status = this.querySelector('#search-status')!;
    this.#list = this.querySelector('#search-result-list')!;
    this.#pager = this.querySelector('#search-pager')!;
    this.#empty = this.querySelector('#search-empty')!;
    this.#drop = this.querySelector('[data-search-drop]')!;
    this.#selects = Object.fromEntries(
      FILTER_KEYS.map((key) => [key, this.#form.querySelector(`select[name="${key}"]`)!]),
    ) as Record<FilterKey, HTMLSelectElement>;
    this.#sort = this.#form.querySelector('select[name="sort"]')!;

    // A reader who goes to the box is about to search: the engine loads from then on, not from
    // the first pause in typing (a pasted query sent at once finds it loading, or loaded).
    const load = () =>
      void loadEngine()
        .then(this.#warmUp)
        .catch(() => undefined);
    this.#input.addEventListener('focus', load, { once: true });
    // Preloaded by the page's HTML: taken now, so the preload is used, and the engine has them at hand.
    void loadListing().catch(() => undefined);
    whenIdle(loadSegmenterRules);
    this.#input.addEventListener('input', this.#onInput);
    this.#input.addEventListener('compositionend', this.#onInput);
    this.#form.addEventListener('submit', this.#onSubmit);
    for (const select of [...Object.values(this.#selects), this.#sort])
      select.addEventListener('change', this.#onChange);
    window.addEventListener('popstate', this.#onPopState);
    window.addEventListener('pagehide', this.#onPageHide);
    this.#onPopState();
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#onPopState);
    window.removeEventListener('pagehide', this.#onPageHide);
    window.clearTimeout(this.#prepareTimer);
  }

  #onInput = (event: Event) => {
    window.clearTimeout(this.#prepareTimer);
    // While an input method composes, the box holds its spelling (pinyin), not the words: the
    // query is prepared once they are committed (compositionend).
    if ((event as InputEvent).isComposing) return;
    const typed = this.#input.value;
    const state = this.#stateFromForm();
    if (!state.query) return;
    this.#prepareTimer = window.setTimeout(() => {
      loadEngine()
        .then((engine) => prepareQuery(engine, state))
        // Says which typed query is prepared: tests and the benchmark wait for it rather than for a
        // quiet network. An earlier query of the same typing may finish later: it says nothing.
        .then(() => {
          if (this.#input.value === typed) this.dataset.searchPrepared = typed;
        })
        .catch(() => undefined);
    }, PREPARE_DELAY_MS);
  };

  /**
   * Runs the engine's first search (warmUp) while the box is still empty and nothing is
   * searched: a query typed or sent already is that first search, and waits for nothing else.
   */
  #warmUp = async (engine: SearchEngine) => {
    if (this.#input.value || this.#results.dataset.searchState !== 'idle') return;
    await warmUp(engine);
    // Tests wait for it rather than for a quiet network.
    this.dataset.searchWarmed = '';
  };

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    window.clearTimeout(this.#prepareTimer);
    this.#navigate(this.#stateFromForm(), true);
  };

  #onChange = () => this.#navigate({ ...this.#stateFromForm(), page: 1 }, true);

  #onPageHide = () => {
    history.replaceState({ ...(history.state as object | null), searchScrollY: window.scrollY }, '');
  };

  #onPopState = () => {
    const given = parseSearchState(location.search);
    const state = { ...given, filters: filtersByValue(given.filters, this.#filterChoices()) };
    // A filter given by its id (?zone=zhuhai) is shown, and shared on, by its name.
    if (serializeSearchState(state) !== serializeSearchState(given))
      history.replaceState(history.state, '', this.#href(state));
    this.#keepUnknownFilterValues(state);
    void this.#run(state);
  };

  #filterChoices(): Record<FilterKey, FilterChoice[]> {
    const choices = (key: FilterKey) =>
      [...this.#selects[key].options]
        .filter((option) => option.value)
        .map((option) => ({ value: option.value, id: option.dataset.id ?? option.value }));
    return Object.fromEntries(FILTER_KEYS.map((key) => [key, choices(key)])) as Record<FilterKey, FilterChoice[]>;
  }

  #href(state: SearchState): string {
    const query = serializeSearchState(state);
    return `${location.pathname}${query ? `?${query}` : ''}`;
  }

  /**
   * A link to another state of this page, followed without reloading it. The link it was is
   * redrawn, so the reader's focus goes to the new results, not to the page's top.
   */
  #stateLink(link: HTMLAnchorElement, state: SearchState) {
    link.href = this.#href(state);
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      this.#focusResults = true;
      this.#navigate(state, true);
    });
  }

  #navigate(state: SearchState, push: boolean) {
    const url = this.#href(state);
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void this.#run(state);
  }

  #stateFromForm(): SearchState {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.#form)) if (typeof value === 'string' && value) params.set(key, value);
    return parseSearchState(params);
  }

  /** Options are rendered at build time; a value from a shared URL that no longer exists is still shown. */
  #keepUnknownFilterValues(state: SearchState) {
    for (const key of FILTER_KEYS) {
      const select = this.#selects[key];
      const wanted = state.filters[key];
      if (wanted && ![...select.options].some((option) => option.value === wanted))
        select.append(new Option(`${wanted}（0）`, wanted));
    }
  }

  #setState(state: 'idle' | 'loading' | 'partial' | 'done' | 'error', message: string, total?: number) {
    this.#results.dataset.searchState = state;
    this.#results.setAttribute('aria-busy', String(state === 'loading' || state === 'partial'));
    this.#empty.hidden = !(state === 'done' && total === 0);
    if (total === undefined) delete this.#results.dataset.searchTotal;
    else this.#results.dataset.searchTotal = String(total);
    this.#status.textContent = message;
  }

  async #run(state: SearchState) {
    const mine = ++this.#generation;
    this.#input.value = state.query;
    for (const key of FILTER_KEYS) this.#selects[key].value = state.filters[key] ?? '';
    this.#sort.value = state.sort;
    this.#list.replaceChildren();
    this.#pager.replaceChildren();
    this.#showDrops(state, undefined);
    if (!hasCriteria(state)) {
      this.#showCounts(state, undefined);
      this.#setState('idle', '输入检索词，或选择园区、活动、年份、报纸筛选。');
      return;
    }
    this.dataset.searchCounts = 'loading';
    this.#hideCounts();
    this.#setState('loading', '正在检索……');
    let engine: SearchEngine;
    let outcome: SearchOutcome;
    try {
      engine = await loadEngine();
      // The newest part of the index answers first and its results show at once, on the first
      // page when the newest or the best come first (newest first, they begin the final list);
      // then every part is searched, the newest part's answers reused.
      outcome = await runSearch(engine, state, 'newest');
      if (mine !== this.#generation) return;
      if (engine.parts > 1 && (outcome.words.length > 0 || outcome.excluded.length > 0)) {
        if (state.page === 1 && state.sort !== 'date-asc') {
          if (!(await this.#show(engine, state, outcome, mine, true))) return;
        }
        await engine.widen();
        if (mine !== this.#generation) return;
        outcome = await runSearch(engine, state);
        if (mine !== this.#generation) return;
      }
      if (!(await this.#show(engine, state, outcome, mine, false))) return;
    } catch (error) {
      if (mine !== this.#generation) return;
      console.error(error);
      this.#setState('error', '检索索引未能加载。请检查网络后刷新页面，或通过园区、活动、日期浏览。');
      return;
    }
    // The counts follow the results: they need every article's filters, which a first search
    // without filters has not loaded yet.
    try {
      const counts = optionCounts(await engine.facets(), outcome.matching, state.filters);
      if (mine !== this.#generation) return;
      this.#showCounts(state, counts);
      if (outcome.articles.length === 0) this.#showDrops(state, counts);
    } catch (error) {
      if (mine !== this.#generation) return;
      console.error(error);
      this.dataset.searchCounts = 'error';
    }
  }

  /**
   * Shows a page of the outcome's results; `partial`: those of the newest part of the index,
   * while the others are searched. False if a newer search has begun meanwhile.
   */
  async #show(engine: SearchEngine, state: SearchState, outcome: SearchOutcome, mine: number, partial: boolean) {
    const total = outcome.articles.length;
    const { start, end } = pageSlice(total, state.page);
    const onPage = outcome.articles.slice(start, end);
    const [data, forms, filedUnder] = await Promise.all([
      Promise.all(onPage.map((n) => engine.article(n))),
      this.#matchedForms(engine, state, outcome),
      this.#filedUnder(engine, state, outcome),
    ]);
    if (mine !== this.#generation) return false;
    const typed = outcome.words.map((word) => word.normalized);
    const marked = forms.join('\n');
    const shown = new Map<number, { forms: string; t2s: CharMap; item: HTMLElement }>();
    for (const [i, n] of onPage.entries()) {
      const kept = this.#shown.get(n);
      const item =
        kept && kept.forms === marked && kept.t2s === outcome.t2s
          ? kept.item
          : this.#result(data[i]!, forms, outcome.t2s, { typed, filed: filedUnder(n) });
      shown.set(n, { forms: marked, t2s: outcome.t2s, item });
    }
    this.#shown = shown;
    this.#list.replaceChildren(...[...shown.values()].map((entry) => entry.item));
    if (partial) {
      this.#pager.replaceChildren();
      this.#setState('partial', `${this.#summary(state, total, true)}正在检索更早的文章……`);
    } else {
      this.#renderPager(state, total);
      this.#setState('done', this.#summary(state, total), total);
      // A page past the last (an old link, a shrunken archive) shows the last: the URL says so.
      const shownPage = Math.min(state.page, Math.max(1, pageCount(total)));
      if (shownPage !== state.page) history.replaceState(history.state, '', this.#href({ ...state, page: shownPage }));
      this.#afterShown();
    }
    return true;
  }

  /** Where the reader's eyes go once a search is shown: back where they were, or to the results they asked for. */
  #afterShown() {
    const scrollBack = this.#scrollBack;
    this.#scrollBack = undefined;
    if (typeof scrollBack === 'number') window.scrollTo(0, scrollBack);
    else if (this.#focusResults) this.#list.focus();
    this.#focusResults = false;
  }

  #summary(state: SearchState, total: number, partial = false): string {
    const described = [state.query && `“${state.query}”`, ...FILTER_KEYS.map((k) => state.filters[k])]
      .filter(Boolean)
      .join(' + ');
    if (partial)
      return total === 0
        ? `最近的文章中没有与 ${described} 相符的。`
        : `最近的文章中有 ${total} 篇与 ${described} 相符。`;
    if (total === 0) return `没有找到与 ${described} 相符的文章。`;
    const pages = pageCount(total);
    const where = pages > 1 ? `，第 ${Math.min(state.page, pages)} / ${pages} 页` : '';
    return `找到 ${total} 篇与 ${described} 相符的文章${where}。`;
  }

  /** What the words matched, for the excerpts' marks and the article's (arrival.ts). */
  async #matchedForms(engine: SearchEngine, state: SearchState, outcome: SearchOutcome): Promise<string[]> {
    const words = outcome.words.map((word) => word.normalized);
    if (words.length === 0) return [];
    const { aliases } = await engine.supportFor(state.query);
    return matchedForms(words, aliases, outcome.t2s);
  }

  /**
   * For an article found because a word names the zone or campaign it is filed under: which one,
   * to say so when the name stands nowhere in its text. (The filters were loaded to find it.)
   */
  async #filedUnder(
    engine: SearchEngine,
    state: SearchState,
    outcome: SearchOutcome,
  ): Promise<(n: number) => string | undefined> {
    const { aliases } = await engine.supportFor(state.query);
    const named = outcome.words.flatMap((word) => aliasMatches(word.normalized, aliases, outcome.t2s));
    if (named.length === 0) return () => undefined;
    const facets = await engine.facets();
    return (n) => {
      const entry = named.find((alias) => valuesOf(facets, n, alias.filter).includes(alias.value));
      return entry && `归入${this.#filterLabel(entry.filter)}「${entry.value}」`;
    };
  }

  #filterLabel(key: FilterKey): string {
    return this.#selects[key].closest('label')!.querySelector('[data-filter-label]')!.textContent!.trim();
  }

  #result(
    data: SearchArticle,
    forms: string[],
    t2s: CharMap,
    context: { typed: readonly string[]; filed: string | undefined },
  ): HTMLElement {
    const hit = describeHit(data.segments, forms, t2s, context);
    const item = this.#template('result').firstElementChild as HTMLElement;
    item.dataset.articleId = articleId(data.url);

    const link = slot<HTMLAnchorElement>(item, 'link');
    link.href = highlightHref(data.url, forms);
    link.dataset.searchResult = '';
    link.replaceChildren(...pieceNodes(hit.title));
    if (hit.kicker) slot(item, 'kicker').replaceChildren(...pieceNodes(hit.kicker));
    else slot(item, 'kicker').remove();
    if (hit.subtitle) slot(item, 'subtitle-text').replaceChildren(...pieceNodes(hit.subtitle));
    else slot(item, 'subtitle').remove();

    const time = slot<HTMLTimeElement>(item, 'date');
    time.textContent = data.meta.date;
    const date = parseFormattedArchiveDate(data.meta.date);
    if (date) time.dateTime = isoArchiveDate(date);
    else time.removeAttribute('datetime');
    if (!date || !isApproximate(date)) time.removeAttribute('title');
    const zone = slot<HTMLAnchorElement>(item, 'zone');
    zone.textContent = data.meta.zone;
    const zoneHref = [...this.#selects.zone.options].find((option) => option.value === data.meta.zone)?.dataset.href;
    if (zoneHref) zone.href = zoneHref;
    else zone.removeAttribute('href');
    slot(item, 'paper').remove();

    const excerpt = slot(item, 'excerpt');
    excerpt.replaceChildren(...pieceNodes(hit.excerpt));
    if (hit.where) {
      // Where the match stands when not in the headline or body: 图片说明：…, 采写：…
      const where = document.createElement('span');
      where.className = 'text-stone-700 dark:text-stone-300';
      where.dataset.searchWhere = '';
      where.textContent = `${hit.where}：`;
      excerpt.prepend(where);
    }
    const sections = slot(item, 'sections');
    const section = slot(sections, 'section');
    section.remove();
    for (const hitSection of hit.sections) {
      const entry = section.cloneNode(true) as HTMLElement;
      const sectionLink = slot<HTMLAnchorElement>(entry, 'section-link');
      sectionLink.href = highlightHref(`${data.url}#${hitSection.slug}`, forms);
      sectionLink.replaceChildren(...pieceNodes(hitSection.title));
      slot(entry, 'section-excerpt').replaceChildren(...pieceNodes(hitSection.excerpt));
      sections.append(entry);
    }
    if (hit.sections.length === 0) sections.remove();
    return item;
  }

  #renderPager(state: SearchState, total: number) {
    const pages = pageCount(total);
    if (pages <= 1) return;
    const current = Math.min(state.page, pages);
    const pager = this.#template('pager');
    slot(pager, 'current').textContent = String(current);
    slot(pager, 'last').textContent = String(pages);
    slot(pager, 'total').textContent = String(total);
    for (const [name, page, show] of [
      ['prev', current - 1, current > 1],
      ['next', current + 1, current < pages],
    ] as const) {
      const link = slot<HTMLAnchorElement>(pager, name);
      if (show) this.#stateLink(link, { ...state, page });
      else link.replaceWith(document.createElement('span'));
    }
    this.#pager.replaceChildren(pager);
  }

  /**
   * Each option with the number of results it would leave; one that would leave none is
   * disabled, unless it is the current choice or 全部 (they stay, so a filter can always be
   * cleared, even when the words match nothing). Without counts (no search yet): the whole
   * archive's, as the page was built.
   */
  #showCounts(state: SearchState, counts: OptionCounts | undefined) {
    for (const key of FILTER_KEYS) {
      for (const option of this.#selects[key].options) {
        const built = option.dataset.count === undefined ? 0 : Number(option.dataset.count);
        const count = counts
          ? option.value
            ? (counts.filters[key].values.get(option.value) ?? 0)
            : counts.filters[key].all
          : built;
        option.textContent = `${option.value || '全部'}（${count}）`;
        option.disabled = count === 0 && option.value !== '' && option.value !== state.filters[key];
      }
    }
    if (counts) this.dataset.searchCounts = 'done';
    else delete this.dataset.searchCounts;
  }

  /** While a search runs, the menus name their options without counts: those shown were another search's. */
  #hideCounts() {
    for (const key of FILTER_KEYS) {
      for (const option of this.#selects[key].options) {
        option.textContent = option.value || '全部';
        option.disabled = false;
      }
    }
  }

  /** For a search without results: the filters whose removal gives some, as links. */
  #showDrops(state: SearchState, counts: OptionCounts | undefined) {
    const list = this.#drop.querySelector('ul')!;
    const suggestions = counts ? dropSuggestions(counts, state.filters) : [];
    list.replaceChildren(
      ...suggestions.map(({ key, value, total }) => {
        const item = this.#template('drop');
        const label = key && this.#filterLabel(key);
        slot(item, 'what').textContent = key ? `筛选「${label}：${value}」` : '全部筛选';
        slot(item, 'count').textContent = String(total);
        const filters = { ...state.filters };
        for (const dropped of key ? [key] : FILTER_KEYS) delete filters[dropped];
        this.#stateLink(item.querySelector('a')!, { ...state, filters, page: 1 });
        return item;
      }),
    );
    this.#drop.hidden = suggestions.length === 0;
  }
}

customElements.define('search-page', SearchPage);
