/**
 * vitest matchers for report drafts: `expect(assessment).toMeetRequirement('shortcoming-causes')`.
 * Install with `expect.extend(reportMatchers)` in a setup file or at the top of a test file.
 */
import type { Assessment, FindingStatus } from '../types.js';

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

function findingOf(assessment: Assessment, id: string) {
  return assessment.findings.find((f) => f.requirement === id);
}

function describeFinding(assessment: Assessment, id: string): string {
  const f = findingOf(assessment, id);
  if (!f) return `the rule set ${assessment.ruleSet.id} has no requirement "${id}"`;
  const where = f.evidence[0] ? ` (line ${f.evidence[0].line}: ${f.evidence[0].text})` : '';
  return `${id} is ${f.status}${where}${f.fix ? `; to fix: ${f.fix}` : ''}`;
}

/**
 * The matchers.
 *
 * @example
 * import { reportMatchers } from 'compliance-checklist/testing'
 * expect.extend(reportMatchers)
 * expect(await assess(draft, ruleSet)).toMeetRequirement('first-responsible-person')
 */
export const reportMatchers = {
  /** The requirement is met (or not applicable, or waived). */
  toMeetRequirement(assessment: Assessment, id: string): MatcherResult {
    const status = findingOf(assessment, id)?.status;
    const pass = status === 'met' || status === 'not-applicable' || (status as string) === 'waived';
    return { pass, message: () => `expected ${id} ${pass ? 'not ' : ''}to be met: ${describeFinding(assessment, id)}` };
  },
  /** The requirement has exactly this status. */
  toHaveFinding(assessment: Assessment, id: string, status: FindingStatus): MatcherResult {
    const pass = findingOf(assessment, id)?.status === status;
    return { pass, message: () => `expected ${id} ${pass ? 'not ' : ''}to be ${status}: ${describeFinding(assessment, id)}` };
  },
  /** The report reaches the rule set's pass mark and has no gap of error severity. */
  toPassRuleSet(assessment: Assessment): MatcherResult {
    const errors = assessment.gaps.filter((g) => g.severity === 'error');
    const pass = assessment.passed && errors.length === 0;
    const detail = errors.map((g) => describeFinding(assessment, g.requirement)).join('\n  ');
    return { pass, message: () => `expected the report ${pass ? 'not ' : ''}to pass (${assessment.percent}%, ${assessment.grade})${detail ? `:\n  ${detail}` : ''}` };
  },
  /** The score, as a percentage, is at least `min`. */
  toScoreAtLeast(assessment: Assessment, min: number): MatcherResult {
    const pass = assessment.percent >= min;
    return { pass, message: () => `expected a score ${pass ? 'below' : 'of at least'} ${min}%, got ${assessment.percent}% (${assessment.score}/${assessment.maxScore})` };
  },
};

declare module 'vitest' {
  interface Assertion<T> {
    toMeetRequirement(id: string): T;
    toHaveFinding(id: string, status: FindingStatus): T;
    toPassRuleSet(): T;
    toScoreAtLeast(min: number): T;
  }
}
