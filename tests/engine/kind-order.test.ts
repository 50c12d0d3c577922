/**
 * The `order` check kind: the sections of the listed slots stand in the listed order; slots the
 * report lacks are skipped; fewer than two found is unknown. Small reports, then the real seeds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import type { FindingStatus } from '../../src/index.js';
import { orderCheck } from '../../src/kinds/order/measure.js';
import { DocumentIndex } from '../../src/engine/document-index.js';
import { ruleSetWith, findingOf, head, seeds, haveSeeds, noteSkipped } from './kind-support.js';


// The order of Article 25: 举措和成效, 不足和原因, 第一责任人职责, 下一年度安排.
const STATUTORY = '{ order: { slots: [measures, shortcomings, responsibility, plan] } }';

const MEASURES = '主要举措和成效\n全年办理行政复议案件12件。\n';
const SHORTCOMINGS = '存在的不足和原因\n基层执法力量不足，原因是编制紧张。\n';
const DUTIES = '党政主要负责人履行推进法治建设第一责任人职责情况\n县长带头述法。\n';
const PLAN = '2024年主要安排\n推进领导干部述法。\n';

/** A report of the given sections, numbered 一、二、… in the order given. */
function reportOf(...parts: string[]): string {
  return head + parts.map((p, i) => `${'一二三四五'[i]}、${p}`).join('');
}

describe('order on small reports', () => {
  it.each<readonly [string, FindingStatus, string, number[]]>([
    ['all four in order', 'met', reportOf(MEASURES, SHORTCOMINGS, DUTIES, PLAN), [2, 4, 6]],
    ['a slot the report lacks is skipped', 'met', reportOf(MEASURES, SHORTCOMINGS, PLAN), [2, 4, 6]],
    ['duties before shortcomings', 'missing', reportOf(MEASURES, DUTIES, SHORTCOMINGS, PLAN), []],
    ['the plan first', 'missing', reportOf(PLAN, MEASURES, SHORTCOMINGS), []],
    ['only one of them: nothing to compare', 'unknown', reportOf(MEASURES), []],
    ['none of them', 'unknown', `${head}全年办理行政复议案件12件。\n`, []],
  ])('%s → %s', async (_name, status, text, evidenceLines) => {
    const finding = await findingOf(text, STATUTORY);
    expect(finding.status).toBe(status);
    expect(finding.evidence.map((e) => e.line)).toEqual(evidenceLines);
  });

  it('quotes the headings of the found slots when met', async () => {
    const finding = await findingOf(reportOf(MEASURES, SHORTCOMINGS, PLAN), '{ order: { slots: [measures, plan] } }');
    expect(finding.evidence.map((e) => [e.section, e.text])).toEqual([
      ['一、主要举措和成效', '一、主要举措和成效'],
      ['三、2024年主要安排', '三、2024年主要安排'],
    ]);
  });

  // A missing finding carries no evidence (the Finding contract); the measurement names the pair.
  it('names the first pair out of order, with both headings', () => {
    const text = reportOf(MEASURES, DUTIES, SHORTCOMINGS, PLAN);
    const index = new DocumentIndex(parseReport(text), ruleSetWith(STATUTORY).slots);
    const measured = orderCheck.measure(index, { slots: ['measures', 'shortcomings', 'responsibility', 'plan'] });
    expect(measured?.outOfOrder).toEqual(['shortcomings', 'responsibility']);
    expect(measured?.evidence.map((e) => [e.line, e.text])).toEqual([
      [6, '三、存在的不足和原因'],
      [4, '二、党政主要负责人履行推进法治建设第一责任人职责情况'],
    ]);
  });
});

noteSkipped('order seed tests', haveSeeds);

describe.runIf(haveSeeds)('order on the real reports', () => {
  it.each<readonly [string, FindingStatus, number[]]>([
    // 中峰镇 follows Article 25: 一、工作及成效, 二、问题和不足, 三、…第一责任人职责, 四、意见建议.
    ['002_7b66c0dc657212ad.txt', 'met', [10, 37, 41]],
    // 南村镇 has no duties section; the other three are in order.
    ['003_309042e87f77b6c8.txt', 'met', [2, 26, 28]],
    // 赫山区 puts the duties (二、) before the shortcomings (三、).
    ['001_e82a9f127ae49feb.txt', 'missing', []],
    // 湄潭县 reports the duties as item 1. of (七), inside the measures and before 二、存在的问题.
    ['000_3c2dc1afcfd2df07.txt', 'missing', []],
  ])('%s → %s', async (file, status, evidenceLines) => {
    const finding = await findingOf(readFileSync(path.join(seeds, file), 'utf8'), STATUTORY);
    expect(finding.status).toBe(status);
    expect(finding.evidence.map((e) => e.line)).toEqual(evidenceLines);
  });

  it('a reply letter with a 现况 and a 下一步 section has them in order', async () => {
    const finding = await findingOf(readFileSync(path.join(seeds, '004_fff62cd9c49e0397.txt'), 'utf8'), '{ order: { slots: [measures, plan] } }');
    expect(finding.status).toBe('met');
    expect(finding.evidence.map((e) => e.section)).toEqual(['一、我县法治政府建设工作现况', '二、下一步工作举措']);
  });
});
