/**
 * The `ifThen` check kind: met when the `if` check is not met or the `then` check is; partial and
 * missing follow `then` once `if` is met; unknown when the answer depends on what cannot be measured.
 * Small reports, then the real seeds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import type { FindingStatus, RuleSet } from '../../src/index.js';
import { ruleSetWith, findingOf, head, seeds, haveSeeds, noteSkipped } from './kind-support.js';


type Case = readonly [name: string, status: FindingStatus, text: string, evidenceLines: number[]];

const plan = '二、2024年主要安排\n深化行政复议体制改革，推进领导干部述法。\n';

describe('ifThen: if the report names 行政复议, the measures give figures', () => {
  const check = '{ ifThen: { if: { terms: { terms: [行政复议] } }, then: { figures: { in: measures, min: 3 } } } }';
  const measures = (body: string) => `${head}一、主要举措和成效\n${body}\n`;
  it.each<Case>([
    ['not named: nothing is required', 'met', measures('开展普法宣传活动，规范执法行为。'), []],
    ['named, with figures', 'met', measures('全年办理行政复议案件126件，纠错率12%，培训复议人员300人次。'), [3]],
    ['named, with figures in Chinese numerals', 'met', measures('全年办理行政复议案件二十余件，举办培训三十余场，覆盖三百多人。'), [3]],
    ['named, one figure', 'partial', measures('全年办理行政复议案件126件。'), [3]],
    ['named, no figures', 'missing', measures('扎实推进行政复议工作，复议质量稳步提升。'), []],
    ['named only in the plan, and no figures: the if applies to the whole report', 'missing', `${measures('规范执法行为。')}${plan}`, []],
  ])('%s → %s', async (_name, status, text, evidenceLines) => {
    const finding = await findingOf(text, check);
    expect(finding.status).toBe(status);
    expect(finding.evidence.map((e) => e.line)).toEqual(evidenceLines);
  });

  it('quotes what satisfied the then before what made it apply', async () => {
    const text = `${head}一、主要举措和成效\n（一）健全复议体制。行政复议职责统一由县政府行使。\n（二）规范执法。办理处罚案件126件，罚没35万元，培训300人次。\n`;
    const finding = await findingOf(text, check);
    expect(finding.status).toBe('met');
    expect(finding.evidence.map((e) => [e.line, e.section])).toEqual([
      [4, '（二）规范执法'],
      [3, '（一）健全复议体制'],
    ]);
  });
});

describe('ifThen fails closed', () => {
  const ifUnknown = '{ ifThen: { if: { terms: { terms: [行政复议], in: headings } }, then: { figures: { min: 1 } } } }';
  const thenUnknown = '{ ifThen: { if: { section: { slot: measures } }, then: { deadline: { month: 4, day: 1 } } } }';
  const measures = '一、主要举措和成效\n全年办理行政复议案件126件。\n';
  it.each<readonly [string, FindingStatus, string, string, number[]]>([
    ['an if that cannot be measured (headings of a text without an outline)', 'unknown', ifUnknown, `${head}全年办理行政复议案件126件。\n`, []],
    ['a then that cannot be measured (no publication date)', 'unknown', thenUnknown, `${head}${measures}`, []],
    ['a then that cannot be measured, when the if is not met: nothing was required', 'met', thenUnknown, `${head}全年办理行政复议案件126件。\n`, []],
    ['published before the deadline', 'met', thenUnknown, `${head}发布日期：2024-03-20\n${measures}`, [2, 3]],
    ['published after the deadline', 'missing', thenUnknown, `${head}发布日期：2024-05-10\n${measures}`, []],
  ])('%s → %s', async (_name, status, check, text, evidenceLines) => {
    const finding = await findingOf(text, check);
    expect(finding.status).toBe(status);
    expect(finding.evidence.map((e) => e.line)).toEqual(evidenceLines);
  });
});

describe('ifThen nested in ifThen', () => {
  // Built past the loader, whose schema accepts a nested ifThen once rules/schema.ts uses
  // checkSpecSchema(): this tests the engine's composition on its own.
  const base = ruleSetWith('{ terms: { terms: [x] } }');
  const inner = { ifThen: { if: { terms: { terms: ['行政复议'] } }, then: { figures: { min: 2 } } } };
  const nested: RuleSet = {
    ...base,
    requirements: [{ ...base.requirements[0]!, check: { kind: 'ifThen', options: { if: { section: { slot: 'measures' } }, then: inner } } }],
  };
  it.each<Case>([
    ['no measures section: nothing required', 'met', `${head}规范执法行为，推进普法。\n`, []],
    // The outer if applies: its section is quoted; the inner if does not, so nothing more is required.
    ['measures without 行政复议', 'met', `${head}一、主要举措和成效\n规范执法行为。\n`, [2]],
    ['measures naming 行政复议 with two figures', 'met', `${head}一、主要举措和成效\n办理行政复议案件126件，纠错12件。\n`, [3]],
    ['measures naming 行政复议 with one figure', 'partial', `${head}一、主要举措和成效\n办理行政复议案件126件。\n`, [3]],
    ['measures naming 行政复议 without figures', 'missing', `${head}一、主要举措和成效\n推进行政复议工作。\n`, []],
  ])('%s → %s', async (_name, status, text, evidenceLines) => {
    const finding = await findingOf(text, nested);
    expect(finding.status).toBe(status);
    expect(finding.evidence.map((e) => e.line).slice(0, 1)).toEqual(evidenceLines);
  });
});

noteSkipped('ifThen seed tests', haveSeeds);

describe.runIf(haveSeeds)('ifThen on the real reports: a duties section names 述法 and 学法', () => {
  const check = '{ ifThen: { if: { section: { slot: responsibility } }, then: { terms: { terms: [述法, 学法], in: responsibility, partial: 1 } } } }';
  it.each<readonly [string, FindingStatus, number | null]>([
    // 赫山区's section names 述法 (line 10) but not 学法.
    ['001_e82a9f127ae49feb.txt', 'partial', 10],
    // 中峰镇's section names 学法 (line 45) but not 述法.
    ['002_7b66c0dc657212ad.txt', 'partial', 45],
    // 湄潭县's item (七)1. is a duties section that names neither.
    ['000_3c2dc1afcfd2df07.txt', 'missing', null],
    // 南村镇 has no duties section: the requirement does not apply.
    ['003_309042e87f77b6c8.txt', 'met', null],
  ])('%s → %s', async (file, status, evidenceLine) => {
    const finding = await findingOf(readFileSync(path.join(seeds, file), 'utf8'), check);
    expect(finding.status).toBe(status);
    expect(finding.evidence[0]?.line ?? null).toBe(evidenceLine);
  });
});
