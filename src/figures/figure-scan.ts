/**
 * Figures in prose: a number (Arabic, or Chinese numerals of two or more characters), qualifiers and a
 * unit — "126件", "二十余场", "1.5万元". The pattern is tried only where a figure can start, found by a
 * character loop, instead of letting a global search try it at every character: most characters of a
 * report start nothing, and trying there was most of the cost of the figures check.
 */
import { isWhitespace } from '../engine/visible-length.js';
import { scanCounts } from './scan-counts.js';

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSeparator = (c: number) => c === 46 || c === 44; // . ,

const NUMERALS = '零〇一二两三四五六七八九十百千万亿';

// Arabic numbers, or Chinese numerals of two or more characters ("二十余场"): a lone 一/三 is too
// often part of a phrase ("一件事一次办", "三项制度") to count as a figure.
// Each alternative starts only where its run starts (the lookbehinds): a later start inside a run can
// only find a match the run's first character would have found, and trying every start made a long
// run of digits or numerals without a unit quadratic (80k digits: 17 s).
const NUMBER = `(?:(?<!\\d[.,]?)\\d+(?:[.,]\\d+)*|(?<![${NUMERALS}])[${NUMERALS}]{2,})`;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternSource(units: readonly string[]): string {
  const sorted = [...units].sort((a, b) => b.length - a.length).map(escapeRe);
  return `(第)?(${NUMBER})\\s*(?:余|多|近|约|以上)?\\s*(?:万|亿)?(?:${sorted.join('|')})`;
}

/**
 * The figures pattern for a unit list, global: an optional 第 (an ordinal, which callers skip), a
 * number, qualifiers, a unit. {@link scanFigures} finds exactly its matches, faster.
 *
 * @example
 * '办结案件126件'.match(figurePattern(['件'])) // ['126件']
 */
export function figurePattern(units: readonly string[]): RegExp {
  return new RegExp(patternSource(units), 'gu');
}

/** The pattern compiled for one unit list. */
interface Scanner {
  /** Sticky: tried at one place, it never searches ahead. */
  re: RegExp;
  /**
   * The first code units the pattern's tail (qualifiers, then a unit) can start with, whitespace aside;
   * null when a unit could make a shorter number match (an empty unit, or one starting with a digit).
   */
  tailStarts: Set<number> | null;
}

// Looked up by the list itself first (a rule set's list is the same array for every report and
// block), by its words second.
const scanners = new Map<string, Scanner>();
const scannersByList = new WeakMap<readonly string[], Scanner>();

function scannerFor(units: readonly string[]): Scanner {
  let scanner = scannersByList.get(units);
  if (scanner) return scanner;
  const key = units.join('\u0000');
  scanner = scanners.get(key);
  if (!scanner) {
    const starts = units.map((u) => u.charCodeAt(0));
    const safe = starts.every((c) => !Number.isNaN(c) && !isDigit(c) && !isSeparator(c));
    const tailStarts = safe ? new Set([...starts, ...Array.from('余多近约以万亿', (c) => c.charCodeAt(0))]) : null;
    scanner = { re: new RegExp(patternSource(units), 'uy'), tailStarts };
    scanners.set(key, scanner);
  }
  scannersByList.set(units, scanner);
  return scanner;
}

/**
 * Whether an Arabic number starting at `i` is followed by something the pattern's tail can start with.
 * Only the longest number can be: a shorter one is followed by a digit or a separator, which no tail
 * starts with. Most numbers in a report are years and dates ("2023年"), dismissed here untried.
 */
function mayHaveTail(text: string, i: number, tailStarts: Set<number>): boolean {
  let j = i + 1;
  for (;;) {
    while (classOf(text, j) === DIGIT) j++;
    if (classOf(text, j) === SEPARATOR && classOf(text, j + 1) === DIGIT) j += 2;
    else break;
  }
  const c = text.charCodeAt(j);
  return tailStarts.has(c) || isWhitespace(c);
}

// What each UTF-16 unit can be at the start of a figure, looked up in one table: the scan reads every
// character of the text, and a table load is cheaper than tests against a set of code points.
const DIGIT = 1;
const NUMERAL = 2;
const SEPARATOR = 4;
const ORDINAL = 8;
const CLASS = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (const c of NUMERALS) CLASS[c.charCodeAt(0)] = NUMERAL;
CLASS[46] = SEPARATOR; // .
CLASS[44] = SEPARATOR; // ,
CLASS[0x7b2c] = ORDINAL; // 第

// Past either end is nothing. Bounds are tested rather than letting charCodeAt give NaN: one NaN key
// turns the table load generic in optimised code, and the scan ran at a third of its speed.
const classOf = (text: string, i: number): number => (i >= 0 && i < text.length ? (CLASS[text.charCodeAt(i)] as number) : 0);

/**
 * Whether a match of the pattern can start at `i`, given its class: the same test as the pattern's
 * first character and its lookbehinds, so that no place where the pattern could match is passed over.
 */
function mayStart(text: string, i: number, c: number): boolean {
  if (c === DIGIT) {
    const before = classOf(text, i - 1);
    return before !== DIGIT && !(before === SEPARATOR && classOf(text, i - 2) === DIGIT);
  }
  if (c === NUMERAL) return classOf(text, i - 1) !== NUMERAL;
  return (classOf(text, i + 1) & (DIGIT | NUMERAL)) !== 0;
}

/**
 * Whether `i` holds a numeral with no numeral after it ("统一", "第一责任人"): the pattern takes Chinese
 * numerals only two or more at a time, so no figure starts there. Most numerals in prose are such, and
 * trying the pattern on each was a third of the scan.
 */
function loneNumeral(text: string, i: number): boolean {
  return classOf(text, i) === NUMERAL && classOf(text, i + 1) !== NUMERAL;
}

/** Characters of the number run starting at `i`: what one attempt of the pattern can read and backtrack over. */
function runLength(text: string, i: number): number {
  let j = i + 1;
  while ((classOf(text, j) & (DIGIT | NUMERAL | SEPARATOR)) !== 0) j++;
  return j - i;
}

/**
 * Calls `visit` with the range and groups of each match of {@link figurePattern} in `text`, in order,
 * exactly as a global search would find them.
 *
 * @example
 * scanFigures('第3件事,办结12件', ['件'], (at, end, ordinal) => ranges.push([at, end, ordinal])) // [[0, 3, true], [7, 10, false]]
 */
export function scanFigures(text: string, units: readonly string[], visit: (at: number, end: number, ordinal: boolean, number: string) => void): void {
  const { re, tailStarts } = scannerFor(units);
  let i = 0;
  const length = text.length;
  while (i < length) {
    const c = CLASS[text.charCodeAt(i)] as number;
    if (c === 0 || c === SEPARATOR || !mayStart(text, i, c)) {
      i++;
      continue;
    }
    scanCounts.attempts++;
    scanCounts.reach += runLength(text, i);
    if ((c === DIGIT && tailStarts && !mayHaveTail(text, i, tailStarts)) || loneNumeral(text, c === ORDINAL ? i + 1 : i)) {
      i++;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) {
      i++;
      continue;
    }
    i = re.lastIndex;
    visit(m.index, i, m[1] !== undefined, m[2] as string);
  }
  scanCounts.chars += text.length;
}
