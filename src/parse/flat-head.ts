/**
 * The head of a document flattened onto one line. A copy that lost its line breaks (pasted from a web
 * page, exported as one paragraph) still begins with its frame: labelled fields (发布日期:… 来源:…), a
 * 版头 and 文号, the title, a reprint note, a table of contents, the addressee. A reader finds where
 * each stops by its form — a field's value is a date or runs to the next label, a title ends in the
 * name of a kind of document where the text begins, a table of contents is entries with leaders and
 * page numbers — whether spaces separate them or nothing does. This module cuts those pieces off the
 * head of a long line so they are read as the frame lines they were.
 */
import { DATE_PATTERN } from './dates.js';
import { isSpace } from './lines.js';

/** What a piece of a flattened head is. */
export type HeadPieceKind = 'field' | 'toc' | 'frame' | 'chrome';

/** A piece cut off the head of a long line: [start, end) in the normalised text. */
export interface HeadPiece {
  kind: HeadPieceKind;
  start: number;
  end: number;
}

/** Lines longer than this are read as flattened documents (the outline builder uses the same bound). */
export const FLAT_LINE = 200;
// The frame of a document is short; a head longer than this is not looked for.
const MAX_HEAD = 1200;
const MAX_PIECES = 12;

// Labels of fields in a page header or a reprint note, and the counters of web pages.
const LABELS = '发布时间|发布日期|发文日期|公开日期|成文日期|印发日期|信息来源|文章来源|来源|作者|责任编辑|编辑|索引号|发文字号|文号|发布机构|发文机关|主题分类|组配分类|公开方式|有效性|浏览次数|阅读次数|访问次数|点击数|点击量|字体';
const LABEL = new RegExp(`(${LABELS})\\s*[:|]`, 'y');
const ANY_LABEL = new RegExp(`(${LABELS})\\s*[:|]`, 'g');
// A page's breadcrumb trail: 首页 > 政务公开 > 法治政府建设 > 正文, after 当前位置: or not.
const BREADCRUMB = /(?:(?:当前位置|您的位置|您现在的位置|所在位置)\s*:?\s*)?首页(?:\s*[>›»]\s*[^\s>›»:]{1,20}){1,8}/y;
const DATE_VALUE = new RegExp(`\\s*(?:${DATE_PATTERN.source})(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?`, 'y');
const COUNT_VALUE = /\s*\d*/y;
// The font-size switch of a page: 字体:[大 中 小], spaces inside the brackets.
const FONT_VALUE = /\s*[[【]?\s*[大中小](?:\s*[大中小]){0,2}\s*[\]】]?/y;
const BANNER = /[\u4e00-\u9fa5()]{2,30}?文件(?=\s|[\u4e00-\u9fa5]{1,12}\s*[〔[(【]\s*\d{4})/y;
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}\s*[〔[(【]\s*\d{4}\s*[〕\])】]\s*\d{1,5}\s*号/y;
// A title: no sentence punctuation, ending in the name of a kind of document, where the text begins:
// a space, a year (2023年,…), a note or byline in brackets or after a dash, a table of contents, a
// numbered heading, or the addressee (市人民政府:). Greedy, so "…情况的报告" is not cut at 情况.
const TITLE = /[^。;!?,:\s]{4,60}(?:报告|要点|总结|情况|通知|函)(?:\([^()]{1,12}\))?(?=\s|$|(?:19|20)\d{2}\s*年|\(|-|目\s*录|[一二三四五六七八九十]{1,3}、|[\u4e00-\u9fa5、]{2,30}:|[\u4e00-\u9fa5]{1,12}\s*[〔[(【]\s*\d{4})/y;
const NOTE = /\([^()]{2,118}\)/y;
const NOTE_FIELD = /转载|来源|发布日期|发布时间|原发布|成文日期/;
const ADDRESSEE = /[\u4e00-\u9fa5、,()]{2,40}:/y;
const ORG = /[\u4e00-\u9fa5()]{2,30}(?:人民政府|政府|委员会|党委|局|厅|办公室|办事处|管委会)(?=\s)/y;
const TOC_HEAD = /目\s*录/y;
// One entry of a table of contents: a heading, a leader, a page number.
const TOC_ENTRY = /\s*[^。;!?]{1,100}?(?:\.{3,}|…+|·{3,}|-{4,}|_{4,})\s*\d{1,3}/y;

function sticky(re: RegExp, norm: string, at: number, end: number): number {
  re.lastIndex = at;
  const m = re.exec(norm);
  return m && re.lastIndex <= end ? re.lastIndex : -1;
}

/** Where the value of a field that starts at `at` (its label already read up to `from`) ends. */
function fieldEnd(norm: string, label: string, from: number, end: number): number {
  if (/日期|时间/.test(label)) {
    const d = sticky(DATE_VALUE, norm, from, end);
    if (d > 0) return d;
  }
  if (/次数|点击/.test(label)) return sticky(COUNT_VALUE, norm, from, end);
  if (label === '字体') {
    const f = sticky(FONT_VALUE, norm, from, end);
    if (f > 0) return f;
  }
  // Any other value runs to two spaces, the next label, or a space, within a short reach.
  const reach = Math.min(end, from + 40);
  // Searched in the reach only: a search of the rest of a long line would cost the whole line each time.
  ANY_LABEL.lastIndex = 0;
  const next = ANY_LABEL.exec(norm.slice(from, reach));
  let stop = next ? from + next.index : reach;
  for (let i = from; i < stop; i++) {
    if (isSpace(norm.charCodeAt(i)) && i > from) {
      stop = i;
      break;
    }
  }
  return stop;
}

function tocEnd(norm: string, from: number, end: number): number {
  let at = from;
  for (let entries = 0; ; entries++) {
    const next = sticky(TOC_ENTRY, norm, at, end);
    if (next < 0) return entries > 0 ? at : -1;
    at = next;
  }
}

function isTitle(text: string): boolean {
  return sticky(TITLE, `${text} `, 0, text.length + 1) === text.length;
}

/** The piece that starts at `at`, or null where the text begins. */
function pieceAt(norm: string, at: number, end: number, afterTitle: boolean): HeadPiece | null {
  const crumbs = sticky(BREADCRUMB, norm, at, end);
  if (crumbs > 0) return { kind: 'chrome', start: at, end: crumbs };
  LABEL.lastIndex = at;
  const label = LABEL.exec(norm);
  if (label) {
    const e = fieldEnd(norm, label[1] as string, LABEL.lastIndex, end);
    return e > at ? { kind: 'field', start: at, end: e } : null;
  }
  if (afterTitle) {
    const note = sticky(NOTE, norm, at, end);
    if (note > 0 && NOTE_FIELD.test(norm.slice(at, note))) return { kind: 'field', start: at, end: note };
    const addressee = sticky(ADDRESSEE, norm, at, end);
    if (addressee > 0) return { kind: 'frame', start: at, end: addressee };
  }
  const toc = sticky(TOC_HEAD, norm, at, end);
  if (toc > 0) {
    const e = tocEnd(norm, toc, end);
    if (e > 0) return { kind: 'toc', start: at, end: e };
  }
  for (const re of [BANNER, DOC_NUMBER, ORG, TITLE]) {
    const e = sticky(re, norm, at, end);
    if (e > 0) return { kind: 'frame', start: at, end: e };
  }
  return null;
}

/**
 * Cuts the frame pieces off the head of the long line [start, end) of `norm`; returns them in order
 * with the offset where the text begins (`start` itself when the line has no frame at its head).
 *
 * @example
 * const norm = '发布日期:2020-05-10来源:县司法局某县2019年法治政府建设工作报告2019年,全县…'
 * splitFlatHead(norm, 0, norm.length).pieces.map((p) => p.kind) // ['field', 'field', 'frame']
 */
export function splitFlatHead(norm: string, start: number, end: number): { pieces: HeadPiece[]; bodyStart: number } {
  const pieces: HeadPiece[] = [];
  const limit = Math.min(end, start + MAX_HEAD);
  let at = start;
  let afterTitle = false;
  while (pieces.length < MAX_PIECES) {
    let next = at;
    while (next < limit && isSpace(norm.charCodeAt(next))) next++;
    const piece: HeadPiece | null = next < limit ? pieceAt(norm, next, limit, afterTitle) : null;
    if (!piece) break;
    pieces.push(piece);
    afterTitle ||= piece.kind === 'frame' && isTitle(norm.slice(piece.start, piece.end));
    at = piece.end;
  }
  while (at < end && isSpace(norm.charCodeAt(at))) at++;
  // Nothing of the text may be lost: a head that would swallow the whole line is not a head.
  if (pieces.length === 0 || end - at < 40) return { pieces: [], bodyStart: start };
  return { pieces, bodyStart: at };
}
