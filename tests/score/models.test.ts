/** The scoring models (weighted, flat, pass-fail) on real report text, and their rule-set options. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, loadRuleSet, parseRuleSet } from '../../src/index.js';
import type { Outcome } from '../../src/engine/run.js';
import { scoreOutcomes } from '../../src/score/score.js';
import { parseReport } from '../../src/report-input.js';
import type { FindingStatus } from '../../src/types.js';

const REPORTS = path.resolve(import.meta.dirname, '../fixtures/reports');
const report = (file: string) => readFileSync(path.join(REPORTS, file), 'utf8');
const withModel = (scoring: string) => parseRuleSet(`id: model-test\nversion: 1.0.0\ntitle: 计分方式\nextends: [fzzf-annual-report]\nscoring: ${scoring}\n`);

// Under the built-in rule set (see tests/fixtures/reports/expected.yaml):
//   causes-partial-one-of-five.txt: shortcoming-causes (warning) partial, other-matters (info) missing, the rest met
//   no-shortcomings-section.txt: shortcomings (error), shortcoming-causes, other-matters missing, the rest met
describe('the models on real reports', () => {
  it.each([
    // weighted: points are weights (100 in all); partial earns weight × partial credit.
    ['{ model: weighted }', 'causes-partial-one-of-five.txt', 'en', [93, 100, 93, '优秀', true]],
    // Above the pass mark, but the error-severity gap fails it (failOn: error, the default of assess() and check).
    ['{ model: weighted }', 'no-shortcomings-section.txt', 'en', [76, 100, 76, '良好', false]],
    // flat: every requirement 1 point; partial 0.5.
    ['{ model: flat }', 'causes-partial-one-of-five.txt', 'en', [8.5, 10, 85, '良好', true]],
    ['{ model: flat }', 'no-shortcomings-section.txt', 'en', [7, 10, 70, '合格', false]],
    ['{ model: flat, passMark: 80 }', 'no-shortcomings-section.txt', 'en', [7, 10, 70, '合格', false]],
    // pass-fail: passes unless an error-severity requirement is missing or unknown; the score counts requirements met.
    ['{ model: pass-fail }', 'causes-partial-one-of-five.txt', 'en', [8, 10, 80, 'pass', true]],
    ['{ model: pass-fail }', 'no-shortcomings-section.txt', 'en', [7, 10, 70, 'fail', false]],
    ['{ model: pass-fail }', 'no-shortcomings-section.txt', 'zh-CN', [7, 10, 70, '不通过', false]],
  ] as const)('%s, %s', async (scoring, file, locale, [score, max, percent, grade, passed]) => {
    const a = await assess(report(file), withModel(scoring), { locale });
    expect([a.score, a.maxScore, a.percent, a.grade, a.passed]).toEqual([score, max, percent, grade, passed]);
    expect(a.model).toBe(scoring.replace(/^\{ model: ([\w-]+).*$/, '$1'));
  });

  it.each([
    ['{ model: weighted }', 'Weighted: 76 of 100 points (76.0%)'],
    ['{ model: flat }', 'Flat: every requirement counts 1 point; 7 of 10 (70.0%)'],
    ['{ model: pass-fail }', 'The score is the share of requirements met: 7 of 10 (70.0%)'],
  ])('%s explains itself with numerator and denominator', async (scoring, fragment) => {
    const a = await assess(report('no-shortcomings-section.txt'), withModel(scoring), { locale: 'en' });
    expect(a.explanation).toContain(fragment);
  });

  it('pass-fail says which gaps stop the report passing: the error-severity ones', async () => {
    const a = await assess(report('no-shortcomings-section.txt'), withModel('{ model: pass-fail }'), { locale: 'en' });
    expect(a.gaps.filter((g) => g.severity === 'error').map((g) => [g.requirement, g.status, g.gain])).toEqual([['shortcomings', 'missing', 1]]);
    expect(a.explanation).toContain('passes when no error-severity requirement is missing or unknown');
  });

  it('the built-in rule set is weighted', () => {
    expect(loadRuleSet('fzzf-annual-report').scoring.model).toBe('weighted');
  });
});

describe('partial credit', () => {
  const ruleSet = parseRuleSet(`id: credit-test
version: 1.0.0
title: 部分分
scoring: { model: flat, partialCredit: 0.25 }
sections: { body: { headings: [主要举措] } }
requirements:
  - { id: a, title: a, basis: b, severity: error, weight: 40, fix: f, check: { section: { slot: body } } }
  - { id: b, title: b, basis: b, severity: error, weight: 60, partialCredit: 0.75, fix: f, check: { section: { slot: body } } }
`);
  const doc = parseReport('报告\n一、主要举措\n内容。');
  const score = (statuses: FindingStatus[]) =>
    scoreOutcomes(ruleSet.requirements.map((requirement, i): Outcome => ({ requirement, status: statuses[i]!, evidence: [] })), doc, ruleSet, { locale: 'en', file: null });

  it('defaults to the rule set\'s partialCredit; a requirement\'s own wins', () => {
    expect(ruleSet.requirements.map((r) => r.partialCredit)).toEqual([0.25, 0.75]);
    expect([score(['partial', 'partial']).score, score(['partial', 'partial']).maxScore]).toEqual([1, 2]);
  });
});
