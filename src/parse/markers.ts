import type { MarkerKind } from '../types.js';
import { isSpace } from './lines.js';

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

// The markers, as a reader scans for them: 第一部分, (一), 一、 or 一. (not followed by another numeral),
// (1), 1、 or 1. (not followed by a digit: "1.5"), ①. Chinese numerals run one to three characters
// (一 … 九十九), Arabic ones one or two digits. Scanned by character codes, only where a marker may
// stand (see `findMarkers`): the document is read once, with no regex run over it.

/** The value of a Chinese numeral character 一 … 九, 10 for 十, 0 for anything else. */
function cnDigit(c: number): number {
  switch (c) {
    case 0x4e00: return 1; // 一
    case 0x4e8c: return 2; // 二
    case 0x4e09: return 3; // 三
    case 0x56db: return 4; // 四
    case 0x4e94: return 5; // 五
    case 0x516d: return 6; // 六
    case 0x4e03: return 7; // 七
    case 0x516b: return 8; // 八
    case 0x4e5d: return 9; // 九
    case 0x5341: return 10; // 十
    default: return 0;
  }
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** How many Chinese numeral characters (一 … 十) run from `at`, counting at most `max`. */
function cnRun(norm: string, at: number, to: number, max: number): number {
  let n = 0;
  while (n < max && at + n < to && cnDigit(norm.charCodeAt(at + n)) > 0) n++;
  return n;
}

function digitRun(norm: string, at: number, to: number, max: number): number {
  let n = 0;
  while (n < max && at + n < to && isDigit(norm.charCodeAt(at + n))) n++;
  return n;
}

/**
 * The value of a run of one to three numerals 一 … 十 as numbering writes them: 十一 = 11, 二十三 = 23;
 * without 十 a run of several is read digit by digit (一二 = 12), as parseNumeral does.
 */
export function cnValue(norm: string, from: number, to: number): number {
  let hasTen = false;
  for (let i = from; i < to; i++) if (norm.charCodeAt(i) === 0x5341) hasTen = true;
  if (!hasTen) {
    let value = 0;
    for (let i = from; i < to; i++) value = value * 10 + cnDigit(norm.charCodeAt(i));
    return value;
  }
  let section = 0;
  let digit = 0;
  for (let i = from; i < to; i++) {
    const d = cnDigit(norm.charCodeAt(i));
    if (d === 10) {
      section += (digit || 1) * 10;
      digit = 0;
    } else digit = d;
  }
  return section + digit;
}

function arabicValue(norm: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + norm.charCodeAt(i) - 0x30;
  return value;
}

/** Characters after which an inline marker may start a new heading: 。;!?:| and whitespace. */
function isBoundary(c: number): boolean {
  return c === 0x3002 || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x7c || isSpace(c);
}

/** The characters a marker may start with: 第 ( a digit 一 … 十 ① … ⑳, as a table by code unit. */
const MARKER_START = new Uint8Array(0x10000);
for (const c of '第(0123456789一二三四五六七八九十') MARKER_START[c.charCodeAt(0)] = 1;
for (let c = 0x2460; c <= 0x2473; c++) MARKER_START[c] = 1;

/**
 * Whether `at` follows a page number of a PDF copy joined into the text ("…停保212户。- 3 -二、…"):
 * the page break it stands for is a boundary too.
 */
function afterPageNumber(norm: string, from: number, at: number): boolean {
  let i = at - 1;
  if (norm.charCodeAt(i) !== 0x2d) return false;
  i--;
  while (i >= from && norm.charCodeAt(i) === 0x20) i--;
  const digitsEnd = i;
  while (i >= from && isDigit(norm.charCodeAt(i))) i--;
  if (i === digitsEnd || digitsEnd - i > 4) return false;
  while (i >= from && norm.charCodeAt(i) === 0x20) i--;
  return i >= from && norm.charCodeAt(i) === 0x2d;
}

/**
 * Whether a (一) marker with no boundary before it opens a sub-heading glued to the heading before it
 * (a document that lost its line breaks: "…主要举措和成效(一)强化统筹部署"): it stands between two
 * Chinese characters and is not a reference such as 第(二)项 or (一)项. Callers still check the sequence.
 */
function gluedSubheading(norm: string, at: number, end: number, to: number): boolean {
  const before = norm.charCodeAt(at - 1);
  const after = end < to ? norm.charCodeAt(end) : 0;
  if (!(before >= 0x4e00 && before <= 0x9fa5) || !(after >= 0x4e00 && after <= 0x9fa5)) return false;
  // 第 条 款 项 目 之 before, 项 款 条 目 之 中 after: a reference to a numbered part, not a heading.
  return !'第条款项目之'.includes(norm[at - 1] as string) && !'项款条目之中'.includes(norm[end] as string);
}

/**
 * Whether a year ("2024年", 19xx or 20xx) starts at `at`: after "4." it is the heading's first word
 * ("4.2024年主要工作安排"), not the decimals of a number, which never run on into 年.
 */
function yearAt(norm: string, at: number, to: number): boolean {
  if (at + 5 > to || digitRun(norm, at, to, 5) !== 4 || norm.charCodeAt(at + 4) !== 0x5e74) return false;
  const century = norm.slice(at, at + 2);
  return century === '19' || century === '20';
}

/** Reads the marker that starts at `at`, or null; `to` bounds it. */
function markerAt(norm: string, at: number, to: number): MarkerMatch | null {
  const c = norm.charCodeAt(at);
  let kind: MarkerKind;
  let end: number;
  let number: number;
  if (c === 0x7b2c) {
    // 第一部分
    const n = cnRun(norm, at + 1, to, 4);
    if (n === 0 || n > 3 || norm.charCodeAt(at + 1 + n) !== 0x90e8 || norm.charCodeAt(at + 2 + n) !== 0x5206 || at + 3 + n > to) return null;
    kind = 'part';
    number = cnValue(norm, at + 1, at + 1 + n);
    end = at + 3 + n;
  } else if (c === 0x28) {
    // (一) or (1)
    const cn = cnRun(norm, at + 1, to, 4);
    const n = cn > 0 ? cn : digitRun(norm, at + 1, to, 3);
    if (n === 0 || n > (cn > 0 ? 3 : 2) || at + 2 + n > to || norm.charCodeAt(at + 1 + n) !== 0x29) return null;
    kind = cn > 0 ? 'cn-paren' : 'arabic-paren';
    number = cn > 0 ? cnValue(norm, at + 1, at + 1 + n) : arabicValue(norm, at + 1, at + 1 + n);
    end = at + 2 + n;
  } else if (cnDigit(c) > 0) {
    // 一、 or 一. not followed by another numeral
    const n = cnRun(norm, at, to, 4);
    const sep = norm.charCodeAt(at + n);
    if (n > 3 || at + n >= to || (sep !== 0x3001 && sep !== 0x2e)) return null;
    if (at + n + 1 < to && cnDigit(norm.charCodeAt(at + n + 1)) > 0) return null;
    kind = 'cn';
    number = cnValue(norm, at, at + n);
    end = at + n + 1;
  } else if (isDigit(c)) {
    // 1、 or 1. not followed by a digit
    const n = digitRun(norm, at, to, 3);
    const sep = norm.charCodeAt(at + n);
    if (n > 2 || at + n >= to) return null;
    if (sep === 0x2e) {
      if (at + n + 1 < to && isDigit(norm.charCodeAt(at + n + 1)) && !yearAt(norm, at + n + 1, to)) return null;
    } else if (sep !== 0x3001) return null;
    kind = 'arabic';
    number = arabicValue(norm, at, at + n);
    end = at + n + 1;
  } else if (c >= 0x2460 && c <= 0x2473) {
    kind = 'circled';
    number = c - 0x245f;
    end = at + 1;
  } else return null;
  return { kind, marker: norm.slice(at, end), number, start: at, end };
}

/**
 * Finds numbering markers in `norm` between `from` and `to` that stand at a boundary: the start of
 * the range, or after a sentence end, a colon or whitespace. Callers still check the sequence.
 */
export function findMarkers(norm: string, from: number, to: number): MarkerMatch[] {
  const found: MarkerMatch[] = [];
  // A loop over a table: numerals and digits are common in prose, and a regex finding them made a
  // match array for each (the most costly line of parsing).
  const stop = Math.min(to, norm.length); // never NaN from charCodeAt: it would turn the table load generic
  for (let at = from; at < stop; at++) {
    const c = norm.charCodeAt(at);
    if (MARKER_START[c] !== 1) continue;
    const bounded = at === from || isBoundary(norm.charCodeAt(at - 1)) || afterPageNumber(norm, from, at);
    if (!bounded && c !== 0x28) continue;
    const m = markerAt(norm, at, to);
    if (m === null || m.number === 0) continue;
    if (!bounded && !(m.kind === 'cn-paren' && gluedSubheading(norm, at, m.end, to))) continue;
    let end = m.end;
    while (end < to && norm.charCodeAt(end) === 0x20) end++;
    m.end = end;
    found.push(m);
    at = end - 1; // the next marker starts after this one's trailing spaces
  }
  return found;
}

const IS = '是';

/** An enumerated item marker inside a paragraph: 一是, 二是 … */
export interface ItemMatch {
  marker: string;
  number: number;
  start: number;
}

/** Characters after which 一是 may open an item: 。;!?:,、) and whitespace. */
function isItemBoundary(c: number): boolean {
  return c === 0x3002 || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x2c || c === 0x3001 || c === 0x29 || isSpace(c);
}

/**
 * Finds 一是/二是… item markers in `norm` between `from` and `to`, keeping only those that continue
 * the sequence (一是 opens a list, 二是 must follow 一是, possibly in an earlier paragraph: `previous`),
 * so phrases like "统一是" are ignored. `max` stops the search after that many items.
 */
export function findItems(norm: string, from: number, to: number, previous = 0, max = Infinity): ItemMatch[] {
  const items: ItemMatch[] = [];
  let lastNumber = previous;
  // Searched in a slice (a view, not a copy): indexOf on the whole text would read on past `to`.
  const part = norm.slice(from, to);
  for (let k = part.indexOf(IS); k >= 0 && items.length < max; k = part.indexOf(IS, k + 1)) {
    const at = from + k;
    // One to three numerals just before 是, standing at a boundary (a longer run is not a marker).
    let start = at;
    while (start > from && at - start < 4 && cnDigit(norm.charCodeAt(start - 1)) > 0) start--;
    const n = at - start;
    if (n === 0 || n > 3) continue;
    if (start !== from && !isItemBoundary(norm.charCodeAt(start - 1))) continue;
    const number = cnValue(norm, start, at);
    if (number === 1 || number === lastNumber + 1) {
      items.push({ marker: norm.slice(start, at + 1), number, start });
      lastNumber = number;
    }
  }
  return items;
}
