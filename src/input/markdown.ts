/**
 * Markdown → ExtractedText. The text is passed through unchanged, so every line number in a finding is
 * the line the user sees in their .md file; the Markdown structure becomes hints instead: `#` and setext
 * headings are outline levels, fences, rules and comments are furniture. Inline marks (`**…**`) stay in
 * the text because the parser matches through them.
 */
import type { ExtractedText, HeadingHint } from './types.js';

// CommonMark wants a space after the #s; Chinese authors often write `##一、…`, so a non-ASCII
// character right after them counts too (a `#1` or `#tag` does not).
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$|(?=[^\x00-\x7f]))(.*)$/;
// A "heading" longer than this is a paragraph marked as one (a converter's slip): it gets no hint, and
// the parser finds any run-in heading inside it as in plain text. The HTML reader draws the same line.
const MAX_HEADING = 100;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
// A short line that is bold and nothing else: `**（一）加强执法**`, a heading in all but name. A bold
// sentence (ending in 。；，) is emphasis, not a heading.
const BOLD_LINE = /^\s*(\*\*|__)(?!\s)([^*_]{1,40}?)(?<![\s。；;，,])\1\s*$/;

interface Scan {
  /** Headings with their raw Markdown level (number of #, 1 for `===`, 2 for `---`). */
  headings: HeadingHint[];
  /** Bold-only lines, in order; their level is settled once heading levels are known. */
  bold: number[];
  boilerplate: number[];
  /** Lines that are blank or furniture, to find the first real line of the document. */
  empty: Set<number>;
}

/** The line without its HTML comments, and whether a comment is still open at its end. */
function stripComments(line: string, open: boolean): { rest: string; open: boolean } {
  let rest = '';
  let i = 0;
  while (i < line.length) {
    if (open) {
      const end = line.indexOf('-->', i);
      if (end < 0) return { rest, open: true };
      i = end + 3;
      open = false;
    } else {
      const start = line.indexOf('<!--', i);
      if (start < 0) return { rest: rest + line.slice(i), open: false };
      rest += line.slice(i, start);
      i = start + 4;
      open = true;
    }
  }
  return { rest, open };
}

interface BlockState {
  /** The opening fence while inside a fenced code block. */
  fence: string | null;
  /** Whether an HTML comment is open. */
  inComment: boolean;
}

