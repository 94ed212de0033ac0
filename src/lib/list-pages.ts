/**
 * Long lists cut into pages from the end where they do not grow, so that a page keeps its items
 * and its URL while the list grows at its other end: a permalink to a later page stays true, and
 * an incremental build renders again only the page an added article lands on and the newer ones.
 *
 * A list shown newest first (a zone's, a campaign's, a person's work, all articles…) grows at its
 * top when a newer issue is added. Its later pages are cut from its bottom, the oldest item, and
 * numbered from there: page 1 holds the oldest `size` items, page 2 the next, and so on. The
 * list's own page shows what is left, the newest `size` to `2 · size − 1` items (all of them when
 * there are fewer), so that it is never nearly empty.
 *
 * A list shown oldest first (a year's or a month's articles) grows at its bottom. Its own page
 * shows the first `size` items and page n (n ≥ 2) the next ones, as usual.
 */
import { SITE } from './site.ts';
import { listPageUrl } from './urls.ts';

export type ListOrder = 'newest-first' | 'oldest-first';

export interface ListPage<T> {
  /** The page's items, in the list's order. */
  items: T[];
  order: ListOrder;
  /**
   * The page's number in its URL, counted from the end the list does not grow at; undefined on
   * the list's own page.
   */
  number: number | undefined;
  /** How many items the whole list has: told on its own page only, so that no later page changes as it grows. */
  total: number | undefined;
  url: {
    current: string;
    /** The list's own page, with its figures. */
    first: string;
    /** The page before this one in the list's order, and the page after it. */
    prev: string | undefined;
    next: string | undefined;
  };
}

/** Cuts a list, in the order it is shown, into its pages, the list's own page first. */
export function cutList<T>(items: readonly T[], order: ListOrder, size: number, base: string): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, not ${size}`);
  // Each page as [start, end) in the list's order, with its number (undefined: the list's own page).
  const spans: { start: number; end: number; number: number | undefined }[] = [];
  if (order === 'oldest-first') {
    for (let start = 0; start < items.length || start === 0; start += size)
      spans.push({
        start,
        end: Math.min(start + size, items.length),
        number: start === 0 ? undefined : start / size + 1,
      });
  } else {
    const later = Math.max(0, Math.floor(items.length / size) - 1);
    const ownEnd = items.length - later * size;
    spans.push({ start: 0, end: ownEnd, number: undefined });
    for (let number = later; number >= 1; number--) {
      const end = items.length - (number - 1) * size;
      spans.push({ start: end - size, end, number });
    }
  }
  const urlOf = (number: number | undefined) => (number === undefined ? base : listPageUrl(base, number));
  return spans.map(({ start, end, number }, i) => ({
    items: items.slice(start, end),
    order,
    number,
    total: number === undefined ? items.length : undefined,
    url: {
      current: urlOf(number),
      first: base,
      prev: i > 0 ? urlOf(spans[i - 1]!.number) : undefined,
      next: i + 1 < spans.length ? urlOf(spans[i + 1]!.number) : undefined,
    },
  }));
}

/** Whether the list runs over more than this page. */
export function isPaged(page: ListPage<unknown>): boolean {
  return page.url.prev !== undefined || page.url.next !== undefined;
}

/** A page's title: the list's name, and on a later page its number and what it spans. */
export function listPageTitle(name: string, page: ListPage<unknown>, span?: string): string {
  if (page.number === undefined) return name;
  return `${name}（第${page.number}页${span ? `，${span}` : ''}）`;
}

/**
 * getStaticPaths' entries for a list's pages under a `[...page]` route: the list's own page has
 * no `page` parameter, a later page its number. A list is newest first and cut into the site's
 * page size unless told otherwise.
 */
export function listPaths<T, Params extends Record<string, string>, Props extends object>(
  items: readonly T[],
  options: { base: string; params: Params; props: Props; order?: ListOrder; size?: number },
): { params: Params & { page: string | undefined }; props: Props & { page: ListPage<T> } }[] {
  const { base, params, props, order = 'newest-first', size = SITE.pageSize } = options;
  return cutList(items, order, size, base).map((page) => ({
    params: { ...params, page: page.number === undefined ? undefined : String(page.number) },
    props: { ...props, page },
  }));
}
