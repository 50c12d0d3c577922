/**
 * The exit-code policy (DESIGN §5). It lives in the CLI only: the library says how a report scores,
 * the CLI decides what counts as falling short for this run.
 */
import type { Assessment, Severity } from '../types.js';

/** Exit codes. */
export const EXIT = {
  /** Every report passes. */
  ok: 0,
  /** Some report falls short. */
  shortfall: 1,
  /** A usage, input or rule-set error. */
  error: 2,
} as const;

/** An exit code. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The `--fail-on` levels: a gap at this severity or above fails the run. */
export type FailOn = Severity | 'none';

/** The --fail-on values the CLI accepts. */
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'none'];

/** What makes a report fall short in this run. */
export interface ExitPolicy {
  /** Minimum percent, or null to rely on the rule set's pass mark alone. */
  minScore: number | null;
  /** The lowest gap severity that fails a report. */
  failOn: FailOn;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * True when a report falls short: not passed, below --min-score, or with a gap at or above --fail-on.
 *
 * @example
 * fallsShort(assessment, { minScore: 60, failOn: 'error' })
 */
export function fallsShort(assessment: Assessment, policy: ExitPolicy): boolean {
  if (!assessment.passed) return true;
  if (policy.minScore !== null && assessment.percent < policy.minScore) return true;
  const { failOn } = policy;
  if (failOn === 'none') return false;
  return assessment.gaps.some((gap) => RANK[gap.severity] >= RANK[failOn]);
}

/**
 * The exit code of a run: 2 when any input could not be checked, else 1 when any report falls short,
 * else 0.
 *
 * @example
 * exitCodeFor(assessments, { minScore: null, failOn: 'error' }, 0) // 0 | 1
 */
export function exitCodeFor(assessments: Assessment[], policy: ExitPolicy, failures: number): ExitCode {
  if (failures > 0) return EXIT.error;
  return assessments.some((a) => fallsShort(a, policy)) ? EXIT.shortfall : EXIT.ok;
}