/** Fences and comments: `furniture` for their lines, `code` inside a fence, null for other lines. */
function blockLine(line: string, state: BlockState): 'furniture' | 'code' | null {
  if (state.fence !== null) {
    // Code is shown as written; only its fences are furniture.
    const t = line.trim();
    if (!t.startsWith(state.fence) || t.replace(/[`~]/g, '') !== '') return 'code';
    state.fence = null;
    return 'furniture';
  }
  const fence = FENCE.exec(line);
  if (fence) {
    state.fence = fence[1] as string;
    return 'furniture';
  }
  const wasInComment = state.inComment;
  const { rest, open } = stripComments(line, wasInComment);
  state.inComment = open;
  return (wasInComment || line.includes('<!--')) && rest.trim() === '' ? 'furniture' : null;
}

function scan(lines: readonly string[]): Scan {
  const out: Scan = { headings: [], bold: [], boilerplate: [], empty: new Set() };
  const state: BlockState = { fence: null, inComment: false };
  // Whether the previous line is paragraph text, which a following `===`/`---` turns into a heading.
  let paragraph = false;
  const furniture = (n: number) => {
    out.boilerplate.push(n);
    out.empty.add(n);
    paragraph = false;
  };
  const frontMatterEnd = frontMatter(lines);
  lines.forEach((line, i) => {
    const n = i + 1;
    const block = n <= frontMatterEnd ? 'furniture' : blockLine(line, state);
    if (block === 'furniture') return furniture(n);
    if (block === 'code' || line.trim() === '') {
      if (block !== 'code') out.empty.add(n);
      paragraph = false;
      return;
    }
    const setext = SETEXT.exec(line);
    if (setext && paragraph) {
      // The underline is furniture; the line above it is the heading (and not also a bold line).
      if (out.bold[out.bold.length - 1] === n - 1) out.bold.pop();
      const above = (lines[n - 2] as string).trim();
      if (above.length <= MAX_HEADING) out.headings.push({ line: n - 1, level: (setext[1] as string).startsWith('=') ? 1 : 2 });
      return furniture(n);
    }
    if (RULE.test(line)) return furniture(n);
    const match = ATX.exec(line);
    const atx = match && (match[2] as string).trim().length <= MAX_HEADING ? match : null;
    // An empty `##` carries no heading text: furniture, not an outline entry.
    if (atx && (atx[2] as string).replace(/#+\s*$/, '').trim() === '') return furniture(n);
    if (atx) out.headings.push({ line: n, level: (atx[1] as string).length });
    else if (BOLD_LINE.test(line)) out.bold.push(n);
    paragraph = !atx;
  });
  return out;
}

/** The last line of a YAML front-matter block (`---` … `---`) at the top, or 0. */
function frontMatter(lines: readonly string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i] as string)) return i + 1;
  return 0;
}

/** The first line that is neither blank nor furniture. */
function firstContentLine(lines: readonly string[], empty: ReadonlySet<number>): number {
  for (let n = 1; n <= lines.length; n++) if (!empty.has(n)) return n;
  return 0;
}

/**
 * Reads Markdown. The text is kept exactly as given; headings become hints with level = number of `#`
 * (setext `===` is 1, `---` is 2), counted from the top level used. When the only `#` heading is the
 * first line it is the document title: it gets no hint (the parser takes it as the title) and the
 * other levels move up one, so `##` sections are level 1. Bold-only short lines (but the first, a
 * bold title) become hints one level below the last heading. Fence lines, horizontal rules, setext
 * underlines, HTML comments and YAML front matter are returned as boilerplate lines.
 *
 * @example
 * const x = extractMarkdown('# 某县2023年法治政府建设年度报告\n\n## 一、主要举措和成效\n**（一）加强执法**\n全年……。')
 * x.headings // [{ line: 3, level: 1 }, { line: 4, level: 2 }]
 * x.meta.title // '某县2023年法治政府建设年度报告'
 */
export function extractMarkdown(text: string): ExtractedText {
  const lines = text.split(/\r\n|\r|\n/);
  const found = scan(lines);
  const first = firstContentLine(lines, found.empty);
  const topLevel = found.headings.filter((h) => h.level === 1);
  const titleLine = topLevel.length === 1 && topLevel[0]?.line === first ? topLevel[0].line : 0;
  const sections = found.headings.filter((h) => h.line !== titleLine);
  // Levels count from the top level actually used, so a document of `##` and `###` still has level 1.
  const shift = sections.length > 0 ? Math.min(...sections.map((h) => h.level)) - 1 : 0;
  const headings = sections.map((h) => ({ line: h.line, level: h.level - shift }));

  const bold: HeadingHint[] = [];
  let h = 0;
  let lastLevel = 0;
  // A bold first line is the document title set in bold: left to the parser, like a `#` title.
  for (const line of found.bold.filter((l) => l !== first)) {
    while (h < headings.length && (headings[h] as HeadingHint).line < line) lastLevel = (headings[h++] as HeadingHint).level;
    bold.push({ line, level: lastLevel + 1 });
  }

  const titleText = lines[titleLine - 1] ?? '';
  // An ATX title loses its #s (and any closing #s); a setext title is the line itself.
  const title = titleLine ? (ATX.exec(titleText)?.[2] ?? titleText).replace(/\s#+\s*$/, '').trim() : '';
  return {
    text,
    format: 'markdown',
    encoding: null,
    headings: [...headings, ...bold].sort((a, b) => a.line - b.line),
    boilerplateLines: found.boilerplate,
    softBreaks: [],
    meta: title ? { title } : {},
  };
}
