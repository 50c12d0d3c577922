/**
 * The exit-code policy (DESIGN §5). The verdict on each report is `isPassed` (src/score/models.ts)
 * with this run's --min-score, --fail-on and --max-warnings; the CLI writes it into the assessment it
 * prints, so the display, every output format, the summary and the exit code all say the same thing.
 */
import { coreMessages } from '../messages/core/index.js';
import { isPassed, type FailOn, type PassPolicy } from '../score/models.js';
import type { Assessment, RuleSet } from '../types.js';

export type { FailOn } from '../score/models.js';

/** Exit codes. */
export const EXIT = {
  /** Every report passes (or --no-exit). */
  ok: 0,
  /** Some report falls short. */
  shortfall: 1,
  /** A usage, input or rule-set error. */
  error: 2,
  /** Stopped by Ctrl-C (128 + SIGINT), as shells report it. */
  interrupted: 130,
} as const;

/** An exit code. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The --fail-on values the CLI accepts. */
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'none'];

/** What makes a report fall short in this run, and whether falling short changes the exit code. */
export interface ExitPolicy {
  /** Minimum percent, or null to rely on the rule set's pass mark alone. */
  minScore: number | null;
  /** The lowest gap severity that fails a report. */
  failOn: FailOn;
  /** Most warning-severity gaps a passing report may have, or null for no limit. */
  maxWarnings: number | null;
  /** --no-exit: report only; exit 0 whatever the verdicts (errors still exit 2). */
  noExit: boolean;
}

/**
 * Judges a report by the rule set and this run's policy, and writes the verdict into the assessment
 * (and, for the pass-fail model, its grade, which is the verdict in words). Mutates rather than
 * copies: the assessment is the CLI's own, fresh from assess(), and this runs once per report.
 *
 * @example
 * applyVerdict(assessment, ruleSet, { minScore: 60, failOn: 'error', maxWarnings: null, noExit: false })
 */
export function applyVerdict(assessment: Assessment, ruleSet: RuleSet, policy: PassPolicy): Assessment {
  const passed = isPassed(ruleSet.scoring, assessment.findings, assessment.percent, policy);
  assessment.passed = passed;
  if (ruleSet.scoring.model === 'pass-fail') assessment.grade = coreMessages(assessment.locale).passFail[passed ? 'pass' : 'fail'];
  return assessment;
}

/** What a run ended with: the verdicts of the reports checked, and how many files could not be. */
export interface RunTally {
  /** Reports checked. */
  checked: number;
  /** Reports that passed (by {@link applyVerdict}). */
  passed: number;
  /** Files that could not be read or checked. */
  unreadable: number;
}

/**
 * The exit code of a run: 2 when any input could not be checked; else 1 when a report failed, unless
 * --no-exit; else 0. Takes the verdicts already written into the assessments, so it cannot disagree
 * with what was printed.
 *
 * @example
 * exitCodeFor({ checked: 3, passed: 2, unreadable: 0 }, policy) // 1
 */
export function exitCodeFor(tally: RunTally, policy: Pick<ExitPolicy, 'noExit'>): ExitCode {
  if (tally.unreadable > 0) return EXIT.error;
  if (policy.noExit) return EXIT.ok;
  return tally.passed < tally.checked ? EXIT.shortfall : EXIT.ok;
}
