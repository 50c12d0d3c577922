/**
 * text → ReportDocument. The stages: normalise (same length, so offsets hold), split lines, set aside
 * boilerplate, find the title and the signature, build the outline from what is left, read metadata.
 */
import { InputError } from '../errors.js';
import type { ParseOptions, ReportDocument, ReportMeta, SourceSpan, StructureHints } from '../types.js';
import { chromeAfterDate, classifyLine, FOOTER_START } from './boilerplate.js';
import { spanOf, splitLines, trimRange, type Line } from './lines.js';
import { bareLine, findToc, readFrame, type FrameLine } from './frame.js';
import { FLAT_LINE, splitFlatHead, type HeadPiece } from './flat-head.js';
import { findSignature, readHeaderFields, readIssuer, readLevel, readYear, stripPipes } from './meta.js';
import { normalizeText, rememberNormalized } from './normalize.js';
import { DATE_PATTERN } from './dates.js';
import { buildOutline, type ContentRange } from './outline.js';
import { bracketedHeadings, plainHeadings } from './standalone-headings.js';

interface Layout {
  content: ContentRange[];
  boilerplate: SourceSpan[];
  headerLines: string[];
  /** The title: its text as written (fragments joined), its matching form, and where it starts. */
  title: { text: string; norm: string; start: number; end: number } | null;
}

/**
 * Sets aside boilerplate lines, a table of contents and the frame (banner, 文号, title, addressee,
 * byline); what remains is content.
 */
function layoutOf(text: string, norm: string, physical: readonly Line[], lineStarts: number[], hints: StructureHints): Layout {
  const layout: Layout = { content: [], boilerplate: [], headerLines: [], title: null };
  const furniture = new Set(hints.boilerplateLines ?? []);
  const headingLevel = new Map((hints.headings ?? []).map((h) => [h.line, h.level]));
  const lines: FrameLine[] = [];
  let inFooter = false;
  for (const line of physical) {
    let [s, e] = trimRange(norm, line.start, line.end);
    if (s >= e) continue;
    // A document flattened onto one line keeps its frame at the head of that line: cut it into the
    // lines it was (fields, 版头, title, table of contents, addressee), so it is read as a frame.
    if (e - s > FLAT_LINE && lines.length < 3 && !furniture.has(line.number) && !headingLevel.has(line.number)) {
      const head = splitFlatHead(norm, s, e);
      for (const piece of head.pieces) addHeadPiece(layout, lines, piece, norm, lineStarts, line.number);
      s = head.bodyStart;
    }
    let trimmed = norm.slice(s, e);
    // Once a page's link list or footer starts, nothing after it is report text.
    inFooter ||= lines.length > 0 && FOOTER_START.test(trimmed);
    let kind = inFooter || furniture.has(line.number) ? 'chrome' : classifyLine(bareLine(trimmed));
    // A chrome line that starts with the signature ("…人民政府 2024年3月28日 【打印本页】【关闭窗口】"): the
    // signature is text, the page's buttons and footer after it are not, nor is anything below them once
    // a signer stands before the date (a bare date over buttons may be a page's header).
    const signed = kind === 'chrome' && !inFooter && !furniture.has(line.number) ? chromeAfterDate(trimmed) : -1;
    if (signed > 0) {
      layout.boilerplate.push(spanOf(lineStarts, s + signed, e));
      [s, e] = trimRange(norm, s, s + signed);
      trimmed = norm.slice(s, e);
      inFooter = !DATE_ONLY.test(trimmed);
      kind = null;
    }
    if (kind) {
      layout.boilerplate.push(spanOf(lineStarts, s, e));
      if (kind === 'metadata') layout.headerLines.push(bareLine(trimmed));
      continue;
    }
    lines.push({ number: line.number, start: s, end: e, text: trimmed, hinted: headingLevel.has(line.number) });
  }
  const toc = new Set(findToc(lines));
  const frame = readFrame(lines.filter((l) => !toc.has(l)));
  const framing = new Set(frame.header.map((h) => h.line));
  // A 文号 line of the 版头 is a field like 文号: on a web page's header.
  for (const h of frame.header) if (h.tag === 'doc-number') layout.headerLines.push(`文号: ${bareLine(h.line.text)}`);
  if (frame.title.length > 0) {
    const parts = frame.title.map((l) => {
      const bare = stripPipes(bareLine(l.text));
      const at = l.start + l.text.indexOf(bare);
      return { text: text.slice(at, at + bare.length), norm: bare, start: at, end: at + bare.length };
    });
    layout.title = { text: parts.map((p) => p.text).join(''), norm: parts.map((p) => p.norm).join(''), start: parts[0]!.start, end: parts[parts.length - 1]!.end };
  }
  // A line the frame reader took for a second title ("主要工作情况" right under the title names a kind of
  // document too) may be the first heading of a report with no opening: it is offered as a heading.
  const titleLike = new Set(frame.header.filter((h) => h.tag === 'title' && !frame.title.includes(h.line)).map((h) => h.line));
  const standalone = standaloneHeadings(lines.filter((l) => !toc.has(l) && (!framing.has(l) || titleLike.has(l))), headingLevel, hints.softBreaks ?? []);
  for (const l of lines) {
    if (frame.bodyStart?.line === l) {
      // The title at the head of this line is set aside; the text starts after it.
      layout.content.push({ start: frame.bodyStart.at, end: l.end, line: l.number });
      continue;
    }
    if (toc.has(l) || (framing.has(l) && !standalone.has(l))) {
      layout.boilerplate.push(spanOf(lineStarts, l.start, l.end));
      continue;
    }
    const level = headingLevel.get(l.number) ?? (standalone.has(l) ? 1 : undefined);
    layout.content.push(level !== undefined ? { start: l.start, end: l.end, line: l.number, headingLevel: level } : { start: l.start, end: l.end, line: l.number });
  }
  return layout;
}

