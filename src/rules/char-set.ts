/**
 * Sets of code points as sorted, disjoint ranges: enough to ask whether two parts of a pattern can
 * match the same character, which is what the backtracking analysis needs. Unicode property escapes
 * (\p{…}) and back-references are taken as "any character": over-approximating only makes the
 * analysis stricter, never lets a dangerous pattern through.
 */

/** Sorted, disjoint, inclusive [from, to] code-point ranges. */
export type CharSet = ReadonlyArray<readonly [number, number]>;

const MAX = 0x10ffff;

/** Every code point. */
export const ANY: CharSet = [[0, MAX]];
/** No code point. */
export const NONE: CharSet = [];

const DIGIT: CharSet = [[0x30, 0x39]];
const WORD: CharSet = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
// \s as ECMAScript defines it: ASCII whitespace, NBSP, the Unicode spaces, line separators, BOM.
const SPACE: CharSet = [[0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];
const LINE_TERMINATORS: CharSet = [[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]];

/** The union of sets. */
export function union(...sets: CharSet[]): CharSet {
  const all = sets.flat().map(([a, b]) => [a, b] as [number, number]).sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of all) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Every code point not in the set. */
export function complement(set: CharSet): CharSet {
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [a, b] of union(set)) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}

/** True when some code point is in both sets. */
export function intersects(x: CharSet, y: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const [a, b] = x[i]!;
    const [c, d] = y[j]!;
    if (b < c) i++;
    else if (d < a) j++;
    else return true;
  }
  return false;
}

/** A single code point. */
export function single(codePoint: number): CharSet {
  return [[codePoint, codePoint]];
}

/** The set of an escape or `.`: `any` (without the s flag), `digit`, `space`, `word`; others are ANY. */
export function escapeSet(kind: string, negate: boolean): CharSet {
  const base = kind === 'digit' ? DIGIT : kind === 'space' ? SPACE : kind === 'word' ? WORD : kind === 'any' ? complement(LINE_TERMINATORS) : ANY;
  // A negated property escape (\P{…}) is as unknown as the property itself.
  return negate && base !== ANY ? complement(base) : base;
}
