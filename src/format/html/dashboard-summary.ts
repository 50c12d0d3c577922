/**
 * The figures at the top of the dashboard, computed from the batch: how many reports, how many pass,
 * the grades, the on-time rate, and how often each requirement is missing.
 */
import type { Assessment, RuleSet } from '../../types.js';
import type { BatchRequirement } from '../batch-requirements.js';
import type { GapBar } from './dashboard-charts.js';

/** The batch in numbers. */
export interface DashboardSummary {
  reports: number;
  assessed: number;
  passed: number;
  failed: number;
  unreadable: number;
  /** Share of assessed reports that pass, in per cent, or null with none assessed. */
  passRate: number | null;
  /** Grade → count, in the rule set's band order when known. */
  grades: Array<[string, number]>;
  /** Reports published on time, and reports whose timeliness could be judged. */
  onTime: { met: number; known: number; rate: number | null };
}

const percent = (n: number, of: number): number | null => (of > 0 ? Math.round((n / of) * 1000) / 10 : null);

/** The requirement that judges publication on time: the rule set's deadline check, else `timeliness`. */
function timelinessId(ruleSet: RuleSet | undefined): string {
  return ruleSet?.requirements.find((r) => r.check?.kind === 'deadline')?.id ?? 'timeliness';
}

/**
 * The summary of a batch of `reports` inputs, of which `assessments` could be read.
 *
 * @example
 * summarise(assessments, 6, ruleSet).passRate // 80
 */
export function summarise(assessments: readonly Assessment[], reports: number, ruleSet?: RuleSet): DashboardSummary {
  const passed = assessments.filter((a) => a.passed).length;
  const order = ruleSet?.scoring.grades.map((g) => g.grade) ?? [];
  const grades = new Map<string, number>(order.map((g) => [g, 0]));
  for (const a of assessments) grades.set(a.grade, (grades.get(a.grade) ?? 0) + 1);
  const id = timelinessId(ruleSet);
  const judged = assessments.map((a) => a.findings.find((f) => f.requirement === id)?.status).filter((s) => s === 'met' || s === 'partial' || s === 'missing');
  const met = judged.filter((s) => s === 'met').length;
  return {
    reports,
    assessed: assessments.length,
    passed,
    failed: assessments.length - passed,
    unreadable: reports - assessments.length,
    passRate: percent(passed, assessments.length),
    grades: [...grades.entries()],
    onTime: { met, known: judged.length, rate: percent(met, judged.length) },
  };
}

/**
 * One bar per requirement: in how many reports it is missing or partial; most often first, ties in
 * rule-set order. Requirements no report falls short of are left out.
 *
 * @example
 * gapBars(assessments, requirements)[0] // { label: '不足的原因分析', missing: 3, partial: 1 }
 */
export function gapBars(assessments: readonly Assessment[], requirements: readonly BatchRequirement[]): GapBar[] {
  return requirements
    .map((r) => {
      const statuses = assessments.map((a) => a.findings.find((f) => f.requirement === r.id)?.status);
      return { label: r.title, missing: statuses.filter((s) => s === 'missing').length, partial: statuses.filter((s) => s === 'partial').length };
    })
    .filter((b) => b.missing + b.partial > 0)
    .sort((a, b) => b.missing + b.partial - (a.missing + a.partial));
}
