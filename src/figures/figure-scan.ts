/**
 * Figures in prose: a number (Arabic, or Chinese numerals of two or more characters), qualifiers and a
 * unit — "126件", "二十余场", "1.5万元". The pattern is tried only where a figure can start, found by a
 * character loop, instead of letting a global search try it at every character: most characters of a
 * report start nothing, and trying there was most of the cost of the figures check.
 */
import { scanCounts } from './scan-counts.js';

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

// Sticky copies, one per unit list: tried at one place, they never search ahead. Looked up by the list
// itself first (a rule set's list is the same array for every report and block), by its words second.
const sticky = new Map<string, RegExp>();
const stickyByList = new WeakMap<readonly string[], RegExp>();

function stickyPattern(units: readonly string[]): RegExp {
  let re = stickyByList.get(units);
  if (re) return re;
  const key = units.join('\u0000');
  re = sticky.get(key);
  if (!re) {
    re = new RegExp(patternSource(units), 'uy');
    sticky.set(key, re);
  }
  stickyByList.set(units, re);
  return re;
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

// charCodeAt past either end is NaN, which the table reads as undefined: nothing.
const classOf = (text: string, i: number): number => CLASS[text.charCodeAt(i)] ?? 0;

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
  const re = stickyPattern(units);
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
