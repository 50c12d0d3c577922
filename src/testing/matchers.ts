/**
 * vitest matchers for report drafts. `import 'compliance-checklist/vitest'` in a setup file installs
 * them; `expect.extend(reportMatchers)` does the same by hand.
 */
import { assess } from '../assess.js';
import type { ReportInput } from '../report-input.js';
import { loadRuleSet } from '../rules/load-rule-set.js';
import { DEFAULT_FAIL_ON, isPassed } from '../score/models.js';
import type { Assessment, FindingStatus, Locale, RuleSet, Severity } from '../types.js';
import { describeFinding, describeGaps, describeScore } from './describe-gaps.js';
import { assessmentOf, findingOf, isAssessment, isThenable } from './received.js';

/**
 * What a matcher returns to vitest.
 *
 * @example
 * reportMatchers.toMeetRequirement(assessment, 'timeliness').pass // true or false
 */
export interface MatcherResult {
  /** True when the expectation holds. */
  pass: boolean;
  /** The failure message (vitest calls it only on failure). */
  message: () => string;
}

/**
 * Options of `toPassChecklist`.
 *
 * @example
 * await expect(text).toPassChecklist({ rules: 'fzzf-annual-report-department', minScore: 80, failOn: 'warning' })
 */
export interface PassChecklistOptions {
  /** The rule set: a built-in id or a loaded rule set. Default `fzzf-annual-report`. */
  rules?: RuleSet | string;
  /** A score, in percent, the report must reach on top of the rule set's pass mark. */
  minScore?: number;
  /** The lowest gap severity that fails the report, as the CLI's `--fail-on` and assess()'s `failOn`. Default `error`. */
  failOn?: Severity | 'none';
  /** Locale of the messages and fixes in failures. Default zh-CN. */
  locale?: Locale;
}

/**
 * Options of `toHaveNoGaps`.
 *
 * @example
 * expect(assessment).toHaveNoGaps({ severity: 'warning' })
 */
