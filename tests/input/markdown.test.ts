/**
 * extractMarkdown: hand-written cases for each Markdown construct, then every real report turned into
 * Markdown in place (same lines, headings marked with #s or bold), whose hints must match the outline
 * the parser finds in the plain text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../src/input/markdown.js';
import type { HeadingHint } from '../../src/input/types.js';
import { parseReport } from '../../src/report-input.js';
import type { Section } from '../../src/types.js';

const seeds = path.resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const fixtures = path.resolve(import.meta.dirname, '../fixtures/reports');
const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)) : []);
const reports = [...list(seeds), ...list(fixtures)];

describe('extractMarkdown: constructs', () => {
  it.each<[string, string, HeadingHint[], number[], string | undefined]>([
    [
      'a single # title first: no hint, ## is level 1',
      '# 临澄市2023年法治政府建设年度报告\n\n## 一、主要举措和成效\n### （一）健全政府机构职能体系\n全年取消行政许可事项12项。\n## 二、存在的不足和原因',
      [{ line: 3, level: 1 }, { line: 4, level: 2 }, { line: 6, level: 1 }],
      [],
      '临澄市2023年法治政府建设年度报告',
    ],
    [
      'several # lines: none is the title, levels as written',
      '# 一、主要举措和成效\n## （一）加强执法\n# 二、存在的不足和原因',
      [{ line: 1, level: 1 }, { line: 2, level: 2 }, { line: 3, level: 1 }],
      [],
      undefined,
    ],
    [
      'a # line that does not come first is a section',
      '2023年，我县扎实推进法治政府建设。\n# 一、主要举措和成效\n## （一）加强执法',
      [{ line: 2, level: 1 }, { line: 3, level: 2 }],
      [],
      undefined,
    ],
    [
      'no #: the top level used is level 1; closing #s and no space after #s',
      '## 一、主要举措和成效 ##\n###（一）加强执法\n#1 is not a heading',
      [{ line: 1, level: 1 }, { line: 2, level: 2 }],
      [],
      undefined,
    ],
    [
      'setext headings: the underline is furniture',
      '泊阳县2023年法治政府建设年度报告\n==========\n\n一、主要举措和成效\n----------\n全年办理行政复议案件42件。',
      [{ line: 4, level: 1 }],
      [2, 5],
      '泊阳县2023年法治政府建设年度报告',
    ],
    [
      'fences, rules and comments are furniture; code inside a fence is not a heading',
      '## 一、主要举措\n<!-- 草稿：待办公室核稿 -->\n```\n# 不是标题\n```\n***\n<!--\n多行注释\n-->\n正文。',
      [{ line: 1, level: 1 }],
      [2, 3, 5, 6, 7, 8, 9],
      undefined,
    ],
    [
      'YAML front matter is furniture',
      '---\ntitle: 报告\ndate: 2024-03-01\n---\n## 一、主要举措',
      [{ line: 5, level: 1 }],
      [1, 2, 3, 4],
      undefined,
    ],
    [
      'bold-only short lines are one level below the last heading; bold sentences are not',
      '# 松岩区2023年法治政府建设年度报告\n## 一、主要举措和成效\n**（一）加强执法**\n正文。\n**（二）规范决策**\n**全年未发生行政复议纠错案件。**\n本年度**重点**推进执法规范化。',
      [{ line: 2, level: 1 }, { line: 3, level: 2 }, { line: 5, level: 2 }],
      [],
      '松岩区2023年法治政府建设年度报告',
    ],
    ['a bold first line is a title, left to the parser', '**临澄市2023年法治政府建设年度报告**\n## 一、主要举措\n**（一）加强执法**', [{ line: 2, level: 1 }, { line: 3, level: 2 }], [], undefined],
    ['an unclosed fence runs to the end', '## 一、主要举措\n~~~\n## 不是标题\n```\n正文。', [{ line: 1, level: 1 }], [2], undefined],
    [
      'a "heading" of a whole paragraph gets no hint: the parser reads it as text',
      `## 一、主要举措\n## 全年${'审核规范性文件二十三件，备案审查率百分之百，'.repeat(6)}清理文件四十一件。\n标题\n${'审核规范性文件二十三件，'.repeat(10)}\n---`,
      [{ line: 1, level: 1 }],
      [5],
      undefined,
    ],
    ['an empty ## is furniture', '## 一、主要举措\n##\n正文。', [{ line: 1, level: 1 }], [2], undefined],
  ])('%s', (_name, md, headings, boilerplate, title) => {
    const x = extractMarkdown(md);
    expect(x.text).toBe(md);
    expect(x.format).toBe('markdown');
    expect(x.headings).toEqual(headings);
    expect(x.boilerplateLines).toEqual(boilerplate);
    expect(x.softBreaks).toEqual([]);
    expect(x.meta.title).toBe(title);
  });

  it('keeps the line numbers of CRLF files', () => {
    const x = extractMarkdown('# 某县2023年法治政府建设年度报告\r\n\r\n## 一、主要举措\r\n正文。\r\n');
    expect(x.headings).toEqual([{ line: 3, level: 1 }]);
  });
});

/** Own-line headings of the plain text, by line, with their outline level. */
function headingLines(text: string): Map<number, number> {
  const levels = new Map<number, number>();
  const lines = text.split('\n');
  const walk = (sections: Section[]) => {
    for (const s of sections) {
      const own = lines[s.line - 1]?.trim() === text.slice(s.headingSpan.start, s.headingSpan.end).trim();
      if (own) levels.set(s.line, s.level);
      walk(s.children);
    }
  };
  walk(parseReport(text).sections);
  return levels;
}

