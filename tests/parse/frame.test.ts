/**
 * The document frame: the title assembled from the lines of the header zone whatever stands around it
 * (版头, 文号, issuer line, 主送, byline, site banner), a table of contents dropped, labelled fields read
 * where they stand, and the end notes after a signature set aside. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';

const BODY = '2023年，全镇坚持依法行政，各项工作取得新成效。现将有关情况报告如下。\n一、主要举措和成效\n全年办理行政复议案件12件。';

describe('title block', () => {
  it.each([
    ['one line', `青禾县2023年法治政府建设年度报告\n${BODY}`, '青禾县2023年法治政府建设年度报告', null],
    ['issuer line over a year-first title', `青禾县人民政府\n2023年度法治政府建设情况报告\n${BODY}`, '青禾县人民政府2023年度法治政府建设情况报告', null],
    [
      '版头, 文号, issuer, 关于… title and 主送',
      `青禾县人民政府文件\n青政报〔2024〕9号\n\n青禾县人民政府\n关于2023年度法治政府建设情况的报告\n\n市人民政府：\n${BODY}`,
      '青禾县人民政府关于2023年度法治政府建设情况的报告',
      '青政报〔2024〕9号',
    ],
    ['a title wrapped in the middle', `青禾县2023年度法治政府建设\n情况报告\n${BODY}`, '青禾县2023年度法治政府建设情况报告', null],
    ['a site banner of segments before the title', `某某文库 - 公文写作 - 工作报告\n青禾县2023年法治政府建设情况报告\n${BODY}`, '青禾县2023年法治政府建设情况报告', null],
    ['a speech: title, speaker and occasion', `2023年度述法报告\n青禾县人民政府县长　王某某\n（2024年1月16日在县委全面依法治县委员会会议上）\n${BODY}`, '2023年度述法报告', null],
    ['Markdown title and bold issuer', `# 2023年法治政府建设年度报告\n\n**青禾县交通运输局**\n\n${BODY}`, '2023年法治政府建设年度报告', null],
  ])('%s', (_name, text, title, docNumber) => {
    const doc = parseReport(text);
    expect(doc.meta.title).toBe(title);
    expect(doc.meta.docNumber).toBe(docNumber);
    // The frame is not report text: the outline starts with the report's own first heading.
    expect(doc.sections[0]?.heading).toBe('主要举措和成效');
    expect(doc.preamble.map((p) => p.text).join('')).not.toContain('报告\n');
  });
});

describe('a document flattened onto one line', () => {
  it('keeps the title at the head of the line apart from the text', () => {
    const body = '2023年，青禾县坚持依法行政，各项工作取得新成效，现将有关情况报告如下。'.repeat(3);
    const doc = parseReport(`发布日期：2024-03-20\n青禾县2023年法治政府建设工作情况报告 ${body} 一、主要举措和成效 全年办理行政复议案件12件。`);
    expect(doc.meta.title).toBe('青禾县2023年法治政府建设工作情况报告');
    expect(doc.meta.published).toBe('2024-03-20');
    expect(doc.preamble[0]?.text.startsWith('2023年，青禾县')).toBe(true);
  });

  it('a long first sentence is not taken for a title', () => {
    const doc = parseReport(`2023年全县法治政府建设各项工作情况良好，${'各项工作取得新成效，'.repeat(12)}现报告如下。`);
    expect(doc.meta.title).toBeNull();
  });
});

describe('table of contents', () => {
  const toc = `青禾县2024年度法治政府建设情况报告\n\n目　　录\n\n一、主要举措和成效 ……………… 1\n　（一）深化改革 ………… 1\n二、存在的不足和原因 ………… 3\n三、下一年度主要安排 ………… 4\n\n`;
  it('is dropped: its entries are not the outline', () => {
    const doc = parseReport(`${toc}${BODY}\n二、存在的不足和原因\n执法力量不足。\n三、下一年度主要安排\n继续推进。`);
    expect(doc.sections.map((s) => [s.heading, s.line])).toEqual([
      ['主要举措和成效', 11],
      ['存在的不足和原因', 13],
      ['下一年度主要安排', 15],
    ]);
    expect(doc.meta.title).toBe('青禾县2024年度法治政府建设情况报告');
  });

  it('without page numbers: the entries after 目录 up to where the report begins', () => {
    const plain = `青禾县2024年度法治政府建设情况报告\n目录\n一、主要举措和成效\n二、存在的不足和原因\n三、下一年度主要安排\n${BODY}\n二、存在的不足和原因\n执法力量不足。\n三、下一年度主要安排\n继续推进。`;
    const doc = parseReport(plain);
    expect(doc.sections.map((s) => [s.heading, s.line])).toEqual([
      ['主要举措和成效', 7],
      ['存在的不足和原因', 9],
      ['下一年度主要安排', 11],
    ]);
  });

  it('a numbered line ending in a figure is not a contents entry', () => {
    const doc = parseReport(`青禾县2023年法治政府建设年度报告\n一、主要举措和成效\n全年办理案件 12\n二、存在的不足\n执法力量不足。`);
    expect(doc.sections.map((s) => s.heading)).toEqual(['主要举措和成效', '存在的不足']);
  });
});

describe('labelled fields and end notes', () => {
  it.each([
    ['a Markdown quote', `# 2023年法治政府建设年度报告\n\n> 发布时间：2024-03-22　来源：青禾县司法局\n\n${BODY}`, '2024-03-22', null],
    ['a reprint note in traditional characters', `青禾縣2023年法治政府建設年度報告\n（轉載自青禾縣人民政府網站　原發布日期：2024年3月25日）\n${BODY}`, '2024-03-25', null],
    ['a signature above a contact line in brackets', `青禾县2023年法治政府建设年度报告\n${BODY}\n青禾县人民政府\n2024年3月12日\n（联系人：王某，电话：0571-1234567）`, null, '2024-03-12'],
    ['a signature above an attachment note', `青禾县2023年法治政府建设年度报告\n${BODY}\n青禾县人民政府\n2024年3月12日\n附件：1.重点工作完成情况表`, null, '2024-03-12'],
    ['a signature above 此件公开发布 and a 版记 line', `青禾县2023年法治政府建设年度报告\n${BODY}\n\n青禾县人民政府\n2024年3月12日\n\n（此件公开发布）\n\n青禾县人民政府办公室　　　　2024年3月12日印发\n— 5 —`, null, '2024-03-12'],
  ])('%s', (_name, text, published, signed) => {
    const doc = parseReport(text);
    expect(doc.meta.published).toBe(published);
    expect(doc.meta.signed).toBe(signed);
  });
});