export interface NoGapsOptions {
  /** Only gaps of this severity or above count. Default `info` (every gap). */
  severity?: Severity;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const DEFAULT_RULES = 'fzzf-annual-report';

/**
 * Whether the score reaches the rule set's pass mark (pass-fail: no error-severity requirement
 * missing or unknown), by the one rule assess() uses, looking at no gap; an assessment of a rule set
 * this process cannot load is taken at its own `passed`.
 */
function reachesPassMark(assessment: Assessment, options: PassChecklistOptions): boolean {
  let ruleSet: RuleSet | null = typeof options.rules === 'object' ? options.rules : null;
  if (!ruleSet) {
    try {
      ruleSet = loadRuleSet(typeof options.rules === 'string' ? options.rules : assessment.ruleSet.id);
    } catch {
      return assessment.passed;
    }
  }
  return isPassed(ruleSet.scoring, assessment.findings, assessment.percent, { failOn: 'none' });
}

async function assessReceived(received: unknown, options: PassChecklistOptions): Promise<Assessment> {
  if (isAssessment(received)) {
    const wanted = typeof options.rules === 'string' ? options.rules : options.rules?.id;
    if (wanted && wanted !== received.ruleSet.id) {
      throw new Error(`toPassChecklist: the assessment was made with ${received.ruleSet.id}, not ${wanted}; assess the report with ${wanted}, or pass its text`);
    }
    return received;
  }
  if (isThenable(received)) assessmentOf('toPassChecklist', received);
  if (typeof received !== 'string' && (typeof received !== 'object' || received === null)) assessmentOf('toPassChecklist', received);
  const rules = options.rules ?? DEFAULT_RULES;
  const ruleSet = typeof rules === 'string' ? loadRuleSet(rules) : rules;
  return assess(received as ReportInput, ruleSet, { locale: options.locale ?? 'zh-CN' });
}

/**
 * The matchers, for `expect.extend`.
 *
 * @example
 * import { reportMatchers } from 'compliance-checklist/testing'
 * expect.extend(reportMatchers)
 * await expect(draftText).toPassChecklist({ minScore: 75 })
 * expect(await assess(draft, ruleSet)).toMeetRequirement('first-responsible-person')
 */
export const reportMatchers = {
  /** The report (text or assessment) passes: the pass mark, `minScore`, and no gap at `failOn` or above. */
  async toPassChecklist(received: unknown, options: PassChecklistOptions = {}): Promise<MatcherResult> {
    const assessment = await assessReceived(received, options);
    const failOn = options.failOn ?? DEFAULT_FAIL_ON;
    const blocking = failOn === 'none' ? [] : assessment.gaps.filter((g) => RANK[g.severity] >= RANK[failOn]);
    const reasons: string[] = [];
    // The pass mark alone here: the gaps are judged by this matcher's failOn, not the assessment's.
    if (!reachesPassMark(assessment, options)) reasons.push('below the pass mark');
    if (options.minScore !== undefined && assessment.percent < options.minScore) reasons.push(`below the minimum of ${options.minScore}%`);
    if (blocking.length > 0) reasons.push(`${blocking.length} gap(s) of ${failOn} severity or above`);
    const pass = reasons.length === 0;
    const head = `${assessment.ruleSet.id}: ${describeScore(assessment)}`;
    return {
      pass,
      message: () =>
        pass
          ? `expected the report not to pass ${head}, but it does${describeGaps(assessment)}`
          : `expected the report to pass ${head}: ${reasons.join('; ')}. Gaps:${describeGaps(assessment)}`,
    };
  },

  /** The requirement is met (or not applicable, or waived). An unknown id fails, with or without `.not`. */
  toMeetRequirement(received: unknown, id: string): MatcherResult {
    const assessment = assessmentOf('toMeetRequirement', received);
    const finding = findingOf('toMeetRequirement', assessment, id);
    const pass = finding.status === 'met' || finding.status === 'not-applicable' || finding.status === 'waived';
    return { pass, message: () => `expected ${id} ${pass ? 'not ' : ''}to be met, but it is ${finding.status}:\n${describeFinding(finding)}` };
  },

  /** The requirement has exactly this status. */
  toHaveFinding(received: unknown, id: string, status: FindingStatus): MatcherResult {
    const assessment = assessmentOf('toHaveFinding', received);
    const finding = findingOf('toHaveFinding', assessment, id);
    const pass = finding.status === status;
    return { pass, message: () => `expected ${id} ${pass ? 'not ' : ''}to be ${status}, but it is ${finding.status}:\n${describeFinding(finding)}` };
  },

  /** No gap of `severity` or above (default: no gap at all). */
  toHaveNoGaps(received: unknown, options: NoGapsOptions = {}): MatcherResult {
    const assessment = assessmentOf('toHaveNoGaps', received);
    const min = options.severity ?? 'info';
    if (!Object.hasOwn(RANK, min)) throw new TypeError(`toHaveNoGaps: severity must be error, warning or info, not ${String(min)}`);
    const gaps = assessment.gaps.filter((g) => RANK[g.severity] >= RANK[min]).map((g) => g.requirement);
    const pass = gaps.length === 0;
    return {
      pass,
      message: () =>
        pass
          ? `expected gaps of ${min} severity or above, but there are none (${describeScore(assessment)})`
          : `expected no gaps of ${min} severity or above, found ${gaps.length}:${describeGaps(assessment, gaps)}`,
    };
  },

  /** The score, as a percentage, is at least `min`. */
  toScoreAtLeast(received: unknown, min: number): MatcherResult {
    const assessment = assessmentOf('toScoreAtLeast', received);
    const pass = assessment.percent >= min;
    return { pass, message: () => `expected a score ${pass ? 'below' : 'of at least'} ${min}%, got ${describeScore(assessment)}${pass ? '' : `. Gaps:${describeGaps(assessment)}`}` };
  },
};

/**
 * The matchers as a test file calls them, for the `vitest` type augmentation.
 *
 * @example
 * // tsconfig.json: "types": ["compliance-checklist/vitest"] makes these known on expect(…)
 */
export interface ReportMatchers<R = unknown> {
  /** Assesses text (or takes an assessment) and expects it to pass. Returns a Promise: `await` it. */
  toPassChecklist(options?: PassChecklistOptions): Promise<R>;
  /** Expects the requirement to be met (or not applicable, or waived). */
  toMeetRequirement(id: string): R;
  /** Expects the requirement to have exactly this status. */
  toHaveFinding(id: string, status: FindingStatus): R;
  /** Expects no gap of `severity` or above. */
  toHaveNoGaps(options?: NoGapsOptions): R;
  /** Expects a score of at least `min` percent. */
  toScoreAtLeast(min: number): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Assertion<T = any> extends ReportMatchers<T> {}
}
