/**
 * Sizes as people write them on a command line (`20MB`, `500KB`, `1048576`). Multiples are binary
 * (1 MB = 1024 KB), as the file managers on the desktops these reports live on count, and as
 * formatSize (src/messages/cli/format-size.ts) prints them.
 */

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/**
 * The number of bytes a size stands for, or null when it is not a positive size.
 *
 * @example
 * parseSize('20MB') // 20971520
 * parseSize('500 kb') // 512000
 * parseSize('1.5M') // 1572864
 * parseSize('lots') // null
 */
export function parseSize(value: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!match) return null;
  const unit = UNITS[match[2]!.toLowerCase()];
  if (unit === undefined) return null;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : null;
}
