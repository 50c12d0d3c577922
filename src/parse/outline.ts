/**
 * Builds the outline tree from content ranges. Headings are found by numbering markers at line
 * starts and, for one-line documents and run-in headings, after sentence ends. Depth is decided by
 * the order in which marker kinds first appear (a stack), not by a fixed table, because reports nest
 * 一、/（一）/1. in different orders.
 */
import type { ListItem, Paragraph, Section } from '../types.js';
import { isSpace, spanOf, trimRange } from './lines.js';
import { cnValue, findItems, findMarkers, type MarkerMatch } from './markers.js';
import { workCounts } from './work-counts.js';

/** The inputs the outline builder reads. */
export interface OutlineInput {
  text: string;
  norm: string;
  lineStarts: number[];
  /** Content ranges in reading order, one per line or per soft-joined paragraph (boilerplate removed). */
  ranges: ContentRange[];
}

/** A run of content: one line, or several joined where a PDF copy broke a sentence. */
export interface ContentRange {
  start: number;
  end: number;
  /** 1-based line where the range starts. */
  line: number;
  /** 1-based line where a joined range ends. */
  endLineNumber?: number;
  /** Set when the container marks this line as a heading of this level. */
  headingLevel?: number;
}

/** The outline: top-level sections and the paragraphs before the first heading. */
export interface Outline {
  sections: Section[];
  preamble: Paragraph[];
}

// Run-in headings are the first sentence; beyond this many characters the "heading" is really a
// numbered paragraph, and we keep only its first clause as the heading.
const MAX_HEADING = 60;
// In a flattened line a heading may run on into the text with nothing between them; a run-in heading
// longer than this is taken to be that, and cut at its first comma.
const MAX_FLAT_HEADING = 40;
// Lines longer than this are treated as flattened documents, where a space ends a heading.
const LONG_LINE = 200;

class OutlineBuilder {
  readonly roots: Section[] = [];
  readonly preamble: Paragraph[] = [];
  private readonly stack: Section[] = [];
  // Parallel to `stack`: the container's heading level for hinted headings, else undefined.
  private readonly hintLevels: Array<number | undefined> = [];

  constructor(private readonly input: OutlineInput) {}

