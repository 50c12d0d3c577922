import type { SourceSpan } from '../types.js';

/** One physical line of the input, without its line break. */
export interface Line {
  /** 1-based line number. */
  number: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character (before the line break). */
  end: number;
}

/** Splits text into lines, accepting \n, \r\n and lone \r. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  // The next \n and the next \r, found by indexOf (a native scan) rather than a test per character.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    const i = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
    lines.push({ number, start, end: i });
    start = i === cr && lf === i + 1 ? i + 2 : i + 1;
    number++;
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
  }
  lines.push({ number, start, end: text.length });
  return lines;
}

/** Returns the 1-based line holding `offset`, by binary search over line starts. */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Builds a span for [start, end) with its line numbers. */
export function spanOf(lineStarts: readonly number[], start: number, end: number): SourceSpan {
  return { start, end, line: lineAt(lineStarts, start), endLine: lineAt(lineStarts, Math.max(start, end - 1)) };
}

/** Whether a UTF-16 code unit is what `\s` matches in a JavaScript regex (a test without a regex). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Narrows [start, end) of `norm` so it neither starts nor ends with whitespace. */
export function trimRange(norm: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(norm.charCodeAt(start))) start++;
  while (end > start && isSpace(norm.charCodeAt(end - 1))) end--;
  return [start, end];
}
