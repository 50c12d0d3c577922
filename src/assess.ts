/** assess(report, ruleSet, options) → Assessment: the one-call path. */
import { UsageError } from './errors.js';
import { runRules } from './engine/run.js';
import { extractKeyFigures } from './figures/extract-figures.js';
import { parseReport, type ReportInput } from './report-input.js';
import { DEFAULT_FAIL_ON } from './score/models.js';
import { scoreOutcomes } from './score/score.js';
import type { Assessment, AssessOptions, ReportDocument, RuleSet } from './types.js';

function isDocument(value: unknown): value is ReportDocument {
  return typeof value === 'object' && value !== null && Array.isArray((value as ReportDocument).lineStarts);
}

/**
 * Checks one report against a rule set and scores it.
 *
 * @param report the report text, what {@link readInput} extracted, a JSON report, or a document from {@link parseReport}
 * @throws UsageError (USAGE) without a rule set; InputError for empty text; RuleSetError/ChecklistError for a rule set that cannot run;
 *   RuleSetError (WAIVER_INVALID) for a waiver naming a requirement the rule set lacks
 * @example
 * const assessment = await assess(text, loadRuleSet('fzzf-annual-report'), { name: 'report.txt' })
 * console.log(assessment.score, assessment.grade, assessment.gaps.map((g) => g.fix))
 * const waivers = parseWaivers(waiversYaml, { name: 'waivers.yaml' })
 * const waived = await assess(text, ruleSet, { waivers, today: '2025-03-01' }) // waived.waived, waived.expiredWaivers
 * const strict = await assess(text, ruleSet, { minScore: 80, failOn: 'warning' }) // strict.passed as `check --min-score 80 --fail-on warning`
 * const lean = await assess(text, ruleSet, { figures: false }) // lean.figures === undefined: no key-figure scan
 */
export async function assess(report: ReportInput | ReportDocument, ruleSet: RuleSet, options: AssessOptions = {}): Promise<Assessment> {
  // Called from plain JavaScript without a rule set, the engine would fail with a bare TypeError.
  if (typeof ruleSet !== 'object' || ruleSet === null || !Array.isArray((ruleSet as Partial<RuleSet>).requirements)) {
    throw new UsageError('USAGE', "assess() needs a rule set as its second argument: pass loadRuleSet('fzzf-annual-report') or your own");
  }
  const doc = isDocument(report) ? report : parseReport(report, options);
  const outcomes = runRules(doc, ruleSet);
  const locale = options.locale ?? 'zh-CN';
  const assessment = scoreOutcomes(outcomes, doc, ruleSet, {
    locale,
    file: options.name ?? doc.source?.name ?? null,
    ...(options.waivers ? { waivers: options.waivers } : {}),
    ...(options.today ? { today: options.today } : {}),
    // The one rule behind `passed`, with the options `check` takes: assess() and the CLI cannot disagree.
    policy: { minScore: options.minScore ?? null, failOn: options.failOn ?? DEFAULT_FAIL_ON, maxWarnings: options.maxWarnings ?? null },
  });
  // Figures are read from the text, not scored: they sit beside the findings for the tables offices keep.
  if (ruleSet.keyFigures && options.figures !== false) assessment.figures = extractKeyFigures(doc, ruleSet.keyFigures, locale);
  return assessment;
}