  /** Whether a marker continues the numbering where it stands (inline markers must follow strictly). */
  private openIndex(kind: Section['markerKind']): number {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      if ((this.stack[i] as Section).markerKind === kind) return i;
    }
    return -1;
  }

  accepts(m: MarkerMatch, atLineStart: boolean): boolean {
    const idx = this.openIndex(m.kind);
    if (idx >= 0) {
      const prev = (this.stack[idx] as Section).number ?? 0;
      if (m.number === prev + 1) return true;
      return atLineStart && (m.number > prev || m.number === 1);
    }
    return m.number === 1 || atLineStart;
  }

  open(m: MarkerMatch, headStart: number, headEnd: number, runIn: boolean): void {
    const idx = this.openIndex(m.kind);
    if (idx >= 0) this.truncate(idx);
    this.push(m, m.start, headStart, headEnd, runIn, undefined);
  }

  /** Opens a heading the container marked (h2, a Word heading style, `##`), numbered or not. */
  openHinted(level: number, m: MarkerMatch | null, start: number, end: number): void {
    // Close everything down to a hinted heading of a higher level: numbering inside does not matter.
    let keep = this.stack.length;
    while (keep > 0 && !((this.hintLevels[keep - 1] ?? Infinity) < level)) keep--;
    this.truncate(keep);
    const [hs, he] = trimRange(this.input.norm, m ? m.end : start, end);
    this.push(m, start, hs, Math.max(hs, he), false, level);
  }

  /** The innermost open section. */
  current(): Section | null {
    return this.stack[this.stack.length - 1] ?? null;
  }

  /** Takes a heading on to `end`, across the line break a PDF copy put inside it. */
  extendHeading(section: Section, end: number): void {
    const span = spanOf(this.input.lineStarts, section.headingSpan.start, end);
    section.heading = this.input.text.slice(section.headingSpan.end - section.heading.length, end);
    section.headingSpan = span;
    section.end = span.end;
    section.endLine = span.endLine;
  }

  private truncate(length: number): void {
    this.stack.length = length;
    this.hintLevels.length = length;
  }

  private push(m: MarkerMatch | null, start: number, headStart: number, headEnd: number, runIn: boolean, hintLevel: number | undefined): void {
    const { text, lineStarts } = this.input;
    const span = spanOf(lineStarts, start, headEnd);
    const section: Section = {
      start: span.start,
      end: span.end,
      line: span.line,
      endLine: span.endLine,
      level: this.stack.length + 1,
      markerKind: m ? m.kind : 'none',
      marker: m ? text.slice(m.start, m.start + m.marker.length) : '',
      number: m ? m.number : null,
      heading: text.slice(headStart, headEnd),
      headingSpan: spanOf(lineStarts, start, headEnd),
      runIn,
      paragraphs: [],
      items: [],
      children: [],
    };
    const parent = this.stack[this.stack.length - 1];
    (parent ? parent.children : this.roots).push(section);
    this.stack.push(section);
    this.hintLevels.push(hintLevel);
  }

  addText(from: number, to: number): void {
    const { text, norm, lineStarts } = this.input;
    const [start, end] = trimRange(norm, from, to);
    if (start >= end || onlyPunctuation(norm, start, end)) return;
    const span = spanOf(lineStarts, start, end);
    const paragraph: Paragraph = { start: span.start, end: span.end, line: span.line, endLine: span.endLine, text: text.slice(start, end) };
    const current = this.stack[this.stack.length - 1];
    if (!current) {
      this.preamble.push(paragraph);
      return;
    }
    current.paragraphs.push(paragraph);
    const previous = current.items[current.items.length - 1];
    const found = itemsIn(this.input, start, end, previous ? itemNumber(previous.marker) : 0);
    // An item runs on until the next item: across a line a PDF copy broke, and over a paragraph that
    // continues it ("主要原因是…" on a line of its own after the problem it explains).
    const carriedTo = found[0] ? found[0].start : end;
    if (previous && carriedTo > start) {
      const [, e] = trimRange(norm, start, carriedTo);
      const span = spanOf(lineStarts, previous.start, e);
      previous.end = span.end;
      previous.endLine = span.endLine;
      previous.text = text.slice(previous.start, span.end);
    }
    for (const item of found) current.items.push(item);
  }
}

/** Whether [start, end) holds nothing but separators (。;,:| and spaces): no text to keep. */
function onlyPunctuation(norm: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (!(c === 0x3002 || c === 0x3b || c === 0x2c || c === 0x3a || c === 0x7c || isSpace(c))) return false;
  }
  return true;
}

/** The number of an item marker (二是 → 2). */
function itemNumber(marker: string): number {
  return cnValue(marker, 0, marker.length - 1);
}

/** Whether a character ends a run-in heading: 。;!?: */
function endsHeading(c: number): boolean {
  return c === 0x3002 || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x3a;
}

function itemsIn(input: OutlineInput, start: number, end: number, previous: number): ListItem[] {
  const found = findItems(input.norm, start, end, previous);
  return found.map((item, i) => {
    const next = found[i + 1];
    const [s, e] = trimRange(input.norm, item.start, next ? next.start : end);
    const span = spanOf(input.lineStarts, s, e);
    return { start: span.start, end: span.end, line: span.line, endLine: span.endLine, marker: item.marker, text: input.text.slice(s, e) };
  });
}

// # * _ space, and the brackets of a bracketed heading (【主要举措和成效】)
const isMarkup = (c: number): boolean => c === 0x23 || c === 0x2a || c === 0x5f || c === 0x20 || c === 0x3010 || c === 0x3011;

/**
 * A heading line the container marked, less its Markdown syntax ("## 一、…", "**一、…**") or its
 * brackets ("【主要举措和成效】"): the text
 * keeps every character as written, so the marker and the heading start after the markup.
 */
function withoutMarkup(norm: string, s: number, e: number): [number, number] {
  let from = s;
  let to = e;
  while (from < to && isMarkup(norm.charCodeAt(from))) from++;
  while (to > from && isMarkup(norm.charCodeAt(to - 1))) to--;
  return from < to ? [from, to] : [s, e];
}

