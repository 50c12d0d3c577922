/** assess(report, ruleSet, options) → Assessment: the one-call path. */
import { runRules } from './engine/run.js';
import { parseReport } from './parse/parse-report.js';
import { scoreOutcomes } from './score/score.js';
import type { Assessment, AssessOptions, ReportDocument, RuleSet } from './types.js';

/**
 * Checks one report against a rule set and scores it.
 *
 * @param report the report text, or a document from {@link parseReport}
 * @throws InputError for empty text; RuleSetError/ChecklistError for a rule set that cannot run
 * @example
 * const assessment = await assess(text, loadRuleSet('fzzf-annual-report'), { name: 'report.txt' })
 * console.log(assessment.score, assessment.grade, assessment.gaps.map((g) => g.fix))
 */
export async function assess(report: string | ReportDocument, ruleSet: RuleSet, options: AssessOptions = {}): Promise<Assessment> {
  const doc = typeof report === 'string' ? parseReport(report, options) : report;
  const outcomes = await runRules(doc, ruleSet);
  return scoreOutcomes(outcomes, doc, ruleSet, {
    locale: options.locale ?? 'zh-CN',
    file: options.name ?? doc.source?.name ?? null,
  });
}
