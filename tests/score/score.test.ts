/** The weighted model of DESIGN §4: partial credit, unknown kept in the denominator, n/a left out, gains. */
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/engine/run.js';
import { parseReport, parseRuleSet } from '../../src/index.js';
import { scoreOutcomes } from '../../src/score/score.js';
import type { FindingStatus } from '../../src/types.js';

const ruleSet = parseRuleSet(`id: score-test
version: 1.0.0
title: score test
scoring:
  passMark: 60
  grades: [ { grade: A, min: 90 }, { grade: B, min: 60 }, { grade: C, min: 0 } ]
sections: { body: { headings: [主要] } }
requirements:
${['a:40:0.5', 'b:30:0.5', 'c:20:0.25', 'd:10:0.5']
  .map((spec) => {
    const [id, weight, credit] = spec.split(':');
    return `  - { id: ${id}, title: ${id}, basis: basis-${id}, severity: error, weight: ${weight}, partialCredit: ${credit}, fix: fix-${id}, check: { section: { slot: body } } }`;
  })
  .join('\n')}
`);
const doc = parseReport('报告\n一、主要举措\n内容。');

function score(statuses: FindingStatus[]) {
  const outcomes: Outcome[] = ruleSet.requirements.map((requirement, i) => ({ requirement, status: statuses[i] as FindingStatus, evidence: [] }));
  return scoreOutcomes(outcomes, doc, ruleSet, { locale: 'en', file: null });
}

describe('weighted scoring', () => {
  it.each([
    { statuses: ['met', 'met', 'met', 'met'], score: 100, max: 100, grade: 'A', passed: true },
    // Above the pass mark, but a gap of error severity fails it (failOn: error, the default).
    { statuses: ['met', 'partial', 'partial', 'missing'], score: 40 + 15 + 5, max: 100, grade: 'B', passed: false },
    { statuses: ['missing', 'met', 'met', 'unknown'], score: 50, max: 100, grade: 'C', passed: false },
    { statuses: ['met', 'met', 'not-applicable', 'not-applicable'], score: 70, max: 70, grade: 'A', passed: true },
  ] as const)('$statuses → $score/$max $grade', ({ statuses, score: points, max, grade, passed }) => {
    const a = score([...statuses]);
    expect([a.score, a.maxScore, a.grade, a.passed, a.model]).toEqual([points, max, grade, passed, 'weighted']);
  });

  it('keeps unknown in the denominator and flags it', () => {
    const a = score(['met', 'met', 'met', 'unknown']);
    expect(a.maxScore).toBe(100);
    expect(a.unknown).toEqual(['d']);
    expect(a.gaps.find((g) => g.requirement === 'd')).toMatchObject({ status: 'unknown', gain: 10 });
  });

  it('says how many points closing each gap adds, most first', () => {
    const a = score(['partial', 'missing', 'partial', 'met']);
    expect(a.gaps.map((g) => [g.requirement, g.gain])).toEqual([['b', 30], ['a', 20], ['c', 15]]);
    expect(a.gaps[0]).toMatchObject({ basis: 'basis-b', fix: 'fix-b', severity: 'error' });
  });

  it('gives a met finding no fix and lists not-applicable requirements', () => {
    const a = score(['met', 'not-applicable', 'met', 'met']);
    expect(a.findings[0]?.fix).toBe('');
    expect(a.notApplicable).toEqual(['b']);
    expect(a.gaps).toEqual([]);
  });
});
