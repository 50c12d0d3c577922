/**
 * The scoring models of DESIGN §4, one small function each: what a finding earns out of what, in the
 * model's units, and whether the report passes.
 */
import type { Finding, FindingStatus, Requirement, ScoringModel, ScoringOptions, Severity } from '../types.js';

const round = (n: number) => Math.round(n * 100) / 100;

/** What one finding earns and out of how much. Statuses outside the denominator still show their weight. */
export interface Points {
  weight: number;
  earned: number;
}

/**
 * Points of one finding under a model.
 *
 * @example
 * pointsFor('weighted', 'partial', { weight: 10, partialCredit: 0.5 }) // { weight: 10, earned: 5 }
 * pointsFor('flat', 'met', { weight: 10, partialCredit: 0.5 }) // { weight: 1, earned: 1 }
 */
export function pointsFor(model: ScoringModel, status: FindingStatus, requirement: Pick<Requirement, 'weight' | 'partialCredit'>): Points {
  const weight = model === 'weighted' ? requirement.weight : 1;
  if (status === 'met') return { weight, earned: weight };
  // pass-fail counts requirements met; a partial finding is not met.
  if (status === 'partial' && model !== 'pass-fail') return { weight, earned: round(weight * requirement.partialCredit) };
  return { weight, earned: 0 };
}

/**
 * True for a finding that counts in the denominator.
 *
 * @example
 * findings.filter(isCounted) // without not-applicable and waived findings
 */
export const isCounted = (f: Pick<Finding, 'status'>) => f.status !== 'not-applicable' && f.status !== 'waived';

/** The `--fail-on` levels: a gap at this severity or above fails a report; `none` looks at no gap. */
export type FailOn = Severity | 'none';

/** The gap severity that fails a report when nothing says otherwise: the library's and `check`'s default alike. */
export const DEFAULT_FAIL_ON: FailOn = 'error';

/**
 * What a run adds to the rule set's pass mark: assess()'s options of the same names, which the CLI
 * fills from its --min-score, --fail-on and --max-warnings, so one function decides both.
 */
export interface PassPolicy {
  /** Minimum percent in place of the rule set's pass mark, or null (the default) for the pass mark. */
  minScore?: number | null;
  /** The lowest gap severity that fails a report; default {@link DEFAULT_FAIL_ON} (`error`). */
  failOn?: FailOn;
  /** Most warning-severity gaps a passing report may have, or null (the default) for no limit. */
  maxWarnings?: number | null;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A finding that is a gap: counted and not met. */
const isGap = (f: Pick<Finding, 'status'>) => f.status === 'partial' || f.status === 'missing' || f.status === 'unknown';

/**
 * The score's verdict: pass-fail by its error-severity requirements (and --min-score when given), the
 * other models by --min-score when given, else by the rule set's pass mark. --min-score replaces the
 * pass mark rather than adding to it, so `--min-score 0 --fail-on none` never fails a report on score.
 */
function passesScore(
  scoring: ScoringOptions,
  findings: ReadonlyArray<Pick<Finding, 'status' | 'severity'>>,
  percent: number,
  minScore: number | null | undefined,
): boolean {
  if (scoring.model !== 'pass-fail') return percent >= (minScore ?? scoring.passMark);
  if (minScore != null && percent < minScore) return false;
  return !findings.some((f) => f.severity === 'error' && (f.status === 'missing' || f.status === 'unknown'));
}

/**
 * Whether a report passes: the one rule behind `Assessment.passed`, the CLI's display, its summary
 * and its exit code. First the rule set's verdict (pass-fail: no error-severity requirement missing or
 * unknown; the other models: the percentage reaches the pass mark, or --min-score in its place), then
 * the gaps the run does not accept (--fail-on, --max-warnings).
 *
 * @example
 * isPassed(scoring, findings, 72.5) // the pass mark, and no error-severity gap
 * isPassed(scoring, findings, 72.5, { failOn: 'error', minScore: 80 }) // as `check --min-score 80` judges
 */
export function isPassed(
  scoring: ScoringOptions,
  findings: ReadonlyArray<Pick<Finding, 'status' | 'severity'>>,
  percent: number,
  policy: PassPolicy = {},
): boolean {
  if (!passesScore(scoring, findings, percent, policy.minScore)) return false;
  const failOn = policy.failOn ?? DEFAULT_FAIL_ON;
  const gaps = findings.filter(isGap);
  if (failOn !== 'none' && gaps.some((f) => RANK[f.severity] >= RANK[failOn])) return false;
  const limit = policy.maxWarnings;
  return limit == null || gaps.filter((f) => f.severity === 'warning').length <= limit;
}
