/** The size limit's words, shared by the readers that enforce it. */

/**
 * A byte count as a limit is written: binary KiB/MiB, as `--max-size` reads them.
 *
 * @example
 * formatBytes(20 * 1024 * 1024) // '20 MiB'
 */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
