/**
 * Headings that stand on lines of their own with no numbering: a bracketed phrase ("【主要举措和成效】")
 * or a plain short line ("主要举措和成效" / "存在的不足和原因" / "下一年度工作安排"). A reader sees them as
 * headings from how they stand — a short line that is no sentence, after a finished sentence and before a
 * paragraph, several of them in the document — not from a marker. Numbered headings are found by the
 * outline builder; these are decided here, once the frame and the table of contents are set aside.
 */
import { FILL_IN } from './boilerplate.js';
import type { FrameLine } from './frame.js';

// A line that is only a bracketed phrase ("【主要举措和成效】"); not a placeholder to fill in.
const BRACKETED = /^【[^【】]{2,30}】$/;
const PLACEHOLDER_WORDS = new RegExp(FILL_IN);
const NUMBERED_LINE = /^(第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.](?!\d)|\(\d{1,2}\)|[①-⑳])/;

/**
 * Lines that head the parts of a report written with bracketed headings ("【主要举措和成效】" …
 * "【存在的不足和原因】"): two or more such lines, the first before any numbered line. After a numbered
 * heading, a bracketed line is a label inside a part, such as 【典型案例一】.
 */
export function bracketedHeadings(lines: readonly FrameLine[]): Set<FrameLine> {
  const found = lines.filter((l) => BRACKETED.test(l.text) && !PLACEHOLDER_WORDS.test(l.text));
  return firstBeforeNumbering(lines, found);
}

/** The lines found, when there are two or more and the first comes before any numbered line; else none. */
function firstBeforeNumbering(lines: readonly FrameLine[], found: FrameLine[]): Set<FrameLine> {
  if (found.length < 2) return new Set();
  const first = lines.indexOf(found[0] as FrameLine);
  for (let i = 0; i < first; i++) if (NUMBERED_LINE.test((lines[i] as FrameLine).text)) return new Set();
  return new Set(found);
}

// A plain heading is short: a part's name, not a sentence.
const PLAIN_MIN = 4;
const PLAIN_MAX = 30;
// What a plain heading is made of: Chinese characters, digits (a year: "2024年工作安排"), 、 and
// brackets, and a colon at the end ("主要举措和成效:"). Any other punctuation, a space (a table row) or
// a quote mark makes it text.
const PLAIN_CHARS = /^[\u4e00-\u9fa5\d、()]+:?$/;
// How the name of a part of a report ends: what the part gives account of (举措, 成效, 问题, 原因,
// 安排 …). These are words of report writing in general, not of one checklist: a line of body text
// that lost its full stop ends in a verb or an object, rarely in one of them.
const PART_NAMES = ['情况', '成效', '成绩', '举措', '措施', '做法', '经验', '亮点', '问题', '不足', '差距', '短板', '困难', '原因', '安排', '计划', '打算', '思路', '目标', '任务', '建议', '展望', '重点', '方向', '工作', '事项'];
const PART_NAME_END = new RegExp(`(${PART_NAMES.join('|')}):?$`);
// The last characters of those words, asked first: most short lines end in none of them, and are
// passed over with no regex run (this looks at every line of every report).
const PART_NAME_LAST = new Set(PART_NAMES.map((w) => w.charCodeAt(w.length - 1)));
// How a finished sentence ends: 。;!?: or an ellipsis, maybe inside a closing quote or bracket.
const SENTENCE_END = /[。;!?:…][”"')]?$/;
// Body text: a sentence, however short ("无。" under 其他需要报告的情况), or a numbered line (a heading of a
// sub-part, a list).
const BODY = /[。;!?,]/;

/**
 * Lines that head the parts of a report written with plain, unnumbered headings on lines of their
 * own. A line is one when it is short and no sentence (no punctuation but 、, no space), names a
 * part of a report (ends in 成效, 原因, 安排 …), follows a finished sentence or the frame, and is
 * followed by a paragraph or a numbered line. Two or more such lines are needed, the first before any
 * numbered line, as for bracketed headings. A line a PDF copy broke (`softBreaks`, or the line
 * before it one) is never a heading: it is part of a paragraph.
 *
 * @example
 * plainHeadings(lines, new Set()) // the lines '主要举措和成效', '存在的不足和原因', '下一年度工作安排'
 */
export function plainHeadings(lines: readonly FrameLine[], softBreaks: ReadonlySet<number>): Set<FrameLine> {
  const found: FrameLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as FrameLine;
    if (line.text.length < PLAIN_MIN || line.text.length > PLAIN_MAX || !isPlainHeading(line.text)) continue;
    const before = lines[i - 1];
    const after = lines[i + 1];
    if (!after || softBreaks.has(line.number) || (before && softBreaks.has(before.number))) continue;
    // Headed by the frame or a finished sentence; heading a paragraph or a numbered line.
    if (before && !SENTENCE_END.test(before.text)) continue;
    if (!(NUMBERED_LINE.test(after.text) || BODY.test(after.text))) continue;
    found.push(line);
  }
  if (found.length >= 2 && found.some((l) => l.text.length >= WRAP_MIN)) {
    const wrapped = wrappedLengths(lines);
    return firstBeforeNumbering(lines, found.filter((l) => !atWrapWidth(l.text.length, wrapped)));
  }
  return firstBeforeNumbering(lines, found);
}

// The narrowest width a copy wraps its lines at (a page of an official document holds 28 characters
// a line); a shorter line is never the full first line of a paragraph.
const WRAP_MIN = 16;

/**
 * How many lines of each length stop with no sentence end and are no heading: in a copy with its
 * lines wrapped at one width (a PDF copy handed over as a string, with no `softBreaks`), most of
 * them, all of about the same length.
 */
function wrappedLengths(lines: readonly FrameLine[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const n = l.text.length;
    if (n < WRAP_MIN || SENTENCE_END.test(l.text) || NUMBERED_LINE.test(l.text) || isPlainHeading(l.text)) continue;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return counts;
}

/**
 * Whether a line of this length is as long as three or more wrapped lines, or up to three characters
 * short of them (a paragraph's first line, after its indent): the first line of a paragraph the copy
 * wrapped, though it ends in a part's name ("…示范创建工作" / "，…").
 */
function atWrapWidth(length: number, wrapped: ReadonlyMap<number, number>): boolean {
  if (length < WRAP_MIN) return false;
  let near = 0;
  for (let n = length - 1; n <= length + 3; n++) near += wrapped.get(n) ?? 0;
  return near >= 3;
}

/**
 * Whether a short line reads as the name of a part: plain characters and a part's closing word (so
 * never a date or a signing office), not numbered.
 */
function isPlainHeading(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (!PART_NAME_LAST.has(last === 0x3a ? text.charCodeAt(text.length - 2) : last)) return false;
  return PLAIN_CHARS.test(text) && PART_NAME_END.test(text) && !NUMBERED_LINE.test(text);
}
