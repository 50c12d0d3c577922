/**
 * Work counters of the figure scans, so tests can assert that cost grows linearly with the text by
 * counting work rather than timing it. Plain numbers bumped on paths that already loop: no cost worth
 * measuring, and nothing in the output depends on them.
 */

/** Work done by the figure scans since the last {@link resetScanCounts}. */
export interface ScanCounts {
  /** Characters the figures check looked at to find where a figure may start. */
  chars: number;
  /** Places where a figure may start that were looked at (the number read, the pattern maybe tried). */
  attempts: number;
  /** For each attempt, the characters of the number run it starts: what the check and the pattern can read and backtrack over. */
  reach: number;
  /** Characters walked to find where a clause starts, for the key figures. */
  clauseSteps: number;
}

/** The counters, shared by every scan in this module's copy of the library. */
export const scanCounts: ScanCounts = { chars: 0, attempts: 0, reach: 0, clauseSteps: 0 };

/**
 * Sets every counter to 0.
 *
 * @example
 * resetScanCounts(); await assess(text, ruleSet); scanCounts.reach // the work of one assessment
 */
export function resetScanCounts(): void {
  scanCounts.chars = 0;
  scanCounts.attempts = 0;
  scanCounts.reach = 0;
  scanCounts.clauseSteps = 0;
}
