/**
 * The document's frame: what stands around the report text. Each line of the header zone (before the
 * first body sentence or numbered heading) is tagged — 版头 banner, 文号, title fragment, issuer,
 * 主送 addressee, byline, labelled field — so that a title written over several lines ("溱川县人民政府"
 * / "关于2023年度…的报告") is assembled whole, and none of these lines is read as report text. A table
 * of contents anywhere is recognised and dropped, so its entries are never taken for the outline.
 */
import { isSpace } from './lines.js';
import { TITLE_WORDS } from './meta.js';


/** A non-empty, non-boilerplate line: its 1-based number and its trimmed range in the normalised text. */
export interface FrameLine {
  number: number;
  start: number;
  end: number;
  /** The trimmed normalised text. */
  text: string;
  /** Set when the container marked the line as a heading. */
  hinted: boolean;
}

/** How a header line was read. */
export type HeaderTag = 'banner' | 'doc-number' | 'title' | 'issuer' | 'addressee' | 'byline' | 'date' | 'field';

/** The frame read from the start of a document. */
export interface Frame {
  /** The title's lines (one or more, in order), or empty when the document shows none. */
  title: FrameLine[];
  /** Header lines that are not report text, each with its tag (the title lines included). */
  header: Array<{ line: FrameLine; tag: HeaderTag }>;
  /**
   * Where the text starts in the first body line when that line also holds the title (a document
   * flattened onto one line: "XX县2019年法治政府建设工作情况报告 2019年,全县…"); its offset in the text.
   */
  bodyStart?: { line: FrameLine; at: number };
}

// 版头 ("XX人民政府文件"), or a site banner of segments ("某文库 - 公文写作 - 工作报告").
const BANNER = /^[\u4e00-\u9fa5()]{2,30}文件$|\s[-|_>]\s.*\s[-|_>]\s/;
// A title is complete when it ends in the name of a kind of document (报告, 要点, 通知 …).
const TITLE_END = /(报告|函|要点|通知|意见|公告|解读|通报|方案|计划|总结|情况|纪要|决定)(\(.{1,12}\))?$/;
const DOC_NUMBER = /^[\u4e00-\u9fa5]{1,12}\s*[〔[(【]\s*\d{4}\s*[〕\])】]\s*\d{1,5}\s*号$/;
const ADDRESSEE = /^[\u4e00-\u9fa5、,()\s]{2,60}:$/;
const BYLINE = [
  /^-{1,2}\s*.{0,60}(会议|大会|会)上?/,
  /^\(.{0,50}(在|于).{0,50}(会议|大会|会)上?.{0,10}\)$/,
  /^[\u4e00-\u9fa5]{2,30}(县长|市长|区长|镇长|乡长|局长|主任|书记|厅长|省长|州长|旗长|部长|委员)\s*[\u4e00-\u9fa5]{2,4}$/,
];
const ORG_ONLY = /^[\u4e00-\u9fa5()]{2,30}(人民政府|政府|委员会|党委|局|厅|办公室|办事处|管委会|委|办|镇|乡|街道|中心)$/;
const DATE_ONLY = /^\(?\s*((19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s*\)?$/;
const HEADING_START = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.]|\(\s*[一二三四五六七八九十]+\s*\)|\d{1,2}\s*[、.](?!\d)|\(\s*\d{1,2}\s*\)|[①-⑳])/;
const TOC_HEAD = /^目\s*录$/;
// An entry of a table of contents: a leader (dots, ellipses) or wide space, then a page number. Read
// backwards from the end of the line (see `leaderStart`): a regex for it, unanchored at the start,
// tried each place in a long run of dots and so took time quadratic in the run.
// The characters a leader is made of, and how many of them make one: ... … ··· ---- ____
const LEADERS = new Map([
  [0x2e, 3],
  [0x2026, 1],
  [0xb7, 3],
  [0x2d, 4],
  [0x5f, 4],
]);
const MAX_HEADER_LINES = 14;

/** Markdown and quoting marks around a header line ("# 标题", "**局名**", "> 发布时间…"). */
export function bareLine(text: string): string {
  // Scanned by character codes (this runs on every line): strip leading #>* and spaces, trailing *
  // and spaces, then pipes at either end, then spaces again.
  let s = 0;
  let e = text.length;
  for (let c = text.charCodeAt(s); s < e && (c === 0x23 || c === 0x3e || c === 0x2a || isSpace(c)); c = text.charCodeAt(++s));
  for (let c = text.charCodeAt(e - 1); e > s && (c === 0x2a || isSpace(c)); c = text.charCodeAt(--e - 1));
  while (s < e && text.charCodeAt(s) === 0x7c) s++;
  while (e > s && text.charCodeAt(e - 1) === 0x7c) e--;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return s === 0 && e === text.length ? text : text.slice(s, e);
}

/**
 * Where the leader of a table-of-contents entry starts when the line is one: it ends in a page number
 * of one to three digits after a leader and maybe spaces ("一、主要举措……3"); -1 when it is not.
 */
