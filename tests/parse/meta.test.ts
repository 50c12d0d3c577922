import { describe, expect, it } from 'vitest';
import { findSignature, isTitleLike, readHeaderFields, readIssuer, readLevel, readYear } from '../../src/parse/meta.js';
import { normalizeText } from '../../src/parse/normalize.js';
import type { IssuerLevel } from '../../src/types.js';

// meta.ts works on normalised text, as parseReport passes it.
const n = (s: string | null) => (s === null ? null : normalizeText(s));

describe('readYear', () => {
  it.each<[string | null, string, number | null]>([
    ['湄潭县2020年度法治政府建设工作报告', '', 2020],
    ['丰川市人民政府关于2024年度法治政府建设情况的报告', '', 2024],
    ['河西区二〇二三年度法治政府建设情况报告', '', 2023],
    ['河西区人民政府关于二○二三年度法治政府建设工作情况的报告', '', 2023],
    // The title wins over the opening.
    ['临澄市2023年法治政府建设年度报告', '2024年，临澄市……', 2023],
    [null, '2022年以来，南村镇深入贯彻习近平法治思想', 2022],
    [null, '2024年，在市委、市人民政府的领导下', 2024],
    [null, '2023年度，我市坚持', 2023],
    // A lost 年: "2020,全县" (seed 000) and a title "梅岭区2023法治政府…" that needs the opening.
    [null, '2020,全县各级各部门深入贯彻落实', 2020],
    ['梅岭区2023法治政府建设年度报告', '2023,全区上下坚持', 2023],
    ['梅岭区2023法治政府建设年度报告', '', null],
    [null, '按照要求，现将本局2023年度法治政府建设情况报告如下', 2023],
    [null, '市委、市人大常委会：', null],
    [null, '今年以来，全县深入推进依法行政', null],
    ['关于县政协十届二次会议第75号提案的答复函', '张美群委员: 您提出的建议已收悉', null],
  ])('%s / %s → %s', (title, opening, expected) => {
    expect(readYear(n(title), n(opening)!)).toBe(expected);
  });

  // Regression (was a bug): the opening fallback takes any year within the first ~20 characters, so the end of a
  // plan period cited in the opening sentence is read as the report year (2025 here).
  it('a plan period in the opening is not the report year', () => {
    expect(readYear(null, n('根据《法治政府建设实施纲要（2021—2025年）》要求，现将我县法治政府建设情况报告如下')!)).toBeNull();
  });
});

describe('readIssuer', () => {
  it.each<[string | null, string, string | null]>([
    ['湄潭县2020年度法治政府建设工作报告', '', '湄潭县'],
    ['河西区二〇二三年度法治政府建设情况报告', '', '河西区'],
    ['重庆市綦江区中峰镇2020年度法治政府建设情况报告', '', '重庆市綦江区中峰镇'],
    ['丰川市人民政府关于2024年度法治政府建设情况的报告', '', '丰川市人民政府'],
    ['鹤溪县市场监督管理局2023年度法治政府建设工作报告', '', '鹤溪县市场监督管理局'],
    ['白鹭街道办事处2023年度法治政府建设工作报告', '', '白鹭街道办事处'],
    ['江澜省2023年法治政府建设情况报告', '', '江澜省'],
    [null, '2022年以来，南村镇深入贯彻习近平法治思想', '南村镇'],
    [null, '2023年，县市场监管局在县委、县政府的领导下', '县市场监管局'],
    // 我区/我镇/全市 name no one.
    [null, '2024年，在市委、市人民政府的领导下，我区深入贯彻', null],
    [null, '2020年我镇法治政府建设在区委、政府的领导下', null],
    [null, '2023年，全市上下坚持', null],
    // A template's placeholder and a reply letter's title name no issuer.
    ['xx镇20××年度法治政府建设情况报告', '', null],
    ['关于县政协十届二次会议第75号提案的答复函', '', null],
  ])('%s / %s → %s', (title, opening, expected) => {
    expect(readIssuer(n(title), n(opening)!)).toBe(expected);
  });
});

describe('readLevel', () => {
  it.each<[string | null, IssuerLevel | null]>([
    ['江澜省人民政府', 'province'],
    ['内蒙古自治区人民政府', 'province'],
    ['临澄市人民政府', 'city'],
    ['延边朝鲜族自治州人民政府', 'city'],
    ['湄潭县', 'county'],
    ['益阳市赫山区人民政府', 'county'],
    ['北京市朝阳区人民政府', 'county'],
    // A Party committee stands for its area.
    ['中共益阳市赫山区委员会', 'county'],
    ['中共益阳市赫山区委员会、益阳市赫山区人民政府', 'county'],
    ['中共青禾县委', 'county'],
    ['中共青禾县委、青禾县人民政府', 'county'],
    ['重庆市綦江区中峰镇', 'township'],
    ['南村镇人民政府', 'township'],
    ['红石乡人民政府', 'township'],
    ['白鹭街道办事处', 'township'],
    // Departments, including a 委员会 that is not a Party committee.
    ['海盐县司法局', 'department'],
    ['县司法局', 'department'],
    ['鹤溪县市场监督管理局', 'department'],
    ['临澄市发展和改革委员会', 'department'],
    ['临澄市人民政府办公室', 'department'],
    ['某某单位', null],
    ['', null],
    [null, null],
  ])('%s → %s', (issuer, expected) => {
    expect(readLevel(issuer)).toBe(expected);
  });

  // Regression (was a bug): the four municipalities directly under the central
  // government (北京/上海/天津/重庆市) are province-level, but any name ending in 市 reads as a city.
  it.each(['上海市人民政府', '重庆市人民政府'])('%s → province', (issuer) => {
    expect(readLevel(issuer)).toBe('province');
  });
});