/**
 * Unnumbered headings on lines of their own, bracketed or plain, when the container marked none
 * (a Word or HTML document's own headings are the outline). Bracketed ones win: a report that brackets
 * its part names does not also have plain ones.
 */
function standaloneHeadings(content: readonly FrameLine[], hinted: ReadonlyMap<number, number>, softBreaks: readonly number[]): Set<FrameLine> {
  if (hinted.size > 0) return new Set();
  const bracketed = bracketedHeadings(content);
  return bracketed.size > 0 ? bracketed : plainHeadings(content, new Set(softBreaks));
}

/** Files one piece of a flattened head: a field is read and set aside, a table of contents set aside, frame kept for the frame reader. */
function addHeadPiece(layout: Layout, lines: FrameLine[], piece: HeadPiece, norm: string, lineStarts: number[], number: number): void {
  const [s, e] = trimRange(norm, piece.start, piece.end);
  if (piece.kind === 'frame') {
    lines.push({ number, start: s, end: e, text: norm.slice(s, e), hinted: false });
    return;
  }
  layout.boilerplate.push(spanOf(lineStarts, s, e));
  if (piece.kind === 'field') layout.headerLines.push(bareLine(norm.slice(s, e)));
}

// What follows a signature in an official document: a note ("(此件公开发布)", a contact line, an
// attachment note) and the 版记 (抄送, 印发 line), none of it report text.
const END_NOTE = /^[(（]\s*(此件|此页|本件)[^)）]{0,16}[)）]$|^抄送\s*[:：]|^.{2,40}\s\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$|^[(（]?\s*(联系人|联系电话|联系方式)\s*[:：][^)）]{0,60}[)）]?$|^附件\s*\d{0,2}\s*[:：]/;

const DATE_ONLY = new RegExp(`^(?:${DATE_PATTERN.source})$`);

/**
 * Sets aside a web page's buttons and footer run onto the end of the last content line after the
 * signature's date ("…人民政府 2024年3月28日 【打印本页】【关闭窗口】 主办单位:…"), so that the signature
 * ends the text. Only the last line is read: the signature closes the report.
 */
function cutPageChrome(layout: Layout, norm: string, lineStarts: number[]): void {
  const last = layout.content[layout.content.length - 1];
  if (!last) return;
  const cut = chromeAfterDate(norm.slice(last.start, last.end));
  if (cut <= 0) return;
  layout.boilerplate.push(spanOf(lineStarts, last.start + cut, last.end));
  last.end = trimRange(norm, last.start, last.start + cut)[1];
}

/** Sets aside the end notes and 版记 after the last content, so that the signature above them is found. */
function dropEndNotes(layout: Layout, norm: string, lineStarts: number[]): void {
  while (layout.content.length > 1) {
    const last = layout.content[layout.content.length - 1] as ContentRange;
    if (!END_NOTE.test(norm.slice(last.start, last.end).trim())) return;
    layout.content.pop();
    layout.boilerplate.push(spanOf(lineStarts, last.start, last.end));
  }
}

