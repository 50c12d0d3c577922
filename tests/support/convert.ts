/**
 * Turns a plain-text report into the containers users really receive, for tests: GBK and UTF-16
 * bytes, a government web page with site chrome, a Word .docx, Markdown, and a PDF-style copy with
 * broken lines, page numbers and running headers. Headings come from the parser's own outline of the
 * plain text (own-line headings only; run-in headings stay inside their paragraph, as in real files).
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { parseReport } from '../../src/index.js';
import type { Section } from '../../src/index.js';

/** One line of the report with its heading level (0 = body text). */
export interface Line {
  text: string;
  level: number;
}

/** The report's non-empty lines, with heading levels for lines that are a whole heading. */
export function linesOf(text: string): Line[] {
  const doc = parseReport(text);
  const levels = new Map<number, number>();
  const walk = (sections: Section[]) => {
    for (const s of sections) {
      // Only a heading that is the whole line: seed 004's one-line body holds many inline headings.
      const wholeLine = !s.runIn && s.headingSpan.line === s.headingSpan.endLine && s.paragraphs.every((p) => p.line !== s.line) && s.children.every((c) => c.line !== s.line);
      if (wholeLine) levels.set(s.line, s.level);
      walk(s.children);
    }
  };
  walk(doc.sections);
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ text: line.trim(), level: levels.get(i + 1) ?? 0 }))
    .filter((l) => l.text.length > 0);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const toGbk = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'gbk'));
export const toGb18030 = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'gb18030'));
export const toUtf16le = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true }));
export const toUtf16be = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'utf-16be', { addBOM: true }));

/** A saved government web page: navigation naming the column, breadcrumb, sidebar, footer, scripts. */
export function toHtmlPage(text: string, title = '法治政府建设年度报告'): string {
  const body = linesOf(text)
    .map((l) => (l.level > 0 ? `<h${Math.min(l.level + 1, 6)}>${escape(l.text)}</h${Math.min(l.level + 1, 6)}>` : `<p>${escape(l.text)}</p>`))
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}-某县人民政府门户网站</title>
<meta name="PubDate" content=""><style>.nav{color:red}</style><script>var menu = ['法治政府建设年度报告'];</script></head>
<body>
<div class="header"><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/fzzf">法治政府建设年度报告</a></li></ul></div></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 法治政府建设年度报告</div>
<div class="sidebar"><h3>相关报告</h3><ul><li>2019年度法治政府建设年度报告</li><li>2018年度法治政府建设年度报告</li></ul></div>
<div class="article"><div class="TRS_Editor">
${body}
</div></div>
<div class="footer"><p>版权所有：某县人民政府 主办：某县人民政府办公室</p><p>ICP备案：黔ICP备12345678号 网站标识码：5203280001</p><p><a href="#top">返回顶部</a></p></div>
<script>window.stat && stat('page');</script>
</body></html>`;
}

/** A Word file with heading styles for headings, and a table for a flattened metadata row. */
export async function toDocx(text: string): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = linesOf(text).map((l) =>
    l.level > 0
      ? new Paragraph({ text: l.text, heading: l.level === 1 ? HeadingLevel.HEADING_1 : l.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3 })
      : new Paragraph({ children: [new TextRun(l.text)] }),
  );
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Markdown: headings as ## / ### …, paragraphs separated by blank lines. */
export function toMarkdown(text: string): string {
  return linesOf(text)
    .map((l) => (l.level > 0 ? `${'#'.repeat(l.level + 1)} ${l.text}` : l.text))
    .join('\n\n');
}

/**
 * A copy out of a PDF: body paragraphs broken every `width` characters, a page number line and a
 * running header every `pageLines` lines.
 */
export function toPdfCopy(text: string, width = 34, pageLines = 36, header = '法治政府建设情况报告'): string {
  const out: string[] = [];
  let page = 1;
  const push = (line: string) => {
    out.push(line);
    if (out.length % (pageLines + 2) === pageLines) {
      out.push(`- ${page++} -`, header);
    }
  };
  for (const l of linesOf(text)) {
    if (l.level > 0 || l.text.length <= width) push(l.text);
    else for (let i = 0; i < l.text.length; i += width) push(l.text.slice(i, i + width));
  }
  return out.join('\n');
}
