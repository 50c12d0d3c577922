/**
 * The exit-code policy (DESIGN §5). The verdict on each report is assess()'s `passed`, judged with
 * this run's --min-score, --fail-on and --max-warnings as assess() options (one rule: `isPassed` in
 * src/score/models.ts), so the display, every output format, the summary, the exit code and a library
 * user's assess() with the same options all say the same thing.
 */
import type { FailOn } from '../score/models.js';

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

/**
 * The --fail-on values the CLI accepts: a gap severity, `none` (no gap fails a report), or `never`
 * (report only, as --no-exit: no gap fails a report and shortfalls never change the exit code).
 */
export const FAIL_ON_VALUES: readonly (FailOn | 'never')[] = ['error', 'warning', 'none', 'never'];

/** What makes a report fall short in this run, and whether falling short changes the exit code. */
export interface ExitPolicy {
  /** Minimum percent, or null to rely on the rule set's pass mark alone. */
  minScore: number | null;
  /** The lowest gap severity that fails a report. */
  failOn: FailOn;
  /** Most warning-severity gaps a passing report may have, or null for no limit. */
  maxWarnings: number | null;
  /** --no-exit: report only; exit 0 on results, whatever the verdicts and however many files were unreadable. */
  noExit: boolean;
}

/** What a run ended with: the verdicts of the reports checked, and how many files could not be. */
export interface RunTally {
  /** Reports checked. */
  checked: number;
  /** Reports that passed (assess()'s verdict with this run's options). */
  passed: number;
  /** Files that could not be read or checked. */
  unreadable: number;
}

/**
 * The exit code of a run's results: with --no-exit (or --fail-on never), 0 — report only, so a file
 * that could not be read (an entry of its own in every output) does not fail the run either; else 2
 * when any input could not be checked, 1 when a report failed, 0 otherwise. Usage, rule-set, waiver
 * and output errors stop the run before there are results and exit 2 whatever the options. Takes the
 * verdicts already in the assessments, so it cannot disagree with what was printed.
 *
 * @example
 * exitCodeFor({ checked: 3, passed: 2, unreadable: 0 }, policy) // 1
 */
export function exitCodeFor(tally: RunTally, policy: Pick<ExitPolicy, 'noExit'>): ExitCode {
  if (policy.noExit) return EXIT.ok;
  if (tally.unreadable > 0) return EXIT.error;
  return tally.passed < tally.checked ? EXIT.shortfall : EXIT.ok;
}