/** A copy of a content range, its fields written out (a spread would give each copy its own shape). */
function copyRange(r: ContentRange, end = r.end): ContentRange {
  const copy: ContentRange = { start: r.start, end, line: r.line };
  if (r.endLineNumber !== undefined) copy.endLineNumber = r.endLineNumber;
  if (r.headingLevel !== undefined) copy.headingLevel = r.headingLevel;
  return copy;
}

/** The content ranges that start before the signature, cut where it starts. */
function beforeSignature(content: readonly ContentRange[], at: number): ContentRange[] {
  const kept: ContentRange[] = [];
  for (const r of content) if (r.start < at) kept.push(copyRange(r, Math.min(r.end, at)));
  return kept;
}

/**
 * Joins lines broken mid-sentence (PDF copies) into one range, across furniture lines between them
 * (a page number at a page break); a heading line is never joined.
 */
function joinSoftBreaks(content: ContentRange[], softBreaks: readonly number[]): ContentRange[] {
  if (softBreaks.length === 0) return content;
  const soft = new Set(softBreaks);
  const joined: ContentRange[] = [];
  for (const range of content) {
    const last = joined[joined.length - 1];
    if (last && soft.has(last.endLineNumber ?? last.line) && last.headingLevel === undefined && range.headingLevel === undefined) {
      last.end = range.end;
      last.endLineNumber = range.line;
    } else joined.push(copyRange(range));
  }
  return joined;
}

/**
 * Parses the text of a 法治政府建设年度报告 into a {@link ReportDocument}: metadata and an outline
 * whose every section, paragraph and item keeps its offsets and lines in the original text.
 *
 * @throws InputError `INPUT_EMPTY` when the text holds nothing but whitespace.
 * @example
 * const doc = parseReport('XX县2023年法治政府建设年度报告\n一、主要举措和成效\n……')
 * doc.meta.year // 2023
 * doc.sections[0].heading // '主要举措和成效'
 */
export function parseText(text: string, options: ParseOptions = {}): ReportDocument {
  if (typeof text !== 'string') {
    throw new InputError('INPUT_INVALID', 'parseReport expects the report text as a string', { file: options.name ?? null });
  }
  if (text.trim().length === 0) {
    throw new InputError('INPUT_EMPTY', `${options.name ?? 'the report'} is empty: there is no text to check`, { file: options.name ?? null });
  }
  const norm = normalizeText(text);
  const lines = splitLines(text);
  const lineStarts = lines.map((l) => l.start);
  const hints = options.hints ?? {};
  const layout = layoutOf(text, norm, lines, lineStarts, hints);

  cutPageChrome(layout, norm, lineStarts);
  dropEndNotes(layout, norm, lineStarts);
  const signature = findSignature(norm, layout.content.map((r): [number, number] => [r.start, r.end]));
  let content = layout.content;
  if (signature) {
    content = beforeSignature(content, signature.start);
    layout.boilerplate.push(spanOf(lineStarts, signature.start, layout.content[layout.content.length - 1]?.end ?? signature.start));
  }
  content = joinSoftBreaks(content, hints.softBreaks ?? []);

  const outline = buildOutline({ text, norm, lineStarts, ranges: content });
  const header = readHeaderFields(layout.headerLines);
  const title = layout.title?.text ?? null;
  const normTitle = layout.title ? layout.title.norm : null;
  const opening = outline.preamble[0] ? norm.slice(outline.preamble[0].start, outline.preamble[0].end) : '';
  const issuer =
    (signature && signature.issuers.length > 0 ? signature.issuers.join('、') : null) ??
    readIssuer(normTitle, opening) ??
    header.publisher;
  const meta: ReportMeta = {
    title,
    year: readYear(normTitle, opening),
    issuer,
    level: readLevel(issuer),
    published: header.published,
    signed: signature?.date ?? header.written,
    docNumber: header.docNumber,
    ...options.meta,
  };
  const doc: ReportDocument = {
    text,
    meta,
    preamble: outline.preamble,
    sections: outline.sections,
    boilerplate: layout.boilerplate.sort((a, b) => a.start - b.start),
    lineStarts,
    ...(layout.title ? { titleSpan: spanOf(lineStarts, layout.title.start, layout.title.end) } : {}),
    ...(options.name ? { source: { name: options.name } } : {}),
  };
  rememberNormalized(doc, norm);
  return doc;
}
