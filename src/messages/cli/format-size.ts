/**
 * Byte counts as the messages show them, in the units --max-size accepts (binary: 1 MB = 1024 KB).
 */

/**
 * A byte count in the largest unit that keeps it readable, e.g. for "the limit is 20MB".
 *
 * @example
 * formatSize(20 * 1024 * 1024) // '20MB'
 * formatSize(1536) // '1.5KB'
 * formatSize(100) // '100B'
 */
export function formatSize(bytes: number): string {
  const [unit, size] =
    bytes >= 1024 ** 3 ? ['GB', 1024 ** 3] : bytes >= 1024 ** 2 ? ['MB', 1024 ** 2] : bytes >= 1024 ? ['KB', 1024] : ['B', 1];
  return `${Math.round((bytes / size) * 10) / 10}${unit}`;
}
