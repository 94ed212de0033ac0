/**
 * Appends items one at a time. `target.push(...items)` passes every item as an argument on the
 * stack, and throws RangeError for an array the size of a long article's characters.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/**
 * The least and the greatest of the values, or undefined for none: `Math.min(...values)` passes
 * every value as an argument, and throws RangeError for an archive-sized array.
 */
export function extent(values: Iterable<number>): [min: number, max: number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? [min, max] : undefined;
}

/**
 * The first item after `index` that `test` holds for. Unlike `items.slice(index + 1).find(…)`,
 * it copies nothing: asked at every line of a page, a copy costs time growing with the square of
 * the page's length.
 */
export function findAfter<T>(items: readonly T[], index: number, test: (item: T) => boolean): T | undefined {
  for (let i = Math.max(index + 1, 0); i < items.length; i++) if (test(items[i]!)) return items[i];
  return undefined;
}

/** The last item before `index` that `test` holds for, copying nothing (see findAfter). */
export function findBefore<T>(items: readonly T[], index: number, test: (item: T) => boolean): T | undefined {
  for (let i = Math.min(index, items.length) - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

/** Whether an item after `index`, before the first that `stop` holds for, is one `test` holds for. */
export function someAfterUntil<T>(
  items: readonly T[],
  index: number,
  test: (item: T) => boolean,
  stop: (item: T) => boolean,
): boolean {
  for (let i = Math.max(index + 1, 0); i < items.length && !stop(items[i]!); i++) if (test(items[i]!)) return true;
  return false;
}
