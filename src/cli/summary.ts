/**
 * The totals of a batch, gathered report by report as they are checked (nothing is kept but counts),
 * for the summary printed after it: checked, passed, failed, unreadable, skipped, grade counts, the
 * on-time rate and the most common gaps. Passed and failed are the verdicts the CLI wrote into each
 * assessment, so the summary cannot disagree with the reports above it or with the exit code.
 */
import type { CliMessages } from '../messages/cli/index.js';
import type { Assessment, RuleSet } from '../types.js';
import type { RunTally } from './exit-policy.js';

/** How many gaps the summary names. */
const TOP_GAPS = 5;

/** The totals of a batch. */
export interface BatchSummary extends RunTally {
  /** Files left out as hidden, system or lock files, or ignored. */
  skipped: number;
  /** Reports per grade, in order of first appearance. */
  grades: Map<string, number>;
  /** Reports whose publication deadline could be judged, and how many of them were on time. */
  deadline: { judged: number; onTime: number };
  /** Requirement id → how many reports have it as a gap, with its title. */
  gaps: Map<string, { title: string; count: number }>;
}

/**
 * An empty summary for a run against a rule set.
 *
 * @example
 * const summary = newSummary()
 */
export function newSummary(): BatchSummary {
  return { checked: 0, passed: 0, unreadable: 0, skipped: 0, grades: new Map(), deadline: { judged: 0, onTime: 0 }, gaps: new Map() };
}

/** The requirements that judge timeliness: those checked by the deadline kind. */
export function deadlineRequirements(ruleSet: RuleSet): ReadonlySet<string> {
  return new Set(ruleSet.requirements.filter((r) => r.check?.kind === 'deadline').map((r) => r.id));
}

/**
 * Counts one report. Look-alikes and other reports whose deadline is not applicable or unknown are
 * left out of the on-time rate rather than counted late.
 *
 * @example
 * addAssessment(summary, assessment, deadlineRequirements(ruleSet))
 */
export function addAssessment(summary: BatchSummary, a: Assessment, deadlines: ReadonlySet<string>): void {
  summary.checked += 1;
  if (a.passed) summary.passed += 1;
  summary.grades.set(a.grade, (summary.grades.get(a.grade) ?? 0) + 1);
  const deadline = a.findings.find((f) => deadlines.has(f.requirement));
  if (deadline && (deadline.status === 'met' || deadline.status === 'missing' || deadline.status === 'partial')) {
    summary.deadline.judged += 1;
    if (deadline.status === 'met') summary.deadline.onTime += 1;
  }
  for (const gap of a.gaps) {
    const seen = summary.gaps.get(gap.requirement);
    if (seen) seen.count += 1;
    else summary.gaps.set(gap.requirement, { title: gap.title, count: 1 });
  }
}

const percent = (part: number, whole: number): string => (whole > 0 ? ((part / whole) * 100).toFixed(1) : '0.0');

/**
 * The summary in words, one line per fact, ending with a newline.
 *
 * @example
 * io.stderr(formatSummary(summary, getCliMessages('zh-CN')))
 */
export function formatSummary(s: BatchSummary, messages: CliMessages): string {
  const m = messages.summary;
  const lines = [m.totals(s.checked + s.unreadable, s.checked, s.passed, s.checked - s.passed, s.unreadable, s.skipped)];
  if (s.grades.size > 0) lines.push(m.grades([...s.grades].map(([grade, count]) => ({ grade, count }))));
  if (s.deadline.judged > 0) lines.push(m.onTime(s.deadline.onTime, s.deadline.judged, percent(s.deadline.onTime, s.deadline.judged)));
  const top = [...s.gaps.values()].sort((a, b) => b.count - a.count).slice(0, TOP_GAPS);
  if (top.length > 0) lines.push(m.topGaps, ...top.map((g) => m.gap(g.title, g.count, percent(g.count, s.checked))));
  return `${lines.join('\n')}\n`;
}
