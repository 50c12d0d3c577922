import { describe, expect, it } from 'vitest';
import { findItems, findMarkers } from '../../src/parse/markers.js';
import { normalizeText } from '../../src/parse/normalize.js';
import { parseReport } from '../../src/index.js';
import type { MarkerKind, Section } from '../../src/types.js';

/** findMarkers works on the normalised text, as parseReport calls it. */
function markersIn(text: string) {
  const norm = normalizeText(text);
  return findMarkers(norm, 0, norm.length).map((m) => ({ kind: m.kind, marker: m.marker, number: m.number, start: m.start }));
}

function itemsIn(text: string, previous = 0) {
  const norm = normalizeText(text);
  return findItems(norm, 0, norm.length, previous).map((i) => [i.marker, i.start]);
}

describe('findMarkers: numbering variants', () => {
  it.each<[string, MarkerKind, string, number]>([
    ['第一部分　主要举措和成效', 'part', '第一部分', 1],
    ['第十二部分 其他', 'part', '第十二部分', 12],
    ['一、工作开展情况', 'cn', '一、', 1],
    ['十一、其他需要报告的情况', 'cn', '十一、', 11],
    ['二十、附则', 'cn', '二十、', 20],
    ['（一）依法全面履行政府职能', 'cn-paren', '(一)', 1],
    ['(一)依法全面履行政府职能', 'cn-paren', '(一)', 1],
    ['（十）其他', 'cn-paren', '(十)', 10],
    ['1.认真学习领会精神。', 'arabic', '1.', 1],
    ['１．全角数字和句点', 'arabic', '1.', 1],
    ['1、深化简政放权。', 'arabic', '1、', 1],
    ['12.强化法治政府建设考核', 'arabic', '12.', 12],
    ['4.2024年主要工作安排', 'arabic', '4.', 4],
    ['5.1998年以来的工作', 'arabic', '5.', 5],
    ['（1）健全工作机制。', 'arabic-paren', '(1)', 1],
    ['(2)加强公平竞争审查。', 'arabic-paren', '(2)', 2],
    ['①行政执法公示', 'circled', '①', 1],
    ['⑳第二十项', 'circled', '⑳', 20],
  ])('%s → %s %s = %i', (text, kind, marker, number) => {
    expect(markersIn(text)[0]).toEqual({ kind, marker, number, start: 0 });
  });

  it('a marker after a sentence end or a colon is found; the offset is in the original text', () => {
    const text = '主要做法：1.建立清单。2.规范程序。';
    expect(markersIn(text).map((m) => [m.marker, m.start, text[m.start]])).toEqual([['1.', 5, '1'], ['2.', 12, '2']]);
  });
});

describe('findMarkers: look-alikes are not markers', () => {
  it.each([
    ['十九届二中、三中全会', '党的十九大和十九届二中、三中全会精神'],
    ['a decimal amount', '普法经费按照人均0.2元的标准足额预算'],
    ['a decimal amount at a sentence start', '0.2元的标准。1.5亿元已到位。'],
    ['a year with a lost 年', '2020,全县各级各部门深入贯彻落实'],
    ['a percentage', '3.5%的增长率,办结率100.0%'],
    ['decimals that only look like a year', '4.2024万元。3.1800年'],
    ['a list of grades', '一、二级建造师证书'],
    ['a number inside a word', '详见附件1、附件2'],
    ['zero is never a number', '0.认真学习'],
    ['three digits', '123、条目'],
  ])('%s: %s', (_, text) => {
    expect(markersIn(text)).toEqual([]);
  });
});

describe('findItems: 一是/二是 in sequence', () => {
  it.each<[string, string, number, Array<[string, number]>]>([
    ['a list', '一是甲;二是乙;三是丙。', 0, [['一是', 0], ['二是', 4], ['三是', 8]]],
    ['after a comma and after 、', '主要有:一是甲,二是乙、三是丙', 0, [['一是', 4], ['二是', 8], ['三是', 12]]],
    ['统一是 is a word, not an item', '坚持统一是原则。一是甲。', 0, [['一是', 8]]],
    ['统一是 alone', '思想统一是前提', 0, []],
    ['a gap ends the list', '一是甲。三是乙。', 0, [['一是', 0]]],
    ['二是 cannot open a list', '二是甲。', 0, []],
    ['二是 continues a list from an earlier paragraph', '二是甲。三是乙。', 1, [['二是', 0], ['三是', 4]]],
    ['一是 restarts a list', '一是甲,二是乙。一是丙', 0, [['一是', 0], ['二是', 4], ['一是', 8]]],
  ])('%s', (_, text, previous, expected) => {
    expect(itemsIn(text, previous)).toEqual(expected);
  });
});

/** The outline of a one-line text: [marker, heading, children] per section. */
function outline(text: string): unknown[] {
  const walk = (sections: Section[]): unknown[] => sections.map((s) => [s.marker, s.heading, walk(s.children)]);
  return walk(parseReport(text).sections);
}

describe('inline markers open a section only in sequence', () => {
  it.each<[string, string, unknown[]]>([
    ['the next number is accepted', '一、甲做法。内容。二、乙问题。内容。三、丙安排。内容。', [['一、', '甲做法', []], ['二、', '乙问题', []], ['三、', '丙安排', []]]],
    ['a skipped number inline is text', '一、甲做法。内容。三、丙安排。内容。', [['一、', '甲做法', []]]],
    ['(二) inline with no (一) before it is text', '前言部分。(二)乙。内容。', []],
    [
      '(四) after (二) inline is text; 二、 still closes the list',
      '一、甲。(一)子一。内容。(二)子二。内容。(四)子四。内容。二、乙。内容',
      [['一、', '甲', [['(一)', '子一', []], ['(二)', '子二', []]]], ['二、', '乙', []]],
    ],
    ['a repeated (一) inline is text', '一、甲。(一)子一。内容。(一)重复。内容。', [['一、', '甲', [['(一)', '子一', []]]]]],
    ['a decimal between items is text', '一、甲。1.子一。共计2.5万元。2.子二。内容', [['一、', '甲', [['1.', '子一', []], ['2.', '子二', []]]]]],
    ['a marker after a comma is text', '一、甲。内容,二、乙不是标题。', [['一、', '甲', []]]],
  ])('%s', (_, text, expected) => {
    expect(outline(text)).toEqual(expected);
  });

  it('at the start of a line a skipped number is accepted (a heading was lost)', () => {
    expect(outline('一、甲做法\n内容。\n三、丙安排\n内容。')).toEqual([['一、', '甲做法', []], ['三、', '丙安排', []]]);
  });
});