/**
 * The report as Markdown, line for line: the title as `# `, level-n headings as n+1 #s, except some
 * short subheadings right under their marked parent, which are written in bold as authors do.
 */
function toMarkdown(text: string): { md: string; expected: HeadingHint[]; titleLine: number } {
  const title = parseReport(text).meta.title;
  const lines = text.split('\n');
  const titleLine = title ? lines.findIndex((l) => l.trim() === title) + 1 : 0;
  const levels = headingLines(text);
  const expected: HeadingHint[] = [];
  let lastMarked = 0;
  let sub = 0;
  const md = lines.map((line, i) => {
    const level = levels.get(i + 1);
    if (i + 1 === titleLine) return `# ${line.trim()}`;
    if (level === undefined) return line;
    expected.push({ line: i + 1, level });
    // Every other subheading right under a marked parent is bold, so both forms meet real text.
    if (level >= 2 && lastMarked === level - 1 && line.trim().length <= 40 && ++sub % 2 === 1) return `**${line.trim()}**`;
    lastMarked = level;
    return `${'#'.repeat(level + 1)} ${line.trim()}`;
  });
  return { md: md.join('\n'), expected, titleLine };
}

describe.skipIf(reports.length === 0)('extractMarkdown: real reports as Markdown', () => {
  if (!existsSync(seeds)) it.skip(`seed reports (${seeds} is absent)`, () => {});

  it.each(reports.map((f) => [path.basename(f), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const { md, expected, titleLine } = toMarkdown(text);
    const x = extractMarkdown(md);
    expect(x.text).toBe(md);
    const first = md.split('\n').findIndex((l) => l.trim() !== '') + 1;
    // The title is dropped from the hints only when it is the first line; otherwise it is a level-1
    // heading and every section moves one level down.
    const titleFirst = titleLine === 0 || titleLine === first;
    const want = titleFirst ? expected : [{ line: titleLine, level: 1 }, ...expected.map((h) => ({ ...h, level: h.level + 1 }))];
    expect(x.headings).toEqual(want.sort((a, b) => a.line - b.line));
    expect(x.boilerplateLines).toEqual([]);
  });

  it('marks some headings in bold, so that path is exercised on real text', () => {
    const bold = reports.filter((f) => toMarkdown(readFileSync(f, 'utf8')).md.includes('\n**'));
    expect(bold.length).toBeGreaterThan(0);
  });
});