export function leaderStart(text: string): number {
  let i = text.length;
  while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  const digits = text.length - i;
  if (digits < 1 || digits > 3) return -1;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  const leader = text.charCodeAt(i - 1);
  const least = LEADERS.get(leader);
  if (least === undefined) return -1;
  const end = i;
  while (i > 0 && text.charCodeAt(i - 1) === leader) i--;
  return end - i >= least ? i : -1;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether a line is a table-of-contents entry: it ends in a page number after a leader. */
function isTocEntry(text: string): boolean {
  return leaderStart(text) >= 0;
}

/** A line of report text rather than framing: a sentence, or a numbered heading. */
function isBody(text: string): boolean {
  if (HEADING_START.test(text)) return true;
  if (/[。;!?]/.test(text)) return true;
  return text.length > 60 || (text.length > 30 && /,/.test(text));
}

function tagOf(text: string): HeaderTag | null {
  if (BANNER.test(text)) return 'banner';
  if (DOC_NUMBER.test(text)) return 'doc-number';
  if (ADDRESSEE.test(text)) return 'addressee';
  if (BYLINE.some((re) => re.test(text))) return 'byline';
  if (DATE_ONLY.test(text)) return 'date';
  if (ORG_ONLY.test(text)) return 'issuer';
  if (text.length >= 4 && text.length <= 60 && !/[,:]$/.test(text)) return 'title';
  return null;
}

/**
 * The lines of a table of contents: a 目录 line and the entries after it, or a run of two or more
 * entries with leaders and page numbers. After a 目录 line, entries without page numbers count too:
 * short lines with no sentence in them, up to the first body sentence or the first entry written a
 * second time (where the report itself begins).
 */
export function findToc(lines: readonly FrameLine[]): FrameLine[] {
  const toc: FrameLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as FrameLine;
    const headed = TOC_HEAD.test(line.text);
    if (!headed && !isTocEntry(line.text)) continue;
    const j = headed ? entriesAfterHead(lines, i + 1) : runOfEntries(lines, i);
    const entries = j - i - (headed ? 1 : 0);
    if (entries >= 2 || (headed && entries >= 1)) {
      for (let k = i; k < j; k++) toc.push(lines[k] as FrameLine);
      i = j - 1;
    }
  }
  return toc;
}

function runOfEntries(lines: readonly FrameLine[], from: number): number {
  let j = from;
  while (j < lines.length && isTocEntry((lines[j] as FrameLine).text)) j++;
  return j;
}

function entriesAfterHead(lines: readonly FrameLine[], from: number): number {
  const seen = new Set<string>();
  let j = from;
  for (; j < lines.length; j++) {
    const text = (lines[j] as FrameLine).text;
    if (isTocEntry(text)) {
      seen.add(text.slice(0, leaderStart(text)).trim());
      continue;
    }
    const bare = text.replace(/\s+/g, '');
    if (bare.length > 60 || /[。;!?]/.test(bare) || seen.has(text.trim())) break;
    seen.add(text.trim());
  }
  return j;
}

/**
 * Reads the header zone of a document (lines in reading order, boilerplate and table of contents
 * already left out): tags each framing line and assembles the title from its fragments.
 *
 * @example
 * readFrame(lines).title.map((l) => l.text) // ['溱川县人民政府', '关于2023年度法治政府建设情况的报告']
 */
export function readFrame(lines: readonly FrameLine[]): Frame {
  const header: Frame['header'] = [];
  const groups: FrameLine[][] = [];
  let group: FrameLine[] = [];
  const close = () => {
    if (group.length > 0) groups.push(group);
    group = [];
  };
  let body: FrameLine | null = null;
  for (const line of lines.slice(0, MAX_HEADER_LINES)) {
    const text = bareLine(line.text);
    if (!text) continue;
    // A heading the container marked (h2, a Word heading style) is outline, not frame.
    if (line.hinted) break;
    if (isBody(text)) {
      body = line;
      break;
    }
    const tag = tagOf(text);
    if (tag === null) break;
    header.push({ line, tag });
    // An issuer line starts a title group ("溱川县人民政府" over "关于…的报告"); fragments join it until
    // the title is complete; other framing ends one.
    if (tag === 'title') {
      group.push(line);
      if (TITLE_END.test(text)) close();
    } else if (tag === 'issuer') {
      close();
      group.push(line);
    } else close();
    // The addressee (主送) is the last line of the header: the text follows it.
    if (tag === 'addressee') break;
  }
  close();
  const found = groups.find((g) => TITLE_WORDS.test(g.map((l) => bareLine(l.text)).join(''))) ?? [];
  // An issuer line over nothing else is the issuer, not part of a title.
  const issuerOnly = found.length === 1 && ORG_ONLY.test(bareLine((found[0] as FrameLine).text));
  const title = issuerOnly ? [] : found;
  const frame: Frame = { title, header: header.filter((h) => h.tag !== 'title' || namesDocument(h.line)) };
  const leading = title.length === 0 && body ? leadingTitle(body) : null;
  if (leading && body) {
    frame.title = [leading];
    frame.bodyStart = { line: body, at: body.start + body.text.length - body.text.slice(leading.end - body.start).trimStart().length };
  }
  return frame;
}

// A title at the head of a long line, ended by a space: the document was flattened onto one line.
const LEADING_TITLE = /^([^。;!?,:\s]{6,60}?(报告|要点|总结|情况|通知|函)(\([^)]{1,12}\))?)\s+\S/;

/** The title standing at the head of a long body line, as a line of its own, or null. */
function leadingTitle(line: FrameLine): FrameLine | null {
  if (line.text.length < 120) return null;
  const m = LEADING_TITLE.exec(line.text);
  if (!m || !TITLE_WORDS.test(m[1] as string)) return null;
  const title = m[1] as string;
  return { number: line.number, start: line.start, end: line.start + title.length, text: title, hinted: false };
}

function namesDocument(line: FrameLine): boolean {
  return TITLE_WORDS.test(bareLine(line.text));
}
