/**
 * The `section` check kind's `position`: met needs the slot's section at that place among the
 * top-level sections (first, last, or a 1-based index); found anywhere else, partial. Small reports,
 * then the real seeds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import type { FindingStatus } from '../../src/index.js';
import { findingOf, head, seeds, haveSeeds, noteSkipped } from './kind-support.js';


const MEASURES = '主要举措和成效\n全年办理行政复议案件12件，出庭应诉8次。\n';
const SHORTCOMINGS = '存在的不足和原因\n基层执法力量不足，原因是编制紧张。\n';
const PLAN = '2024年主要安排\n深化行政执法体制改革，推进领导干部述法。\n';

/** A report of the given sections, numbered 一、二、… in the order given. */
function reportOf(...parts: string[]): string {
  return head + parts.map((p, i) => `${'一二三四五'[i]}、${p}`).join('');
}

describe('section position on small reports', () => {
  it.each<readonly [string, FindingStatus, string, string, number]>([
    ['measures first', 'met', '{ section: { slot: measures, position: first } }', reportOf(MEASURES, SHORTCOMINGS, PLAN), 2],
    ['measures second', 'partial', '{ section: { slot: measures, position: first } }', reportOf(SHORTCOMINGS, MEASURES, PLAN), 4],
    ['plan last', 'met', '{ section: { slot: plan, position: last } }', reportOf(MEASURES, SHORTCOMINGS, PLAN), 6],
    ['plan not last', 'partial', '{ section: { slot: plan, position: last } }', reportOf(MEASURES, PLAN, SHORTCOMINGS), 4],
    ['shortcomings at 2', 'met', '{ section: { slot: shortcomings, position: 2 } }', reportOf(MEASURES, SHORTCOMINGS, PLAN), 4],
    ['shortcomings at 3', 'partial', '{ section: { slot: shortcomings, position: 2 } }', reportOf(MEASURES, PLAN, SHORTCOMINGS), 6],
    // A nested section is at no place among the top-level ones.
    ['shortcomings as a sub-section', 'partial', '{ section: { slot: shortcomings, position: 2 } }', reportOf(`${MEASURES}（二）${SHORTCOMINGS}`, PLAN), 4],
    ['in position but too short', 'partial', '{ section: { slot: plan, position: last, minChars: 200 } }', reportOf(MEASURES, SHORTCOMINGS, PLAN), 6],
  ])('%s → %s', async (_name, status, check, text, evidenceLine) => {
    const finding = await findingOf(text, check);
    expect(finding.status).toBe(status);
    expect(finding.evidence[0]?.line).toBe(evidenceLine);
  });

  it.each<readonly [string, FindingStatus, string, string]>([
    ['a slot the report lacks is missing', 'missing', '{ section: { slot: plan, position: last } }', reportOf(MEASURES, SHORTCOMINGS)],
    ['a heading over an empty body is missing wherever it stands', 'missing', '{ section: { slot: plan, position: last } }', `${reportOf(MEASURES, SHORTCOMINGS)}三、2024年主要安排\n`],
  ])('%s → %s', async (_name, status, check, text) => {
    const finding = await findingOf(text, check);
    expect(finding.status).toBe(status);
    expect(finding.evidence).toEqual([]);
  });

  it('a passage elsewhere meets the slot without a position, only partly with one', async () => {
    const passage = '{ section: { slot: responsibility, passage: { terms: [第一责任人] } } }';
    const positioned = '{ section: { slot: responsibility, position: 3, passage: { terms: [第一责任人] } } }';
    const text = reportOf(`${MEASURES}县长认真履行推进法治建设第一责任人职责。\n`, SHORTCOMINGS, PLAN);
    expect((await findingOf(text, passage)).status).toBe('met');
    const finding = await findingOf(text, positioned);
    expect(finding.status).toBe('partial');
    expect(finding.evidence[0]?.line).toBe(4);
  });
});

noteSkipped('section position seed tests', haveSeeds);

describe.runIf(haveSeeds)('section position on the real reports: the duties third, as in Article 25', () => {
  const check = '{ section: { slot: responsibility, position: 3 } }';
  it.each<readonly [string, FindingStatus, number | null]>([
    ['002_7b66c0dc657212ad.txt', 'met', 41],
    // 赫山区 puts the duties second.
    ['001_e82a9f127ae49feb.txt', 'partial', 7],
    // 湄潭县's duties are item 1. under (七), not a top-level section.
    ['000_3c2dc1afcfd2df07.txt', 'partial', 63],
    ['003_309042e87f77b6c8.txt', 'missing', null],
  ])('%s → %s', async (file, status, evidenceLine) => {
    const finding = await findingOf(readFileSync(path.join(seeds, file), 'utf8'), check);
    expect(finding.status).toBe(status);
    expect(finding.evidence[0]?.line ?? null).toBe(evidenceLine);
  });

  it.each(['000_3c2dc1afcfd2df07.txt', '001_e82a9f127ae49feb.txt', '002_7b66c0dc657212ad.txt', '003_309042e87f77b6c8.txt'])('%s has its plan last', async (file) => {
    expect((await findingOf(readFileSync(path.join(seeds, file), 'utf8'), '{ section: { slot: plan, position: last } }')).status).toBe('met');
  });
});
