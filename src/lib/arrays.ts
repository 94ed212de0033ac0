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
