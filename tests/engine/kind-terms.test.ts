/**
 * The `terms` check kind: all / any / at least N distinct patterns, in a scope (the report, headings
 * only, one slot) outside excluded slots, with a partial threshold. Small reports written here, then
 * the real reports of ../shared/corpus/seeds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import type { FindingStatus } from '../../src/index.js';
import { findingOf, head, seeds, haveSeeds, noteSkipped } from './kind-support.js';

// The shipped rule set's slots, so that headings are found as they are in real use.

const measures = '一、主要举措和成效\n（一）健全复议应诉。全年办理行政复议案件12件，行政机关负责人出庭应诉8次。\n（二）深化普法。开展“八五”普法宣传活动30场。\n';
const shortcomings = '二、存在的不足和原因\n一是法律顾问作用发挥不充分；二是基层执法力量不足，原因是编制紧张。\n';
const plan = '三、2024年主要安排\n（一）推进领导干部述法，完善法律顾问制度。\n';
const report = `${head}${measures}${shortcomings}${plan}`;

type Case = readonly [name: string, status: FindingStatus, text: string, check: string, evidenceLine: number | null];

describe('terms on small reports', () => {
  it.each<Case>([
    ['all terms named', 'met', report, '{ terms: { terms: [行政复议, 出庭应诉, 普法], match: all } }', 3],
    ['match defaults to all', 'met', report, '{ terms: { terms: [行政复议, 述法] } }', 3],
    ['two of three, partial from two', 'partial', report, '{ terms: { terms: [行政复议, 普法, 重大行政决策], match: all, partial: 2 } }', 3],
    ['one of three, partial needs two', 'missing', report, '{ terms: { terms: [行政复议, 重大行政决策, 公平竞争审查], match: all, partial: 2 } }', null],
    ['any: one is enough', 'met', report, '{ terms: { terms: [公平竞争审查, 普法], match: any } }', 4],
    ['any: none named', 'missing', report, '{ terms: { terms: [公平竞争审查, 柔性执法], match: any } }', null],
    ['at least two of four', 'met', report, '{ terms: { terms: [行政复议, 普法, 公平竞争审查, 柔性执法], match: atLeast, count: 2 } }', 3],
    ['at least three of four, partial from one', 'partial', report, '{ terms: { terms: [行政复议, 普法, 公平竞争审查, 柔性执法], match: atLeast, count: 3, partial: 1 } }', 3],
    ['patterns are regular expressions', 'met', report, '{ terms: { terms: ["(出庭)?应诉", "行政复议(案件)?"], match: all } }', 3],
    ['one term written twice is one term', 'missing', `${head}一、主要举措和成效\n办理行政复议案件12件，行政复议纠错3件。\n${plan}`, '{ terms: { terms: [行政复议, 普法], match: atLeast, count: 2 } }', null],
    ['in a slot: named there', 'met', report, '{ terms: { terms: [法律顾问], in: shortcomings } }', 6],
    ['in a slot: named only elsewhere', 'missing', report, '{ terms: { terms: [述法], in: shortcomings } }', null],
    ['in a slot the report lacks is missing, not unknown', 'missing', `${head}${measures}${plan}`, '{ terms: { terms: [法律顾问], in: shortcomings } }', null],
    ['exclude: only in next year\'s plan does not count', 'missing', report, '{ terms: { terms: [述法], exclude: [plan] } }', null],
    ['exclude: named outside the excluded slot', 'met', report, '{ terms: { terms: [法律顾问], exclude: [plan] } }', 6],
    ['headings: named in a heading', 'met', report, '{ terms: { terms: [不足, 原因], in: headings } }', 5],
    ['headings: named only in the body', 'missing', report, '{ terms: { terms: [行政复议], in: headings } }', null],
    ['headings of a report without an outline are unknown', 'unknown', `${head}全年办理行政复议案件12件。\n`, '{ terms: { terms: [行政复议], in: headings } }', null],
    ['full-width text matches half-width patterns', 'met', `${head}一、主要举措和成效\n（一）制定《青禾县行政执法公示办法（试行）》。\n`, '{ terms: { terms: ["办法\\\\(试行\\\\)"] } }', 3],
  ])('%s → %s', async (_name, status, text, check, evidenceLine) => {
    const finding = await findingOf(text, check);
    expect(finding.status).toBe(status);
    expect(finding.evidence[0]?.line ?? null).toBe(evidenceLine);
  });

  it('gives one quote per matched term, first occurrence, in reading order', async () => {
    const finding = await findingOf(report, '{ terms: { terms: [法律顾问, 普法, 出庭应诉], match: all } }');
    expect(finding.evidence.map((e) => [e.line, e.section])).toEqual([
      [3, '（一）健全复议应诉'],
      [4, '（二）深化普法'],
      [6, '二、存在的不足和原因'],
    ]);
    expect(finding.evidence[2]?.text).toContain('法律顾问作用发挥不充分');
  });
});

noteSkipped('terms seed tests', haveSeeds);

describe.runIf(haveSeeds)('terms on the real reports', () => {
  const duties = '{ terms: { terms: [述法, 学法, 专题研究], match: all, in: responsibility, partial: 1 } }';
  const headings = '{ terms: { terms: [第一责任人, 不足, 原因], match: all, in: headings, partial: 1 } }';
  it.each<readonly [string, string, FindingStatus, number | null]>([
    // 赫山区: its own 第一责任人 section names 述职 but not 述法 or 学法 as such.
    ['001_e82a9f127ae49feb.txt', duties, 'partial', 10],
    // 中峰镇: 学法 in the duties section, no 述法.
    ['002_7b66c0dc657212ad.txt', duties, 'partial', 45],
    // 湄潭县 has the duties as a numbered item inside the measures, which names none of the three.
    ['000_3c2dc1afcfd2df07.txt', duties, 'missing', null],
    // No duties section at all: the slot's absence is the finding.
    ['003_309042e87f77b6c8.txt', duties, 'missing', null],
    ['001_e82a9f127ae49feb.txt', headings, 'met', 7],
    ['003_309042e87f77b6c8.txt', headings, 'partial', 26],
    // A reply letter (答复函) whose headings name none of them.
    ['004_fff62cd9c49e0397.txt', headings, 'missing', null],
    ['000_3c2dc1afcfd2df07.txt', '{ terms: { terms: [行政复议, 出庭应诉, 普法, 法律顾问, 合法性审查], match: atLeast, count: 4 } }', 'met', 25],
  ])('%s with %s → %s', async (file, check, status, evidenceLine) => {
    const finding = await findingOf(readFileSync(path.join(seeds, file), 'utf8'), check);
    expect(finding.status).toBe(status);
    expect(finding.evidence[0]?.line ?? null).toBe(evidenceLine);
  });
});
