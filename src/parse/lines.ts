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
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ number, start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      number++;
    }
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
