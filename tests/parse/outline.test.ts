import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/parse/normalize.js';
import { parseReport } from '../../src/index.js';
import type { Section } from '../../src/types.js';

/** A readable shape of a section tree: what a reader would say the outline is. */
interface Shape {
  line: number;
  marker: string;
  heading: string;
  runIn: boolean;
  paragraphs: string[];
  items: string[];
  children: Shape[];
}
function shape(sections: Section[]): Shape[] {
  return sections.map((s) => ({
    line: s.line,
    marker: s.marker,
    heading: s.heading,
    runIn: s.runIn,
    paragraphs: s.paragraphs.map((p) => p.text),
    items: s.items.map((i) => i.text),
    children: shape(s.children),
  }));
}
const node = (line: number, marker: string, heading: string, rest: Partial<Shape> = {}): Shape => ({
  line, marker, heading, runIn: false, paragraphs: [], items: [], children: [], ...rest,
});

describe('outline of small texts', () => {
  it.each<[string, string, Shape[]]>([
    [
      'headings on their own lines',
      '一、主要举措和成效\n全年审核规范性文件12件。\n（一）健全制度\n制定规章2件。\n\n二、存在的不足\n执法力量薄弱。',
      [
        node(1, '一、', '主要举措和成效', {
          paragraphs: ['全年审核规范性文件12件。'],
          children: [node(3, '（一）', '健全制度', { paragraphs: ['制定规章2件。'] })],
        }),
        node(6, '二、', '存在的不足', { paragraphs: ['执法力量薄弱。'] }),
      ],
    ],
    [
      'a run-in heading ends at the first 。 and its body holds the items',
      '（一）紧抓制度建设，全方位夯实法治根基。一是严格把关重大行政决策。二是加强规范性文件审核。',
      [
        node(1, '（一）', '紧抓制度建设，全方位夯实法治根基', {
          runIn: true,
          paragraphs: ['一是严格把关重大行政决策。二是加强规范性文件审核。'],
          items: ['一是严格把关重大行政决策。', '二是加强规范性文件审核。'],
        }),
      ],
    ],
    [
      'a run-in heading ends at a colon',
      '一、主要做法：全县办理复议案件33件。',
      [node(1, '一、', '主要做法', { runIn: true, paragraphs: ['全县办理复议案件33件。'] })],
    ],
    [
      'a one-line document with inline 一、 (一) 一是',
      '一、主要举措和成效 （一）依法履职。一是深化改革；二是优化服务。（二）完善制度。一是清理文件。二、存在的不足和原因 一是执法力量不足。三、下一年度安排 （一）加强培训。',
      [
        node(1, '一、', '主要举措和成效', {
          children: [
            node(1, '（一）', '依法履职', { runIn: true, paragraphs: ['一是深化改革；二是优化服务。'], items: ['一是深化改革；', '二是优化服务。'] }),
            node(1, '（二）', '完善制度', { runIn: true, paragraphs: ['一是清理文件。'], items: ['一是清理文件。'] }),
          ],
        }),
        node(1, '二、', '存在的不足和原因', { runIn: true, paragraphs: ['一是执法力量不足。'], items: ['一是执法力量不足。'] }),
        node(1, '三、', '下一年度安排', { children: [node(1, '（一）', '加强培训', {})] }),
      ],
    ],
    [
      'the first section number was lost: the outline starts at 二、',
      '二、存在的问题\n执法力量薄弱。\n三、下一步工作安排\n加强培训。',
      [
        node(1, '二、', '存在的问题', { paragraphs: ['执法力量薄弱。'] }),
        node(3, '三、', '下一步工作安排', { paragraphs: ['加强培训。'] }),
      ],
    ],
    [
      'the first section number was lost in a one-line document',
      '二、存在的问题。执法力量薄弱。三、下一步工作安排。加强培训。',
      [
        node(1, '二、', '存在的问题', { runIn: true, paragraphs: ['执法力量薄弱。'] }),
        node(1, '三、', '下一步工作安排', { runIn: true, paragraphs: ['加强培训。'] }),
      ],
    ],
    [
      'depth follows the order marker kinds first appear (一、 / 1. / (1))',
      '一、甲\n1.子一\n（1）孙一\n2.子二\n二、乙',
      [
        node(1, '一、', '甲', {
          children: [node(2, '1.', '子一', { children: [node(3, '（1）', '孙一')] }), node(4, '2.', '子二')],
        }),
        node(5, '二、', '乙'),
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(shape(parseReport(text).sections)).toEqual(expected);
  });
});

describe('a numbered paragraph longer than a heading (60 characters)', () => {
  const TEXT =
    '1.全县各级行政机关深入学习贯彻党的十九大和十九届二中三中四中五中全会精神，认真落实中央和省市关于法治政府建设的决策部署和工作要求并取得成效。';

  it('keeps only its first clause as the heading', () => {
    const [s] = parseReport(TEXT).sections;
    expect([s!.heading, s!.runIn]).toEqual(['全县各级行政机关深入学习贯彻党的十九大和十九届二中三中四中五中全会精神', true]);
    expect(s!.paragraphs.map((p) => p.text.endsWith('并取得成效。'))).toEqual([true]);
  });

  // Regression (was a bug): headingExtent cuts at the comma but starts the body AT the comma (bodyStart = cut),
  // so the paragraph, and any evidence quoted from it, begins with "，".
  it('the body does not start with the comma that ended the heading', () => {
    expect(parseReport(TEXT).sections[0]!.paragraphs[0]!.text).toBe('认真落实中央和省市关于法治政府建设的决策部署和工作要求并取得成效。');
  });
});

describe('plain text without numbering', () => {
  it('has no sections; every paragraph is in the preamble with its own line', () => {
    const doc = parseReport('今年以来，全县深入推进依法行政。\n\n全年审核规范性文件12件。\n执法力量仍然薄弱。');
    expect(doc.sections).toEqual([]);
    expect(doc.preamble.map((p) => [p.line, p.text])).toEqual([
      [1, '今年以来，全县深入推进依法行政。'],
      [3, '全年审核规范性文件12件。'],
      [4, '执法力量仍然薄弱。'],
    ]);
  });
});

describe('full-width and half-width punctuation give the same outline', () => {
  const FULL =
    '一、主要举措和成效\n（一）健全制度，完善机制。制定规章２件；清理文件１５件。\n（二）规范执法：全面落实三项制度。\n二、存在的不足和原因\n１．执法力量薄弱。一是人员少；二是培训少。';
  const HALF = FULL.replace(/[（）：；，０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

  const flat = (sections: Section[]): unknown[] =>
    sections.flatMap((s) => [
      [s.start, s.end, s.line, s.level, s.markerKind, s.number, s.runIn, normalizeText(s.heading)],
      ...s.paragraphs.map((p) => [p.start, p.end]),
      ...s.items.map((i) => [i.start, i.end]),
      ...flat(s.children),
    ]);

  it('the texts differ only in punctuation width', () => {
    expect(HALF).not.toBe(FULL);
    expect(normalizeText(HALF)).toBe(normalizeText(FULL));
  });

  it('same spans, levels, kinds, numbers and (normalised) headings', () => {
    const full = parseReport(FULL).sections;
    expect(flat(parseReport(HALF).sections)).toEqual(flat(full));
    expect(full.map((s) => s.children.length)).toEqual([2, 1]);
  });

  it('headings and paragraphs keep the characters of their own input', () => {
    expect(parseReport(FULL).sections[0]!.children[0]!.heading).toBe('健全制度，完善机制');
    expect(parseReport(HALF).sections[0]!.children[0]!.heading).toBe('健全制度,完善机制');
  });
});

describe('section spans', () => {
  it('a section ends where its last child ends', () => {
    const doc = parseReport('一、甲\n（一）子一\n内容一。\n（二）子二\n内容二。\n二、乙\n内容三。');
    const [first, second] = doc.sections;
    expect([first!.line, first!.endLine, first!.end]).toEqual([1, 5, doc.text.indexOf('内容二。') + 4]);
    expect([second!.line, second!.endLine]).toEqual([6, 7]);
  });
});
