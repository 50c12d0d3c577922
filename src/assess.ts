/** assess(report, ruleSet, options) → Assessment: the one-call path. */
import { runRules } from './engine/run.js';
import { parseReport, type ReportInput } from './report-input.js';
import { scoreOutcomes } from './score/score.js';
import type { Assessment, AssessOptions, ReportDocument, RuleSet } from './types.js';

function isDocument(value: unknown): value is ReportDocument {
  return typeof value === 'object' && value !== null && Array.isArray((value as ReportDocument).lineStarts);
}

/**
 * Checks one report against a rule set and scores it.
 *
 * @param report the report text, what {@link readInput} extracted, a JSON report, or a document from {@link parseReport}
 * @throws InputError for empty text; RuleSetError/ChecklistError for a rule set that cannot run;
 *   RuleSetError (WAIVER_INVALID) for a waiver naming a requirement the rule set lacks
 * @example
 * const assessment = await assess(text, loadRuleSet('fzzf-annual-report'), { name: 'report.txt' })
 * console.log(assessment.score, assessment.grade, assessment.gaps.map((g) => g.fix))
 * const waivers = parseWaivers(waiversYaml, { name: 'waivers.yaml' })
 * const waived = await assess(text, ruleSet, { waivers, today: '2025-03-01' }) // waived.waived, waived.expiredWaivers
 */
export async function assess(report: ReportInput | ReportDocument, ruleSet: RuleSet, options: AssessOptions = {}): Promise<Assessment> {
  const doc = isDocument(report) ? report : parseReport(report, options);
  const outcomes = runRules(doc, ruleSet);
  return scoreOutcomes(outcomes, doc, ruleSet, {
    locale: options.locale ?? 'zh-CN',
    file: options.name ?? doc.source?.name ?? null,
    ...(options.waivers ? { waivers: options.waivers } : {}),
    ...(options.today ? { today: options.today } : {}),
  });
}
