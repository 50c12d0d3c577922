/** The size limit and its words, shared by the readers that enforce it. */

/**
 * The default size limit: far above any real report, far below what would exhaust memory.
 *
 * @example
 * await readInput(bytes, { maxBytes: 2 * DEFAULT_MAX_BYTES }) // allow 40 MiB
 */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * A byte count as a limit is written: binary KiB/MiB, as `--max-size` reads them.
 *
 * @example
 * formatBytes(20 * 1024 * 1024) // '20 MiB'
 */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