/** Where a heading that starts at `from` stops, and where its body starts. */
function headingExtent(
  norm: string,
  from: number,
  lineEnd: number,
  nextMarker: number,
  longLine: boolean,
): { end: number; bodyStart: number } {
  const limit = Math.min(lineEnd, nextMarker);
  const item = findItems(norm, from, limit, 0, 1)[0];
  let stop = item ? item.start : limit;
  if (longLine && !item) stop = gluedFirstItem(norm, from, stop);
  stop = headingStop(norm, from, stop, longLine);
  const most = longLine ? MAX_FLAT_HEADING : MAX_HEADING;
  if (stop - from > most) {
    const comma = firstComma(norm, from, from + most);
    const cut = comma > 0 ? from + comma : from + most;
    // The comma that ended the heading belongs to neither.
    return { end: cut, bodyStart: comma > 0 ? cut + 1 : cut };
  }
  const bodyStart = stop < limit && endsHeading(norm.charCodeAt(stop)) ? stop + 1 : stop;
  return { end: stop, bodyStart };
}

/** Where a heading that starts at `from` ends before `stop`: at a sentence end, or in a flattened line at a space after it. */
function headingStop(norm: string, from: number, stop: number, longLine: boolean): number {
  let i = from;
  for (; i < stop; i++) {
    const c = norm.charCodeAt(i);
    if (endsHeading(c)) break;
    if (!longLine || c !== 0x20 || i - from < 2) continue;
    if (!spaceInHeading(norm, i, stop)) break;
    // The rest of a run of spaces reads alike (a space before each, the same text after the run):
    // asked once, not once a space, which made a long run quadratic.
    const runEnd = spaceRunEnd(norm, i, stop);
    if (runEnd - i < 2) continue;
    if (!spaceInHeading(norm, i + 1, stop)) {
      i++;
      break;
    }
    i = runEnd - 1;
  }
  workCounts.headingReach += i - from;
  return i;
}

/**
 * Whether the space at `at` in a flattened line stands inside a heading rather than after it (a space
 * there is where a line break was, or a glitch of the copy): after a number ("2023 年度"), before
 * punctuation that goes on with the clause ("职能 ,营商环境"), or before a short run of characters with
 * no punctuation that ends at the next space or marker ("主要安 排 (一)…": the heading a PDF copy
 * wrapped early). Body text after a heading is a sentence, with punctuation in it.
 */
function spaceInHeading(norm: string, at: number, stop: number): boolean {
  const before = norm.charCodeAt(at - 1);
  if (before >= 0x30 && before <= 0x39) return true;
  const j = spaceRunEnd(norm, at, stop);
  workCounts.headingReach += j - at;
  if (j >= stop) return false;
  const next = norm.charCodeAt(j);
  if (next === 0x2c || next === 0x3001) return true;
  let k = j;
  while (k < stop && k - j <= MAX_TAIL && isTailChar(norm.charCodeAt(k))) k++;
  return k > j && k - j <= MAX_TAIL && (k === stop || norm.charCodeAt(k) === 0x20);
}

/** The end of the run of spaces (U+0020) that starts at `at`, at most `stop`. */
function spaceRunEnd(norm: string, at: number, stop: number): number {
  let j = at;
  while (j < stop && norm.charCodeAt(j) === 0x20) j++;
  return j;
}

// The longest rest of a heading that a copy wrapped onto the next line.
const MAX_TAIL = 20;

/** A character a wrapped heading tail is made of: Chinese characters, 、 and brackets. */
function isTailChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fa5) || c === 0x3001 || c === 0x28 || c === 0x29;
}

// Characters that make a word with 一 (统一, 唯一, 之一, 第一 …): "统一是" is not an item marker.
const WORD_BEFORE_ONE = '统唯之第万同单划专归合逐不如其';

/**
 * Where 一是 opens the body of a heading it is glued to, in a document that lost its line breaks
 * ("(二)原因分析一是思想认识有差距。"): after at least two characters of heading, not after a character
 * that makes a word with 一; `stop` when there is none.
 */
