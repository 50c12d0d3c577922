/**
 * The requirements a batch was checked against, for formats that give each requirement a column, a
 * rule or a test case. Read from the rule set when the caller passes it, else off the findings: every
 * assessment has one finding per requirement, in rule-set order.
 */
import type { Assessment, Severity } from '../types.js';
import { isReportError, type BatchEntry, type FormatOptions } from './format-types.js';

/** One requirement as the batch formats describe it, in the run's locale. */
export interface BatchRequirement {
  id: string;
  title: string;
  severity: Severity;
  weight: number;
  basis: string;
  /** What to write to close a gap; empty when no report had a gap and no rule set was given. */
  fix: string;
  /** Why it is required; empty when unknown. */
  rationale: string;
}

/**
 * The assessments of a batch, unreadable files left out.
 *
 * @example
 * assessmentsOf([assessment, { file: 'x', status: 'error', code: 'INPUT_EMPTY', message: '…' }]).length // 1
 */
export function assessmentsOf(entries: readonly BatchEntry[]): Assessment[] {
  return entries.filter((e): e is Assessment => !isReportError(e));
}

function fromFindings(assessments: readonly Assessment[]): BatchRequirement[] {
  const byId = new Map<string, BatchRequirement>();
  for (const a of assessments) {
    for (const f of a.findings) {
      const gap = a.gaps.find((g) => g.requirement === f.requirement);
      const known = byId.get(f.requirement);
      if (!known) {
        byId.set(f.requirement, {
          id: f.requirement, title: f.title, severity: f.severity, weight: f.weight, basis: f.basis,
          fix: f.fix || gap?.fix || '', rationale: gap?.rationale ?? '',
        });
      } else {
        if (!known.fix) known.fix = f.fix || gap?.fix || '';
        if (!known.rationale) known.rationale = gap?.rationale ?? '';
      }
    }
  }
  return [...byId.values()];
}

/**
 * Every requirement of the batch, in rule-set order.
 *
 * @example
 * batchRequirements(entries, { locale: 'zh-CN', ruleSet }).map((r) => r.id) // ['report-identity', …]
 */
export function batchRequirements(entries: readonly BatchEntry[], options: FormatOptions): BatchRequirement[] {
  const { ruleSet, locale } = options;
  if (!ruleSet) return fromFindings(assessmentsOf(entries));
  return ruleSet.requirements.map((r) => ({
    id: r.id, title: r.title[locale], severity: r.severity, weight: r.weight, basis: r.basis,
    fix: r.fix[locale], rationale: r.rationale[locale],
  }));
}
