import type { MarkerKind } from '../types.js';
import { parseCircled, parseNumeral } from './numerals.js';

/** A numbering marker found in the normalised text. */
export interface MarkerMatch {
  kind: MarkerKind;
  /** The marker as written, e.g. `(一)` (normalised form). */
  marker: string;
  number: number;
  /** Offset of the marker's first character. */
  start: number;
  /** Offset just past the marker (and any spaces after it). */
  end: number;
}

const CN = '[一二三四五六七八九十]{1,3}';

// Order matters: `第一部分` before `一、`, `(一)` before `(1)`.
const MARKER = new RegExp(
  [
    `(?<part>第(?:${CN})部分)`,
    `(?<cnParen>\\((?:${CN})\\))`,
    `(?<cn>(?:${CN})[、.](?![一二三四五六七八九十]))`,
    `(?<arabicParen>\\(\\d{1,2}\\))`,
    `(?<arabic>\\d{1,2}(?:[、]|\\.(?!\\d)))`,
    `(?<circled>[\\u2460-\\u2473])`,
  ].join('|'),
  'g',
);

const KIND_BY_GROUP: Record<string, MarkerKind> = {
  part: 'part',
  cnParen: 'cn-paren',
  cn: 'cn',
  arabicParen: 'arabic-paren',
  arabic: 'arabic',
  circled: 'circled',
};

function numberOf(kind: MarkerKind, marker: string): number | null {
  if (kind === 'circled') return parseCircled(marker);
  const digits = marker.replace(/^第|部分$|[()、.]/g, '');
  return parseNumeral(digits);
}

/** Characters after which an inline marker may start a new heading. */
const BOUNDARY = /[。;!?:\s|]/;

/**
 * Finds numbering markers in `norm` between `from` and `to` that stand at a boundary: the start of
 * the range, or after a sentence end, a colon or whitespace. Callers still check the sequence.
 */
export function findMarkers(norm: string, from: number, to: number): MarkerMatch[] {
  const found: MarkerMatch[] = [];
  const slice = norm.slice(from, to);
  for (const m of slice.matchAll(MARKER)) {
    const index = from + (m.index ?? 0);
    const before = index === from ? '' : (norm[index - 1] as string);
    if (before !== '' && !BOUNDARY.test(before)) continue;
    const group = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined);
    if (!group) continue;
    const kind = KIND_BY_GROUP[group[0]] as MarkerKind;
    const number = numberOf(kind, group[1] as string);
    if (number === null || number === 0) continue;
    let end = index + m[0].length;
    while (end < to && norm[end] === ' ') end++;
    found.push({ kind, marker: m[0], number, start: index, end });
  }
  return found;
}

const ITEM = new RegExp(`(${CN})是`, 'g');

/** An enumerated item marker inside a paragraph: 一是, 二是 … */
export interface ItemMatch {
  marker: string;
  number: number;
  start: number;
}

/**
 * Finds 一是/二是… item markers in `norm` between `from` and `to`, keeping only those that continue
 * the sequence (一是 opens a list, 二是 must follow 一是, possibly in an earlier paragraph: `previous`),
 * so phrases like "统一是" are ignored.
 */
export function findItems(norm: string, from: number, to: number, previous = 0): ItemMatch[] {
  const items: ItemMatch[] = [];
  let lastNumber = previous;
  for (const m of norm.slice(from, to).matchAll(ITEM)) {
    const start = from + (m.index ?? 0);
    const before = start === from ? '' : (norm[start - 1] as string);
    if (before !== '' && !/[。;!?:,、\s)]/.test(before)) continue;
    const number = parseNumeral(m[1] as string);
    if (number === null) continue;
    if (number === 1 || number === lastNumber + 1) {
      items.push({ marker: m[0], number, start });
      lastNumber = number;
    }
  }
  return items;
}
