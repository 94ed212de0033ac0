/**
 * Appends items one at a time. `target.push(...items)` passes every item as an argument on the
 * stack, and throws RangeError for an array the size of a long article's characters.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
