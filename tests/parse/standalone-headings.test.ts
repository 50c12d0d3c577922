/**
 * Unnumbered headings on lines of their own: which short plain lines a reader takes for the headings
 * of a report's parts, and which short lines are something else (a closing line, a signature, a table
 * row, the tail of a paragraph a PDF copy wrapped, a label inside a numbered part). Reports written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import type { Section } from '../../src/types.js';

const TITLE = '青石县2023年法治政府建设情况报告';
const OPENING = '2023年，青石县人民政府坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下。';
const DONE = '全县制定规范性文件6件，全部经过合法性审核；办理行政复议案件42件，纠错率9.5%。';
const PROBLEMS = '基层执法人员偏少，主要原因是编制不足；法治宣传形式单一，原因在于创新不够。';
const PLAN = '2024年，我县将重点做好以下工作：一是深化执法体制改革；二是加强规范性文件监督管理。';
const SIGNATURE = ['青石县人民政府', '2024年2月26日'];

const headings = (sections: readonly Section[]): string[] => sections.flatMap((s) => [s.heading, ...headings(s.children)]);
const parsed = (lines: string[], softBreaks: number[] = []) => headings(parseReport(lines.join('\n'), { hints: { softBreaks } }).sections);

describe('plain heading lines that head the parts of a report', () => {
  it.each<[string, string[], string[]]>([
    [
      'three part names after the opening, each over a paragraph',
      [TITLE, OPENING, '主要举措和成效', DONE, '存在的不足和原因', PROBLEMS, '下一年度工作安排', PLAN, ...SIGNATURE],
      ['主要举措和成效', '存在的不足和原因', '下一年度工作安排'],
    ],
    [
      'the first right after the title, with no opening',
      [TITLE, '主要工作情况', DONE, '存在的问题', PROBLEMS, '2024年工作打算', PLAN, ...SIGNATURE],
      ['主要工作情况', '存在的问题', '2024年工作打算'],
    ],
    [
      'numbered sub-parts under them',
      [TITLE, OPENING, '主要举措和成效', '（一）推进依法决策。' + DONE, '（二）规范行政执法。全年公示执法信息1200条。', '存在的不足和原因', PROBLEMS, '下一步工作计划', PLAN, ...SIGNATURE],
      ['主要举措和成效', '推进依法决策', '规范行政执法', '存在的不足和原因', '下一步工作计划'],
    ],
    [
      'a long part name, as long as a line of body text',
      [TITLE, OPENING, '主要举措和成效', DONE, '党政主要负责人履行推进法治建设第一责任人职责情况', '县长带头学法4次，主持研究法治政府建设工作3次。', '存在的不足和原因', PROBLEMS, ...SIGNATURE],
      ['主要举措和成效', '党政主要负责人履行推进法治建设第一责任人职责情况', '存在的不足和原因'],
    ],
    [
      'the last part a line of "无。", and names ending in a colon',
      [TITLE, OPENING, '主要举措和成效：', DONE, '存在的不足和原因：', PROBLEMS, '其他需要报告的事项', '无。', ...SIGNATURE],
      ['主要举措和成效：', '存在的不足和原因：', '其他需要报告的事项'],
    ],
    [
      'a closing line and the signature after the last part are not headings',
      [TITLE, OPENING, '主要举措和成效', DONE, '存在的不足和原因', PROBLEMS, '特此报告', ...SIGNATURE],
      ['主要举措和成效', '存在的不足和原因'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(parsed(lines)).toEqual(expected);
  });

  it('a plain heading keeps its line and has no marker', () => {
    const doc = parseReport([TITLE, OPENING, '主要举措和成效', DONE, '存在的不足和原因', PROBLEMS, ...SIGNATURE].join('\n'));
    expect(doc.sections.map((s) => [s.line, s.marker, s.markerKind, s.heading])).toEqual([
      [3, '', 'none', '主要举措和成效'],
      [5, '', 'none', '存在的不足和原因'],
    ]);
    expect(doc.sections[0]?.paragraphs.map((p) => p.text)).toEqual([DONE]);
  });
});

describe('short lines that are not headings', () => {
  it.each<[string, string[]]>([
    ['one part name alone: a heading needs others like it', [TITLE, OPENING, '主要举措和成效', DONE, PROBLEMS, PLAN, ...SIGNATURE]],
    ['a line after a sentence that is not finished: the paragraph goes on', [TITLE, OPENING, '全县制定规范性文件6件，全部经过合法性审核，并推进各项', '法治政府建设工作', DONE, '办理行政复议案件42件，纠错率9.5%，持续推进', '依法行政工作', PROBLEMS, ...SIGNATURE]],
    ['lines that end in no part name: a sentence that lost its full stop', [TITLE, OPENING, '全县推进依法行政', DONE, '全面加强执法监督', PROBLEMS, ...SIGNATURE]],
    ['table rows, their cells set apart by spaces', [TITLE, OPENING, '项目 数量 完成情况', DONE, '复议 42 完成情况', PROBLEMS, ...SIGNATURE]],
    ['part names with no paragraph after them: a list', [TITLE, OPENING, '报告包括以下部分：', '主要举措和成效', '存在的不足和原因', '下一年度工作安排', ...SIGNATURE]],
  ])('%s', (_name, lines) => {
    expect(parsed(lines)).toEqual([]);
  });

  it('inside numbered parts, a plain line is a label of the text, not a part', () => {
    const lines = [TITLE, OPENING, '一、主要举措和成效', DONE, '典型经验做法', '县司法局推行说理式执法，全年制作说理式文书300份。', '二、存在的不足和原因', PROBLEMS, '典型问题', '个别部门执法文书不规范。', ...SIGNATURE];
    expect(parsed(lines)).toEqual(['主要举措和成效', '存在的不足和原因']);
  });

  it('in a copy wrapped at one width and handed over with no hints, a paragraph\'s first line is no heading', () => {
    const FILLER = '全县各级行政机关严格落实重大行政决策程序规定，对涉及群众切身利益的决策事项均进行风险评估和合法性审查，全年审查各类合同协议二百余份，提出修改意见三百余条，有效防范了法律风险。';
    const wrap = (first: string): string[] => [first, ...Array.from({ length: Math.ceil(FILLER.length / 26) }, (_, i) => FILLER.slice(i * 26, i * 26 + 26))];
    const lines = [TITLE, OPENING, ...wrap('县司法局会同县直各部门扎实推进法治政府示范创建工作'), ...wrap('全县行政复议机关认真履行职责依法纠错的有关情况'), ...SIGNATURE];
    expect(parsed(lines)).toEqual([]);
  });

  it('a line a PDF copy broke is part of its paragraph, though it reads like a part name', () => {
    const lines = [TITLE, OPENING, '全县制定规范性文件6件，全部经过合法性审核。', '主要举措和成效', DONE, '存在的不足和原因', PROBLEMS, ...SIGNATURE];
    // Line 3 broke its paragraph (the copy's page width), so line 4 continues it.
    expect(parsed(lines, [3])).toEqual([]);
    expect(parsed(lines)).toEqual(['主要举措和成效', '存在的不足和原因']);
  });
});
