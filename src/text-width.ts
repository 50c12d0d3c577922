/**
 * Terminal column arithmetic. Chinese characters take two columns, so padding by `.length` would
 * misalign a column that mixes 达标 and "met".
 */

/** True for code points a terminal draws two columns wide (CJK, full-width forms, Hangul). */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/**
 * The number of terminal columns a string takes (no ANSI codes in it).
 *
 * @example
 * displayWidth('达标') // 4
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

/**
 * Pads with spaces on the right to a number of columns.
 *
 * @example
 * padEnd('达标', 6) // '达标  '
 */
export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
}

/**
 * Collapses whitespace and cuts a quote to at most `columns` columns, ending it with … when cut.
 *
 * @example
 * truncate('一二三四五六', 8) // '一二三…'
 */
export function truncate(text: string, columns: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (displayWidth(flat) <= columns) return flat;
  let out = '';
  let width = 0;
  for (const char of flat) {
    const w = displayWidth(char);
    // Keep one column for the ellipsis.
    if (width + w > columns - 1) break;
    out += char;
    width += w;
  }
  return `${out}…`;
}
