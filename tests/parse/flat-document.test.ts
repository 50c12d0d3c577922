/**
 * Documents that lost their line breaks (pasted from a web page, exported as one paragraph, a PDF
 * copy joined up): the frame at the head of the line is read piece by piece, headings keep the spaces
 * that stand where line breaks were, and a page number joined into the text still ends what stands
 * before it. One row per mechanism; texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { splitFlatHead } from '../../src/parse/flat-head.js';
import { normalizeText } from '../../src/parse/normalize.js';

// Long enough that the line is read as a flattened document, with no heading of its own inside.
const TEXT = '2023年，青禾县坚持以习近平法治思想为指导，扎实推进依法行政，各项工作取得新成效。'.repeat(4);
const PARTS = '一、主要举措和成效全年办理行政复议案件12件。二、存在的不足和原因执法力量不足，原因是编制有限。';

describe('the frame at the head of a flattened line', () => {
  it.each([
    ['labelled fields glued together, then a title glued to the text', `发布日期：2024-03-20来源：县司法局浏览次数：青禾县2023年法治政府建设工作情况报告${TEXT}${PARTS}`, { title: '青禾县2023年法治政府建设工作情况报告', published: '2024-03-20', docNumber: null }],
    ['labelled fields between wide spaces', `发布日期：2024-03-20　　来源：县司法局　　青禾县2023年法治政府建设工作情况报告 ${TEXT}${PARTS}`, { title: '青禾县2023年法治政府建设工作情况报告', published: '2024-03-20', docNumber: null }],
    ['版头, 文号, title and 主送 glued together', `青禾县人民政府文件青政报〔2024〕9号青禾县人民政府关于2023年度法治政府建设情况的报告市人民政府：${TEXT}${PARTS}`, { title: '青禾县人民政府关于2023年度法治政府建设情况的报告', published: null, docNumber: '青政报〔2024〕9号' }],
    ['issuer and title separated by a space', `青禾县人民政府 2023年度法治政府建设情况报告 ${TEXT}${PARTS}`, { title: '青禾县人民政府2023年度法治政府建设情况报告', published: null, docNumber: null }],
    [
      'a breadcrumb trail, page fields (发布机构, 字体 with spaces in its brackets), the title and the fields after it',
      `首页 > 政务公开 > 法治政府建设 > 正文 索引号：11330523MB1234567X/2024-00012　发布机构：青禾县人民政府办公室 青禾县2023年度法治政府建设情况报告 发布时间：2024-03-28 09:15　来源：县司法局　浏览次数：1287 字体：[大 中 小] ${TEXT}${PARTS}`,
      { title: '青禾县2023年度法治政府建设情况报告', published: '2024-03-28', docNumber: null },
    ],
    ['a reprint note after the title', `青禾县2023年度法治政府建设情况报告（转载自青禾县人民政府网站　原发布日期：2024年3月25日）${TEXT}${PARTS}`, { title: '青禾县2023年度法治政府建设情况报告', published: '2024-03-25', docNumber: null }],
    [
      'a table of contents, then the title again',
      `青禾县2023年度法治政府建设情况报告目　　录一、主要举措和成效 ……………… 1二、存在的不足和原因 ……………… 3青禾县2023年度法治政府建设情况报告${TEXT}${PARTS}`,
      { title: '青禾县2023年度法治政府建设情况报告', published: null, docNumber: null },
    ],
  ])('%s', (_name, text, meta) => {
    const doc = parseReport(text);
    expect({ title: doc.meta.title, published: doc.meta.published, docNumber: doc.meta.docNumber }).toEqual(meta);
    // The frame is not report text, and the table of contents is not the outline.
    expect(doc.preamble.map((p) => p.text).join('')).toBe(TEXT);
    expect(doc.sections.map((s) => s.marker)).toEqual(['一、', '二、']);
    expect(doc.sections[0]?.heading).toMatch(/^主要举措和成效/);
  });

  it.each([
    ['text from the first character', `${TEXT}${PARTS}`],
    ['a headline that is not a title', `县政府召开常务会议 审议通过多项议题${TEXT}${PARTS}`],
    ['a title with no text after it', `青禾县2023年法治政府建设工作情况报告${'一、主要举措和成效全年办理案件12件。'.repeat(12)}`],
  ])('cuts nothing from %s', (_name, text) => {
    const norm = normalizeText(text);
    const head = splitFlatHead(norm, 0, norm.length);
    // Either the frame ends where the text begins, or there is no frame: the text itself is never cut.
    if (head.pieces.length > 0) expect(norm.slice(head.bodyStart)).toMatch(/^一、/);
    else expect(head.bodyStart).toBe(0);
  });
});

describe('headings in a flattened line', () => {
  it.each([
    ['a heading a copy wrapped early', '一、2024年推进法治政府建设的主要安 排 （一）压实法治建设责任。', '2024年推进法治政府建设的主要安 排'],
    ['a number split from its unit', '一、2023 年度推进法治政府建设的主要举措 （一）深化改革。', '2023 年度推进法治政府建设的主要举措'],
    ['a space before a comma inside the heading', '（1）依法全面履行政府职能 ，营商环境持续优化 一是深化“放管服”改革。', '依法全面履行政府职能 ，营商环境持续优化'],
    ['a heading followed by a sentence', '一、主要举措和成效 全年办理行政复议案件12件，纠错率10%。', '主要举措和成效'],
  ])('%s', (_name, part, heading) => {
    const doc = parseReport(`${TEXT} ${part} ${TEXT}`);
    expect(doc.sections[0]?.heading).toBe(heading);
  });
});

describe('headings glued to what follows them', () => {
  it.each([
    ['a sub-heading glued to its parent heading', `${TEXT}一、主要举措和成效（一）强化统筹部署全年召开会议6次。`, ['一、主要举措和成效', '（一）强化统筹部署全年召开会议6次']],
    ['a reference to a numbered item is not a sub-heading', `${TEXT}一、主要举措和成效依照第（一）项规定办理案件6件。`, ['一、主要举措和成效依照第（一）项规定办理案件6件']],
    ['一是 glued to the heading opens its body', `${TEXT}${TEXT}一、原因分析一是思想认识有差距。二是培训不足。`, ['一、原因分析']],
    ['统一是 is a word, not an item', `${TEXT}${TEXT}一、执法标准统一是关键。`, ['一、执法标准统一是关键']],
    ['a heading glued to a sentence is cut at its first comma', `${TEXT}一、短板弱项对照上级要求和群众期盼，我县还存在一些短板弱项，需要在今后工作中认真研究加以改进。`, ['一、短板弱项对照上级要求和群众期盼']],
  ])('%s', (_name, text, headings) => {
    const outline = (sections: ReturnType<typeof parseReport>['sections']): string[] => sections.flatMap((s) => [`${s.marker}${s.heading}`, ...outline(s.children)]);
    expect(outline(parseReport(text).sections)).toEqual(headings);
  });
});

describe('a page number joined into the text', () => {
  it('still ends what stands before a heading', () => {
    const doc = parseReport(`${TEXT}一、主要举措和成效全年办理案件12件。- 3 -二、存在的不足和原因执法力量不足。`);
    expect(doc.sections.map((s) => `${s.marker}${s.heading}`)).toEqual(['一、主要举措和成效全年办理案件12件', '二、存在的不足和原因执法力量不足']);
  });

  it('is not a page number without its number', () => {
    const doc = parseReport(`${TEXT}一、主要举措和成效全年办理案件12件。重点--二、存在的不足和原因执法力量不足。`);
    expect(doc.sections).toHaveLength(1);
  });
});
