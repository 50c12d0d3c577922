/**
 * The `length` check kind: content characters of a slot's section (or the whole report), whitespace
 * and the section's own heading left out; met from `min`, partial from `partial`; a slot the report
 * lacks is missing. Small reports, then the real seeds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import type { FindingStatus } from '../../src/index.js';
import { findingOf, head, seeds, haveSeeds, noteSkipped } from './kind-support.js';


const measures = '一、主要举措和成效\n全年办理行政复议案件12件。\n';
// 20 characters of content once the spaces are left out.
const twenty = '深化 行政执法体制改革， 完善执法协调机制。';
const PLAN = '{ length: { in: plan, min: 40, partial: 20 } }';

describe('length on small reports', () => {
  it.each<readonly [string, FindingStatus, string, string, number[]]>([
    ['a plan of 40 characters', 'met', PLAN, `${head}${measures}二、2024年主要安排\n${twenty}\n${twenty}\n`, [4, 5]],
    ['sub-headings are content', 'met', PLAN, `${head}${measures}二、2024年主要安排\n（一）${twenty}\n（二）${twenty}\n`, [4]],
    ['a plan of 20 characters is partial', 'partial', PLAN, `${head}${measures}二、2024年主要安排\n${twenty}\n`, [4, 5]],
    ['the heading itself does not count', 'missing', PLAN, `${head}${measures}二、2024年推进法治政府建设工作的主要安排和计划\n推进依法行政。\n`, []],
    ['template placeholders do not count', 'missing', PLAN, `${head}${measures}二、2024年主要安排\n【填写下一年度推进法治政府建设的主要安排，不少于四十字，逐项列明重点任务措施】\n`, []],
    ['a plan the report lacks is missing, not unknown', 'missing', PLAN, `${head}${measures}`, []],
    ['without partial, short of min is missing', 'missing', '{ length: { in: plan, min: 40 } }', `${head}${measures}二、2024年主要安排\n${twenty}\n`, []],
    ['the whole report', 'met', '{ length: { in: report, min: 40 } }', `${head}${measures}二、2024年主要安排\n${twenty}\n`, [3]],
    ['the whole report is the default scope', 'partial', '{ length: { min: 400, partial: 20 } }', `${head}${measures}二、2024年主要安排\n${twenty}\n`, [3]],
  ])('%s → %s', async (_name, status, check, text, evidenceLines) => {
    const finding = await findingOf(text, check);
    expect(finding.status).toBe(status);
    expect(finding.evidence.map((e) => e.line)).toEqual(evidenceLines);
  });

  it('quotes the heading, then the start of the body', async () => {
    const finding = await findingOf(`${head}${measures}二、2024年主要安排\n${twenty}\n${twenty}\n`, PLAN);
    expect(finding.evidence.map((e) => e.text)).toEqual(['二、2024年主要安排', '深化 行政执法体制改革， 完善执法协调机制。']);
    expect(finding.evidence[1]?.section).toBe('二、2024年主要安排');
  });
});

noteSkipped('length seed tests', haveSeeds);

describe.runIf(haveSeeds)('length on the real reports: shortcomings of 300 characters, partial from 100', () => {
  const check = '{ length: { in: shortcomings, min: 300, partial: 100 } }';
  it.each<readonly [string, FindingStatus, number[]]>([
    // 湄潭县: seven sub-sections of problems.
    ['000_3c2dc1afcfd2df07.txt', 'met', [81, 83]],
    // 赫山区: one paragraph, 一是…二是…, between 100 and 300 characters.
    ['001_e82a9f127ae49feb.txt', 'partial', [11, 12]],
    // 南村镇: one sentence of problems.
    ['003_309042e87f77b6c8.txt', 'missing', []],
    // A reply letter has no shortcomings section.
    ['004_fff62cd9c49e0397.txt', 'missing', []],
  ])('%s → %s', async (file, status, evidenceLines) => {
    const finding = await findingOf(readFileSync(path.join(seeds, file), 'utf8'), check);
    expect(finding.status).toBe(status);
    expect(finding.evidence.map((e) => e.line)).toEqual(evidenceLines);
  });
});
