/**
 * Shared by the HTML and .docx reader tests: loads the real reports (../shared/corpus/seeds and
 * tests/fixtures/reports) and splits each into what a web page or a Word file would hold — title,
 * header fields, body paragraphs, headings — so the tests can rebuild the report in another container
 * and check that the reader gives the paragraphs back.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { classifyLine } from '../../src/parse/boilerplate.js';
import { isTitleLike, stripPipes } from '../../src/parse/meta.js';
import { normalizeText } from '../../src/parse/normalize.js';

export const SEEDS = path.resolve(import.meta.dirname, '../../../shared/corpus/seeds');
export const REPORTS = path.resolve(import.meta.dirname, '../fixtures/reports');
export const HAS_SEEDS = existsSync(SEEDS);

/** A report split the way a page or a document holds it. */
export interface ReportParts {
  file: string;
  /** The title line, pipes removed; null when the text starts with the body. */
  title: string | null;
  /** Header field lines (发布时间: …, 索引号: | … |) from above the body. */
  header: string[];
  /** Site chrome above the body (breadcrumbs, 字体:). */
  chromeTop: string[];
  /** Body paragraphs, whitespace collapsed, as the reader should return them. */
  body: string[];
  /** Site chrome and link lists below the body (打印本页, 相关链接, footer). */
  chromeBottom: string[];
}

/** A heading's depth by its numbering: 第一部分 0, 一、 1, （一） 2; null for a paragraph. */
export function headingDepth(line: string): number | null {
  if (line.length > 40 || /[。；;：:，,]$/.test(line)) return null;
  if (/^第[一二三四五六七八九十]+部分/.test(line)) return 0;
  if (/^[一二三四五六七八九十]+、/.test(line)) return 1;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(line)) return 2;
  return null;
}

/** Heading depths present in a report, top first: the outline levels they should get are index + 1. */
export function depthsOf(parts: ReportParts): number[] {
  return [...new Set(parts.body.map(headingDepth).filter((d): d is number => d !== null))].sort();
}

const classify = (line: string) => classifyLine(normalizeText(line).trim());

/** Splits a report text into title, header fields, chrome and body. */
export function splitReport(file: string, text: string): ReportParts {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const parts: ReportParts = { file, title: null, header: [], chromeTop: [], body: [], chromeBottom: [] };
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    const kind = classify(line);
    if (kind === 'metadata') parts.header.push(line);
    else if (kind === 'chrome') parts.chromeTop.push(line);
    else if (kind === 'table-rule') continue;
    else if (!parts.title && isTitleLike(stripPipes(normalizeText(line)))) parts.title = stripPipes(line);
    else break;
  }
  // Everything from the first chrome line after the body starts is page furniture (links, footer).
  const end = lines.findIndex((line, j) => j >= i && classify(line) === 'chrome');
  parts.body = lines.slice(i, end < 0 ? lines.length : end);
  parts.chromeBottom = end < 0 ? [] : lines.slice(end);
  return parts;
}

/** Every real report available: the seeds (when ../shared is there) and the fixtures. */
export function loadReports(): ReportParts[] {
  const dirs = HAS_SEEDS ? [SEEDS, REPORTS] : [REPORTS];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => splitReport(f, readFileSync(path.join(dir, f), 'utf8'))),
  );
}

/** The value of the first header field named like `key` (发布时间: 2021-03-23 09:33 → 2021-03-23). */
export function headerDate(parts: ReportParts): string | null {
  for (const line of parts.header) {
    const m = /^(?:发布时间|发布日期|日期)\s*[:：]\s*(\d{4})-(\d{2})-(\d{2})/.exec(line);
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}

/** The 来源/信息来源/发布机构 value of the header, if any. */
export function headerSource(parts: ReportParts): string | null {
  for (const line of parts.header) {
    const m = /(?:来源|发布机构)\s*[:：]\s*\|?\s*([^\s|]+)/.exec(line);
    if (m) return m[1] as string;
  }
  return null;
}

/** Escapes text for HTML. */
export const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Finds each wanted line in order in `lines`; returns their 1-based line numbers (0 when missing). */
export function lineNumbers(lines: readonly string[], wanted: readonly string[]): number[] {
  let from = 0;
  return wanted.map((w) => {
    const at = lines.indexOf(w, from);
    if (at < 0) return 0;
    from = at + 1;
    return at + 1;
  });
}
