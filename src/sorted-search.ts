/**
 * Binary search over a list kept in order: the position where a prefix of items that come before
 * something ends. The document index (blocks, sections, furniture spans by offset) and the PDF-copy
 * reader (sorted line lengths) each asked it of their own lists with a loop of their own.
 */

/**
 * The index of the first item for which `before` is false, for a list in which `before` holds for a
 * prefix and fails for the rest (the list's length when it holds throughout).
 *
 * @example
 * firstNotBefore([1, 3, 3, 7], (n) => n <= 3) // 3
 */
export function firstNotBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
