import { describe, expect, it } from 'vitest';
import { classifyLine, type BoilerplateKind } from '../../src/parse/boilerplate.js';
import { normalizeText } from '../../src/parse/normalize.js';
import { parseReport } from '../../src/index.js';

/** classifyLine takes a trimmed, normalised line, as parseReport passes it. */
const classify = (line: string) => classifyLine(normalizeText(line).trim());

describe('classifyLine', () => {
  it.each<[string, BoilerplateKind]>([
    // Site chrome, as copied from government portals (seed 002 and layout-web-page-chrome.txt).
    ['首页>政务公开>政府信息公开目录>法治政府建设年度报告 > 2020年法治政府建设年度报告', 'chrome'],
    ['当前位置：首页 > 政务公开 > 法治政府建设年度报告 > 镇街', 'chrome'],
    ['您现在的位置：首页', 'chrome'],
    ['字体:', 'chrome'],
    ['字体：大 中 小', 'chrome'],
    ['【大】【中】【小】', 'chrome'],
    ['重庆市綦江区人民政府版权所有   重庆市綦江区人民政府办公室主办', 'chrome'],
    ['网站标识码: 5001100002     ICP备案: 16001936号-1', 'chrome'],
    ['渝公网安备   50022202000120号', 'chrome'],
    ['返回顶部', 'chrome'],
    ['【打印本页】　【关闭窗口】', 'chrome'],
    ['打印 关闭', 'chrome'],
    ['相关链接：', 'chrome'],
    ['临澄市松岩区人民政府门户网站', 'chrome'],
    // Metadata lines, read by meta.ts but kept out of the outline.
    ['发布时间: 2021-03-23 09:33 字体:[]', 'metadata'],
    ['发布日期：2024-02-27　　来源：白鹭街道办事处　　浏览次数：1386　　字体：大 中 小', 'metadata'],
    ['日期: 2021-03-16', 'metadata'],
    ['索引号: | 113304240025560106/2023-74723 | 成文日期: | 2023-06-05 |', 'metadata'],
    ['文件编号: | 盐司函〔2023〕2号 | 组配分类: | 建议提案 |', 'metadata'],
    // Page numbers of PDF and Word copies.
    ['- 3 -', 'page-number'],
    ['— 12 —', 'page-number'],
    ['－ 3 －', 'page-number'],
    ['第3页', 'page-number'],
    ['第 3 页，共 12 页', 'page-number'],
    ['3/12', 'page-number'],
    ['3 / 12', 'page-number'],
    ['Page 3 of 12', 'page-number'],
    // Remains of flattened tables.
    ['||', 'table-rule'],
    ['|', 'table-rule'],
    ['--------', 'table-rule'],
  ])('%s → %s', (line, kind) => {
    expect(classify(line)).toBe(kind);
  });

  it.each([
    '一、工作开展情况',
    '（一）依法全面履行政府职能',
    '2020,全县各级各部门深入贯彻落实党的十九大、十九届二中、三中、四中、五中全会',
    '县政府常务会议会前学法8次，举办领导干部法治专题讲座2期。',
    '第三部分　存在的不足和原因',
    '中共益阳市赫山区委员会',
    '2025年1月6日',
    '时间紧、任务重，执法力量不足。',
    '二、存在的问题',
    '行政执法三项制度落实率100%。',
    '关于县政协十届二次会议第75号提案的答复函 |',
    // A long paragraph mentioning a chrome word is report text.
    `${'全面推行行政执法公示制度，'.repeat(8)}在政府门户网站开设专栏，版权所有人的合法权益得到保护。`,
  ])('report text → null: %s', (line) => {
    expect(classify(line)).toBeNull();
  });

  // Regression (was a bug): the CHROME phrase list is matched anywhere in any line of up to 100 characters, and several
  // phrases are ordinary words of a report: 无障碍/适老化 (无障碍环境建设 is a whole law), 承办单位
  // (建议提案办理), 技术支持, 访问量, 政务微博/政务微信, 版权所有(人). Short headings and paragraphs using
  // them are dropped as chrome (see the outline test below).
  it.each([
    '（一）推进无障碍环境建设',
    '推进老年人居家适老化改造200户。',
    '督促承办单位按时办结人大代表建议和政协委员提案。',
    '为执法办案提供技术支持。',
    '政府门户网站全年访问量达120万人次。',
    '开通政务微博、政务微信，及时发布执法信息。',
    '（三）依法保护版权所有人合法权益',
  ])('report text → null: %s', (line) => {
    expect(classify(line)).toBeNull();
  });
});

describe('boilerplate in parseReport', () => {
  it('page numbers between paragraphs are kept out of the outline and listed as boilerplate', () => {
    const doc = parseReport('一、主要举措和成效\n全年审核规范性文件12件。\n- 3 -\n第4页\n二、存在的不足\n执法力量薄弱。');
    expect(doc.sections.map((s) => [s.line, s.heading, s.paragraphs.map((p) => p.text)])).toEqual([
      [1, '主要举措和成效', ['全年审核规范性文件12件。']],
      [5, '存在的不足', ['执法力量薄弱。']],
    ]);
    expect(doc.boilerplate.map((b) => b.line)).toEqual([3, 4]);
  });

  // Regression (was a bug): same as above, seen from the outline: two of three sub-headings vanish.
  it('a heading about 无障碍环境建设 or 承办单位 stays in the outline', () => {
    const doc = parseReport(
      '一、主要举措和成效\n（一）推进无障碍环境建设\n改造盲道12公里。\n（二）督促承办单位按时办结建议提案\n办结率100%。\n（三）规范行政执法\n评查案卷50卷。',
    );
    expect(doc.sections[0]!.children.map((c) => [c.line, c.number])).toEqual([[2, 1], [4, 2], [6, 3]]);
  });
});