describe('readHeaderFields', () => {
  it.each<[string, string[], Record<string, string | null>]>([
    ['a web header', ['发布时间: 2021-03-23 09:33 字体:[]'], { published: '2021-03-23', written: null, docNumber: null, publisher: null }],
    ['a header with full-width colons and spaces', ['发布日期：2024-02-27　　来源：白鹭街道办事处　　浏览次数：1386'], { published: '2024-02-27', written: null, docNumber: null, publisher: null }],
    [
      'a flattened metadata table (seed 004)',
      ['索引号: | 113304240025560106/2023-74723 | 成文日期: | 2023-06-05 |', '文件编号: | 盐司函〔2023〕2号 | 组配分类: | 建议提案 |', '发布机构: | 县司法局 | 有效性: |'],
      { published: null, written: '2023-06-05', docNumber: '盐司函〔2023〕2号', publisher: '县司法局' },
    ],
    ['two fields on one line, one space apart', ['成文日期: 2024-03-20 发布日期: 2024-04-08'], { published: '2024-04-08', written: '2024-03-20', docNumber: null, publisher: null }],
    ['公开日期 for the date of publication', ['公开日期: 2024-03-28'], { published: '2024-03-28', written: null, docNumber: null, publisher: null }],
    ['an info line opening with the time of posting, unlabelled', ['2024-03-28 10:21 来源: 县司法局'], { published: '2024-03-28', written: null, docNumber: null, publisher: null }],
    ['a date opening a line of text is not a time of posting', ['2024年3月28日,县政府召开常务会议。'], { published: null, written: null, docNumber: null, publisher: null }],
  ])('%s', (_, lines, expected) => {
    expect(readHeaderFields(lines.map((l) => normalizeText(l)))).toEqual(expected);
  });
});

describe('isTitleLike', () => {
  it.each<[string, boolean]>([
    ['湄潭县2020年度法治政府建设工作报告', true],
    ['关于县政协十届二次会议第75号提案的答复函', true],
    ['晴川市2024年法治政府建设工作要点', true],
    ['一、工作开展情况', false],
    ['（一）依法全面履行政府职能情况', false],
    ['2024年，在市委、市人民政府的领导下，我区深入贯彻落实情况。', false],
    ['中共益阳市赫山区委员会', false],
    ['报告', false],
  ])('%s → %s', (line, expected) => {
    expect(isTitleLike(normalizeText(line))).toBe(expected);
  });
});

/** findSignature over the non-empty lines of a text, as parseReport calls it. */
function signatureOf(text: string) {
  const norm = normalizeText(text);
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) ranges.push([start, start + line.length]);
    start += line.length + 1;
  }
  const sig = findSignature(norm, ranges);
  return sig && { issuers: sig.issuers, date: sig.date, from: text.slice(sig.start, sig.start + 4) };
}

describe('findSignature', () => {
  it.each<[string, string, ReturnType<typeof signatureOf>]>([
    ['organisation lines above a date line', '加强执法队伍建设。\n中共益阳市赫山区委员会\n益阳市赫山区人民政府\n2025年1月6日', { issuers: ['中共益阳市赫山区委员会', '益阳市赫山区人民政府'], date: '2025-01-06', from: '中共益阳' }],
    ['run into the last paragraph', '打造高素质法治人才队伍。 海盐县司法局 2023年6月5日 |', { issuers: ['海盐县司法局'], date: '2023-06-05', from: '海盐县司' }],
    ['two organisations run into the last paragraph', '深入推进法治政府建设示范创建。 中共松岩区委 松岩区人民政府 2023年2月20日', { issuers: ['中共松岩区委', '松岩区人民政府'], date: '2023-02-20', from: '中共松岩' }],
    ['a date line with no organisation above it', '加强执法队伍建设。\n2024年1月6日', { issuers: [], date: '2024-01-06', from: '2024' }],
    ['a sentence ending in a date is not a signature', '本报告经县政府常务会议审议通过于2024年1月6日', null],
    ['a last line without a date', '加强执法队伍建设。\n海盐县司法局', null],
  ])('%s', (_, text, expected) => {
    expect(signatureOf(text)).toEqual(expected);
  });

  // Regression (was a bug): ORG_LINE allows no spaces, so two organisations on one line above the date are not read
  // (layout-run-in-headings.txt: "中共青禾县委　青禾县人民政府").
  it('two organisations on one line above a date line', () => {
    expect(signatureOf('加强培训。\n中共青禾县委　青禾县人民政府\n2024年1月26日')?.issuers).toEqual(['中共青禾县委', '青禾县人民政府']);
  });
});