function gluedFirstItem(norm: string, from: number, stop: number): number {
  // Searched up to the heading's limit only (a view, not a copy, with room for the 是 of a 一 just
  // before it): a search of the whole text, once per heading, made one-line documents quadratic.
  const searchFrom = from + 2;
  const part = norm.slice(searchFrom, stop + 1);
  const k = part.indexOf('一是');
  workCounts.headingReach += k < 0 ? part.length : k;
  const at = k < 0 ? -1 : searchFrom + k;
  if (at < 0 || at >= stop) return stop;
  const before = norm.charCodeAt(at - 1);
  if (!(before >= 0x4e00 && before <= 0x9fa5) || WORD_BEFORE_ONE.includes(norm[at - 1] as string)) return stop;
  return at;
}

/** The offset of the first , or 、 in [from, to) relative to `from`, or -1. */
function firstComma(norm: string, from: number, to: number): number {
  const end = Math.min(to, norm.length);
  for (let i = from; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x2c || c === 0x3001) return i - from;
  }
  return -1;
}

/** The first marker from index `i` on that starts at or after `at`. */
function nextMarker(markers: readonly MarkerMatch[], i: number, at: number): MarkerMatch | undefined {
  for (; i < markers.length; i++) if ((markers[i] as MarkerMatch).start >= at) return markers[i];
  return undefined;
}

/**
 * Builds the outline of the content ranges.
 *
 * @example
 * buildOutline({ text, norm, lineStarts, ranges }).sections[0].heading // '主要举措和成效'
 */
export function buildOutline(input: OutlineInput): Outline {
  const builder = new OutlineBuilder(input);
  const { norm } = input;
  // A heading that filled its line, whose tail a PDF copy may have wrapped onto the next line.
  let wrapped: Section | null = null;
  for (const range of input.ranges) {
    const [s, e] = trimRange(norm, range.start, range.end);
    if (s >= e) continue;
    const markers = findMarkers(norm, s, e);
    if (wrapped && isHeadingTail(norm.slice(s, e), markers.length > 0)) {
      builder.extendHeading(wrapped, e);
      wrapped = null;
      continue;
    }
    wrapped = null;
    if (range.headingLevel !== undefined) {
      const [hs, he] = withoutMarkup(norm, s, e);
      // Markers were looked for at the line's start; after markup ("**一、") the heading's own start counts.
      const marker = hs === s ? markers.find((m) => m.start === s) : findMarkers(norm, hs, he).find((m) => m.start === hs);
      builder.openHinted(range.headingLevel, marker ?? null, hs, he);
      continue;
    }
    const longLine = e - s > LONG_LINE;
    let pos = s;
    for (let i = 0; i < markers.length; i++) {
      const m = markers[i] as MarkerMatch;
      if (m.start < pos || !builder.accepts(m, m.start === s)) continue;
      builder.addText(pos, m.start);
      const next = nextMarker(markers, i + 1, m.end);
      const extent = headingExtent(norm, m.end, e, next ? next.start : e, longLine);
      const [hs, he] = trimRange(norm, m.end, extent.end);
      const runIn = trimRange(norm, extent.bodyStart, next ? next.start : e)[0] < (next ? next.start : e);
      builder.open(m, hs, Math.max(hs, he), runIn);
      pos = extent.bodyStart;
      if (m.start === s && !runIn && he >= e) wrapped = builder.current();
    }
    builder.addText(pos, e);
  }
  closeSpans(builder.roots);
  return { sections: builder.roots, preamble: builder.preamble };
}

/**
 * The rest of a heading that a PDF copy wrapped onto a line of its own ("…主要安" / "排"): short, no
 * numbering, no punctuation — body text after a heading is a sentence.
 */
function isHeadingTail(line: string, numbered: boolean): boolean {
  return !numbered && line.length <= 20 && /^[\u4e00-\u9fa5、()]+$/.test(line);
}

/** Extends each section's span to cover its paragraphs and children. */
function closeSpans(sections: Section[]): void {
  for (const section of sections) {
    closeSpans(section.children);
    const lastParagraph = section.paragraphs[section.paragraphs.length - 1];
    const lastChild = section.children[section.children.length - 1];
    for (const tail of [lastParagraph, lastChild]) {
      if (tail && tail.end > section.end) {
        section.end = tail.end;
        section.endLine = tail.endLine;
      }
    }
  }
}
