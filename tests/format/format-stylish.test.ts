import { describe, expect, it } from 'vitest';
import { stripAnsi } from '../../src/format/ansi.js';
import { formatStylish } from '../../src/format/format-stylish.js';
import type { Assessment, Locale } from '../../src/types.js';
import { assessment, evidence, finding, gapOf, missingFigures, partialCauses } from './assessment-builder.js';

const zh = (a: Assessment[], color = false): string => formatStylish(a, { locale: 'zh-CN', color });
const en = (a: Assessment[]): string => formatStylish(a, { locale: 'en' });

/** The line of the output that contains `needle`. */
function lineWith(text: string, needle: string): string {
  return text.split('\n').find((l) => l.includes(needle)) ?? '';
}

describe('formatStylish: report header', () => {
  it.each<[Locale, string[]]>([
    ['zh-CN', ['seeds/000_3c2dc1afcfd2df07.txt', '湄潭县2020年度法治政府建设工作报告',
      '年度 2020 · 发布机关 湄潭县 · 层级 县级 · 发布 2021-03-23',
      '得分 25/40(62.5%) · 等级 合格 · 通过', '规则集 fzzf-annual-report 1.0.0 · 加权计分']],
    ['en', ['seeds/000_3c2dc1afcfd2df07.txt', '湄潭县2020年度法治政府建设工作报告',
      'year 2020 · issuer 湄潭县 · level county · published 2021-03-23',
      'score 25/40 (62.5%) · grade 合格 · passed', 'rule set fzzf-annual-report 1.0.0 · scoring weighted']],
  ])('%s: shows file, title, metadata, score, grade and verdict', (locale, lines) => {
    const out = formatStylish([assessment()], { locale });
    expect(out.split('\n').slice(0, 5)).toEqual(lines);
  });

  it.each([
    ['a failed report', assessment({ passed: false, grade: '不合格' }), '等级 不合格 · 未通过'],
    ['fractional points', assessment({ score: 27.5, maxScore: 40, percent: 68.8 }), '得分 27.5/40(68.8%)'],
    ['unknown findings', assessment({ unknown: ['a', 'b'] }), '2 项未能判断,按 0 分计'],
    ['a signed date', assessment({ document: { ...assessment().document, signed: '2021-01-06' } }), '落款 2021-01-06'],
  ])('shows %s', (_name, a, expected) => {
    expect(zh([a])).toContain(expected);
  });

  it('marks unreadable metadata instead of leaving it out, and has no file line without a file', () => {
    const a = assessment({
      file: null,
      document: { title: null, year: null, issuer: null, level: null, published: null, signed: null },
    });
    const lines = zh([a]).split('\n');
    expect(lines[0]).toBe('(未识别出标题)');
    expect(lines[1]).toBe('年度 — · 发布机关 — · 层级 —');
  });
});

describe('formatStylish: findings', () => {
  it.each([
    ['met', finding(), '✔ 达标      主要举措和成效  20/20'],
    ['partial', partialCauses(), '◐ 部分达标  存在的不足和原因  5/10 · 错误'],
    ['missing', missingFigures(), '✖ 缺失      成效有具体数据  0/10 · 警告'],
    ['unknown', finding({ status: 'unknown', earned: 0, severity: 'warning' }), '? 无法判断  主要举措和成效  0/20 · 警告'],
    ['not-applicable', finding({ status: 'not-applicable', earned: 0 }), '– 不适用    主要举措和成效  不计入总分'],
  ])('%s: status symbol, word, title and points on one line', (_status, f, expected) => {
    const out = zh([assessment({ findings: [f] })]);
    expect(out).toContain(`  ${expected}\n`);
  });

  it('quotes evidence with its line and section', () => {
    const out = zh([assessment()]);
    expect(out).toContain('      第81行 〔二、存在的问题〕 “一是法治意识有待提高”');
    expect(en([assessment()])).toContain('      line 81 [二、存在的问题] "一是法治意识有待提高"');
  });

  it('labels preamble evidence and cuts long quotes', () => {
    const long = '现将我县2020法治政府建设工作情况报告如下'.repeat(5);
    const f = finding({ evidence: [evidence({ section: null, line: 5, text: long })] });
    const line = lineWith(zh([assessment({ findings: [f] })]), '第5行');
    expect(line).toMatch(/^ {6}第5行 〔开头〕 “现将我县.*…”$/);
    expect(line.length).toBeLessThan(long.length);
  });

  it('shows two quotes and counts the rest', () => {
    const quotes = [1, 2, 3, 4].map((n) => evidence({ line: n, text: `第${n}条` }));
    const out = zh([assessment({ findings: [finding({ evidence: quotes })] })]);
    expect(out).toContain('第2行');
    expect(out).not.toContain('第3行');
    expect(out).toContain('(另有 2 处)');
  });

  it('gives a gap its fix, the points closing it adds, and the legal basis', () => {
    const out = zh([assessment()]);
    expect(out).toContain('补充:在"存在的不足"之后逐条分析原因(主观/客观、体制/能力),不要只罗列问题。 (补上可加 5 分)');
    expect(out).toContain('补充:用具体数字说明成效,如办理行政复议案件数、行政诉讼败诉率。 (补上可加 10 分)');
    expect(out).toContain('依据:《法治政府建设与责任落实督察工作规定》第二十五条第(二)项');
    expect(en([assessment()])).toContain('(+5 points)');
  });

  it('takes the fix and gain from the gap, not the finding', () => {
    const f = partialCauses();
    const a = assessment({ findings: [f], gaps: [gapOf(f, { gain: 3.5, fix: '逐条写明原因' })] });
    expect(zh([a])).toContain('补充:逐条写明原因 (补上可加 3.5 分)');
  });

  it('shows no fix or basis for met findings', () => {
    const out = zh([assessment({ findings: [finding({ fix: '不应出现' })] })]);
    expect(out).not.toContain('不应出现');
    expect(out).not.toContain('依据');
  });

  it('keeps findings in rule-set order, not gap order', () => {
    const out = zh([assessment()]);
    const order = ['主要举措和成效', '存在的不足和原因', '成效有具体数据'].map((t) => out.indexOf(`  ${t}  `));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });
});

describe('formatStylish: batches and colour', () => {
  it('prints nothing for no assessments', () => {
    expect(zh([])).toBe('');
  });

  it('adds a summary line only for several reports', () => {
    expect(zh([assessment()])).not.toContain('共 ');
    const out = zh([assessment(), assessment({ passed: false, percent: 40 }), assessment({ percent: 90 })]);
    expect(out.trimEnd().split('\n').at(-1)).toBe('共 3 份报告:2 份通过,1 份未通过;平均得分率 64.2%');
    expect(en([assessment(), assessment({ passed: false })])).toContain('2 reports: 1 passed, 1 failed; average 62.5%');
  });

  it.each([
    ['off by default', undefined, false],
    ['off when false', false, false],
    ['on when true', true, true],
  ])('colour is %s', (_name, color, expected) => {
    const out = formatStylish([assessment()], { locale: 'zh-CN', ...(color === undefined ? {} : { color }) });
    expect(/\u001b\[/.test(out)).toBe(expected);
  });

  it('colours without changing the text', () => {
    const a = [assessment(), assessment({ passed: false })];
    const coloured = zh(a, true);
    expect(coloured).toContain('\u001b[31m✖ 缺失');
    expect(stripAnsi(coloured)).toBe(zh(a));
  });
});
