/**
 * Text copied out of a PDF: every paragraph is broken at the page's line width, and page numbers and
 * running headers sit between the lines. The text is passed through unchanged (line numbers stay the
 * user's); this module only says which breaks fall mid-sentence and which lines are page furniture,
 * and the parser joins and drops accordingly.
 */
import { classifyLine } from '../parse/boilerplate.js';
import { isTitleLike } from '../parse/meta.js';
import { normalizeText } from '../parse/normalize.js';
import { firstNotBefore } from '../sorted-search.js';
import { displayWidth } from '../text-width.js';
import type { ExtractedText } from './types.js';

// A sentence ends at these; a closing quote or bracket ends one only when the end is inside it
// (`……”。` or `……。”`): `“一规划两纲要”` broken at the line end is still mid-sentence.
const SENTENCE_END = /[。！？；：!?;:…]$/;
const CLOSERS = /[”’"'」』）)》〉】\]]+$/;
// Numbering that opens a heading or an item on its own line (matched on normalised text).
const CN = '[一二三四五六七八九十]';
const NUMBERED = new RegExp(
  `^(第${CN}{1,3}(部分|章|节)|${CN}{1,3}[、.]|\\((${CN}{1,3}|\\d{1,2})\\)|\\d{1,2}(、|\\.(?!\\d))|[\\u2460-\\u2473]|${CN}{1,2}是)`,
);
// Running headers are short: a title, an issuer, a document number.
const HEADER_MIN = 4;
const HEADER_MAX = 40;
// PDF pages hold at most ~60 Chinese characters a line; a report whose typical line is longer has
// one paragraph per line and was never wrapped.
const MAX_WRAP_CHARS = 100;

interface Analysis {
  softBreaks: number[];
  /** The normalised lines. */
  norm: string[];
  boilerplate: number[];
  /** Page-number lines with the number they show. */
  pages: Array<{ line: number; page: number; decorated: boolean }>;
  /** Non-blank lines that are not furniture. */
  contentLines: number;
  /** The full line length in characters. */
  typicalChars: number;
}

const isBlank = (line: string) => line.trim() === '';

function pageNumberOf(norm: string): { page: number; decorated: boolean } | null {
  const trimmed = norm.trim();
  if (classifyLine(trimmed) !== 'page-number') return null;
  const page = Number(/\d+/.exec(trimmed)?.[0]);
  return { page, decorated: !/^\d+$/.test(trimmed) };
}

function endsSentence(line: string): boolean {
  const bare = line.trimEnd();
  const inner = bare.replace(CLOSERS, '');
  return SENTENCE_END.test(inner) || inner === '';
}

/** The nearest non-blank line before (-1) or after (+1) `i`, as a 0-based index, or -1. */
function neighbour(lines: readonly string[], i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (!isBlank(lines[j] as string)) return j;
  return -1;
}

/**
 * Short lines repeated on many pages: ≥ 3 times, or twice when every copy stands next to a page
 * number, or once when it reads as a title (…报告, …情况) and stands next to one. The title on the
 * first page, away from any page number, is the title and not a running header, but its copies are.
 */
function runningHeaders(lines: readonly string[], norm: readonly string[], pageLines: ReadonlySet<number>): number[] {
  const byText = new Map<string, number[]>();
  norm.forEach((line, i) => {
    const t = line.trim();
    if (t.length < HEADER_MIN || t.length > HEADER_MAX || pageLines.has(i) || NUMBERED.test(t) || /[。,，]/.test(t)) return;
    const at = byText.get(t);
    if (at) at.push(i);
    else byText.set(t, [i]);
  });
  const nextToPage = (i: number) => pageLines.has(neighbour(lines, i, -1)) || pageLines.has(neighbour(lines, i, 1));
  const firstPage = [...pageLines].reduce((a, b) => Math.min(a, b), Infinity);
  const headers: number[] = [];
  for (const [t, at] of byText) {
    const titleLike = isTitleLike(t);
    const isTitle = (at[0] as number) < firstPage && !nextToPage(at[0] as number) && titleLike;
    const copies = isTitle ? at.slice(1) : at;
    if (at.length >= 3 || (at.length === 2 && copies.every(nextToPage))) headers.push(...copies);
    // A two-page copy shows its header once: a title-like line beside a page number is still one.
    else if (at.length === 1 && titleLike && !isTitle && nextToPage(at[0] as number)) headers.push(at[0] as number);
  }
  return headers;
}

/** How a line length is measured, and how far a full line may fall short of the full value or pass it. */
interface Measure {
  of: (i: number) => number;
  /** Short of full: a line gives way to a character that may not start the next one (，。」). */
  short: (full: number) => number;
  /** Past full: punctuation may hang into the margin. One character. */
  over: number;
}

const isNear = (m: Measure, value: number, full: number) => value >= full - m.short(full) && value <= full + m.over;

/**
 * The full line width: the value most lines fall just short of. Wrapped lines pile up at the page
 * width while paragraph ends and headings scatter below it; a plain percentile would be pulled down
 * by them in a report of many short lines.
 */
function fullWidth(m: Measure, content: readonly number[]): number {
  const values = content.map(m.of).sort((a, b) => a - b);
  const median = values[Math.floor(values.length / 2)] ?? 0;
  let best = { full: 0, count: 0 };
  for (const v of new Set(values)) {
    if (v < median) continue;
    // The values near v are one run of the sorted list: two binary searches, not a scan per value
    // (which made this quadratic in the number of distinct lengths).
    const count = firstAbove(values, v + m.over) - firstAbove(values, v - m.short(v) - 1);
    // Ascending order with >=: a tie goes to the wider value, the page width rather than a short line.
    if (count >= best.count) best = { full: v, count };
  }
  return best.full;
}

/** The index of the first value above `limit` in an ascending list of whole numbers (its length if none). */
const firstAbove = (sorted: readonly number[], limit: number): number => firstNotBefore(sorted, (v) => v <= limit);

/** A line measure worked out once per line: fullLineTest asks for each line's length several times. */
function remembered(of: (i: number) => number): (i: number) => number {
  const known = new Map<number, number>();
  return (i) => {
    let value = known.get(i);
    if (value === undefined) known.set(i, (value = of(i)));
    return value;
  };
}

/**
 * A test for lines that fill the page width. PDFs wrap by width on the page; other tools wrap by a
 * count of characters. Whichever measure gathers more lines just below one value is how this text was
 * wrapped; the other would blur it (a heading of 30 Chinese characters is as wide as 34 characters
 * with digits in them). Measured with the leading indent: an indented first line is as wide on the
 * page as the others.
 */
function fullLineTest(lines: readonly string[], content: readonly number[]): { isFull: (i: number) => boolean; typicalChars: number } {
  const chars: Measure = { of: remembered((i) => (lines[i] as string).trimEnd().length), short: (v) => Math.max(1, Math.round(v * 0.04)), over: 1 };
  const width: Measure = { of: remembered((i) => displayWidth((lines[i] as string).trimEnd())), short: (v) => Math.max(4, Math.round(v * 0.08)), over: 2 };
  const byChars = fullWidth(chars, content);
  const byWidth = fullWidth(width, content);
  // Compared within one character either way, so the looser width tolerance does not win by itself.
  const tight = (m: Measure, full: number) => content.filter((i) => Math.abs(m.of(i) - full) <= m.over).length;
  const [m, full] = tight(chars, byChars) > tight(width, byWidth) ? [chars, byChars] : [width, byWidth];
  // A line well short of full is a real line end; one well beyond it was never wrapped (a heading or
  // a table row laid out apart from the body).
  return { isFull: (i) => isNear(m, m.of(i), full), typicalChars: byChars };
}

/** Lines (0-based) that are full and stop mid-sentence, with the next line continuing the sentence. */
function softBreaksOf(
  lines: readonly string[],
  norm: readonly string[],
  content: readonly number[],
  furniture: ReadonlySet<number>,
  isFull: (i: number) => boolean,
): number[] {
  const indent = (i: number) => displayWidth(/^\s*/.exec(lines[i] as string)?.[0] ?? '');
  const soft: number[] = [];
  for (const i of content) {
    // Web-page chrome and metadata lines are set aside by the parser anyway: never join them.
    if (!isFull(i) || endsSentence(norm[i] as string) || classifyLine((norm[i] as string).trim()) !== null) continue;
    // The sentence may continue after a page break: skip page furniture, but a blank line alone
    // (with no furniture) is a paragraph break.
    let j = i + 1;
    let crossedPage = false;
    for (; j < lines.length && (furniture.has(j) || isBlank(lines[j] as string)); j++) if (furniture.has(j)) crossedPage = true;
    if (j >= lines.length || (j > i + 1 && !crossedPage)) continue;
    // A numbered line opens a heading or an item; an indented one opens a paragraph.
    const next = (norm[j] as string).trim();
    if (NUMBERED.test(next) || indent(j) >= indent(i) + 2 || classifyLine(next) !== null) continue;
    soft.push(i);
  }
  return soft;
}

const LINE_BREAK = /\r\n|\r|\n/;

/** The lines of a text; split by a string, many times faster than by the pattern, when there is no CR. */
const splitLines = (text: string): string[] => (text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n'));

/** The lines of a text as given and normalised. */
function linesOf(text: string): { lines: string[]; norm: string[] } {
  // Normalised whole and then split: normalizeText maps one code unit to one and never to or from a
  // line break, so this is lines.map(normalizeText) without a typed array and a string per line.
  return { lines: splitLines(text), norm: splitLines(normalizeText(text)) };
}

/**
 * A quick no for most texts, before the line widths are measured: fewer than two page numbers and
 * fewer than three unnumbered lines of text (not page chrome or fields) that stop mid-sentence with
 * text after them, so neither test of looksLikePdfText can say yes. Each count here is at least the
 * one it stands for.
 */
function clearlyNotPdf(lines: readonly string[], norm: readonly string[]): boolean {
  let pages = 0;
  let open = 0;
  let last = lines.length - 1;
  while (last >= 0 && isBlank(lines[last] as string)) last--;
  for (let i = 0; i <= last; i++) {
    const line = (norm[i] as string).trim();
    if (line === '') continue;
    if (line.length <= 20 && pageNumberOf(line) && ++pages >= 2) return false;
    if (i < last && !endsSentence(line) && !NUMBERED.test(line) && classifyLine(line) === null && ++open >= 3) return false;
  }
  return true;
}

/** Page furniture (page numbers, running headers) and the content lines (0-based) besides it. */
interface Furniture {
  pages: Analysis['pages'];
  furniture: Set<number>;
  content: number[];
}

function furnitureOf({ lines, norm }: { lines: string[]; norm: string[] }): Furniture {
  const pages: Analysis['pages'] = [];
  norm.forEach((line, i) => {
    const found = pageNumberOf(line);
    if (found) pages.push({ line: i + 1, ...found });
  });
  const pageLines = new Set(pages.map((p) => p.line - 1));
  const furniture = new Set([...pageLines, ...runningHeaders(lines, norm, pageLines)]);
  const content = lines.map((_, i) => i).filter((i) => !furniture.has(i) && !isBlank(lines[i] as string));
  return { pages, furniture, content };
}

function analyse(split: { lines: string[]; norm: string[] }, known?: Furniture): Analysis {
  const { lines, norm } = split;
  const { pages, furniture, content } = known ?? furnitureOf(split);
  const { isFull, typicalChars } = fullLineTest(lines, content);
  return {
    softBreaks: softBreaksOf(lines, norm, content, furniture, isFull).map((i) => i + 1),
    norm,
    boilerplate: [...furniture].map((i) => i + 1).sort((a, b) => a - b),
    pages,
    contentLines: content.length,
    typicalChars,
  };
}

/**
 * Whether text looks copied out of a PDF: page numbers that count up through the document, or a clear
 * share of lines broken mid-sentence at one width. A report with one paragraph per line is not.
 *
 * @example
 * const page = '全年共办理行政复议案件四十二件。\n'.repeat(5)
 * looksLikePdfText(`${page}- 1 -\n${page}- 2 -`) // true: the page numbers count up
 * looksLikePdfText('一、主要举措和成效\n全年共办理行政复议案件四十二件，依法纠正违法或者不当行政行为六件。') // false
 */
export function looksLikePdfText(text: string): boolean {
  return decide(text) !== null;
}

/**
 * Whether a text reads as a PDF copy: null when not; else its lines and furniture, with the line-width
 * analysis when the decision needed one (page numbers alone can decide without it).
 */
function decide(text: string): { split: ReturnType<typeof linesOf>; furniture: Furniture; analysis: Analysis | null } | null {
  const split = linesOf(text);
  if (clearlyNotPdf(split.lines, split.norm)) return null;
  const furniture = furnitureOf(split);
  // Page numbers in sequence, a few lines apart: one step is enough for `- 3 -` or `第3页`; bare
  // numbers could be table cells, so they need two.
  let steps = 0;
  let decorated = false;
  furniture.pages.forEach((p, k) => {
    const prev = furniture.pages[k - 1];
    if (prev && p.page === prev.page + 1 && p.line - prev.line >= 5) {
      steps++;
      decorated ||= p.decorated && prev.decorated;
    }
  });
  if (steps >= 2 || (steps === 1 && decorated)) return { split, furniture, analysis: null };
  // A PDF wraps paragraphs, not only headings: a short report whose heading lines (no closing mark,
  // a paragraph after each) happen to set the "page width" has no break inside a paragraph.
  const inParagraphs = (breaks: readonly number[]) => breaks.filter((i) => !NUMBERED.test((split.norm[i] as string).trim())).length;
  const enough = (breaks: readonly number[]) => inParagraphs(breaks) >= 3 && breaks.length >= furniture.content.length * 0.2;
  // Every soft break is a content line that stops mid-sentence and is no field or chrome: when even
  // all of those would be too few, the line widths need not be measured (a report with one paragraph
  // a line and a few headings stops here; a web page of many short lines usually does not).
  const open = furniture.content.filter((i) => !endsSentence(split.norm[i] as string) && classifyLine((split.norm[i] as string).trim()) === null);
  if (!enough(open)) return null;
  const a = analyse(split, furniture);
  return a.typicalChars <= MAX_WRAP_CHARS && enough(a.softBreaks.map((line) => line - 1)) ? { split, furniture, analysis: a } : null;
}

function toExtracted(text: string, a: Analysis): ExtractedText {
  return {
    text,
    format: 'pdf-text',
    encoding: null,
    headings: [],
    boilerplateLines: a.boilerplate,
    softBreaks: a.softBreaks,
    meta: {},
  };
}

/**
 * Reads text copied out of a PDF. The text is kept as given. `softBreaks` are the lines that are
 * full-width and stop mid-sentence, so the paragraph continues on the next line that is not furniture
 * (a page break may fall between); `boilerplateLines` are page numbers (`- 3 -`, `第3页`, `3/12`, a
 * bare number) and running headers (a short line repeated ≥ 3 times, or twice beside page numbers,
 * or a title-like line beside a page number; the title on the first page is kept).
 *
 * @example
 * const x = extractPdfText('某县2023年法治政府建设年度报告\n全年共办理行政复议案件四十二件，依法纠正违\n法或者不当行政行为六件，纠错率百分之十四。\n- 1 -')
 * x.softBreaks // [2]
 * x.boilerplateLines // [4]
 */
export function extractPdfText(text: string): ExtractedText {
  return toExtracted(text, analyse(linesOf(text)));
}

/**
 * The text read as {@link extractPdfText} reads it when it looks like a PDF copy
 * ({@link looksLikePdfText}), else null: the lines are measured once for both.
 *
 * @example
 * readPdfCopy(pdfCopy)?.softBreaks // the lines a page wrapped
 * readPdfCopy('一、主要举措和成效\n全年共办理行政复议案件四十二件。') // null
 */
export function readPdfCopy(text: string): ExtractedText | null {
  const found = decide(text);
  return found && toExtracted(text, found.analysis ?? analyse(found.split, found.furniture));
}
