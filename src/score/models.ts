/**
 * The scoring models of DESIGN §4, one small function each: what a finding earns out of what, in the
 * model's units, and whether the report passes.
 */
import type { Finding, FindingStatus, Requirement, ScoringModel, ScoringOptions } from '../types.js';

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

/**
 * Whether a report passes: pass-fail when no error-severity requirement is missing or unknown; the
 * other models when the percentage reaches the pass mark.
 *
 * @example
 * isPassed(scoring, findings, 72.5)
 */
export function isPassed(scoring: ScoringOptions, findings: ReadonlyArray<Pick<Finding, 'status' | 'severity'>>, percent: number): boolean {
  if (scoring.model !== 'pass-fail') return percent >= scoring.passMark;
  return !findings.some((f) => f.severity === 'error' && (f.status === 'missing' || f.status === 'unknown'));
}
