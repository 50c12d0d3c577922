/**
 * A table tester for rule-set authors, in the spirit of ESLint's RuleTester: each case is real report
 * text and the exact statuses (and evidence lines) the rule set must give it. It registers one vitest
 * test per case and requirement, so a failure names the case, the requirement and what was found.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../assess.js';
import { loadRuleSet } from '../rules/load-rule-set.js';
import type { Assessment, FindingStatus, Locale, RuleSet } from '../types.js';

/**
 * A report that should pass the rule set: no gap of error severity, and the pass mark reached.
 *
 * @example
 * testRuleSet('fzzf-annual-report', { valid: [{ name: 'complete', text, expect: { timeliness: 'met' } }] })
 */
export interface ValidCase {
  /** A name for the test. */
  name: string;
  /** The report text. */
  text: string;
  /** Statuses that must also hold exactly. */
  expect?: Record<string, FindingStatus>;
}

/**
 * A report with known gaps: the statuses it must get, and where the evidence must point.
 *
 * @example
 * testRuleSet(ruleSet, { invalid: [{ name: 'no causes', text, expect: { 'shortcoming-causes': 'missing' }, evidenceLine: { shortcomings: 13 } }] })
 */
export interface InvalidCase {
  name: string;
  text: string;
  /** requirement id → the status it must get. */
  expect: Record<string, FindingStatus>;
  /** requirement id → a 1-based line that must be among its evidence lines. */
  evidenceLine?: Record<string, number>;
}

/**
 * The table of cases for {@link testRuleSet}.
 *
 * @example
 * const cases: RuleSetCases = { valid: [text], invalid: [], locale: 'en' }
 */
export interface RuleSetCases {
  valid?: Array<ValidCase | string>;
  invalid?: InvalidCase[];
  /** Locale of messages in failures. Default zh-CN. */
  locale?: Locale;
}

function statusLine(a: Assessment): string {
  return a.findings.map((f) => `${f.requirement}=${f.status}`).join(', ');
}

function checkStatuses(assessment: Assessment, wanted: Record<string, FindingStatus>): void {
  for (const [id, status] of Object.entries(wanted)) {
    const finding = assessment.findings.find((f) => f.requirement === id);
    expect(finding, `the rule set has no requirement "${id}" (it has: ${assessment.findings.map((f) => f.requirement).join(', ')})`).toBeDefined();
    expect(finding?.status, `${id}: ${finding?.message ?? ''}`).toBe(status);
  }
}

function checkEvidence(assessment: Assessment, lines: Record<string, number>): void {
  for (const [id, line] of Object.entries(lines)) {
    const finding = assessment.findings.find((f) => f.requirement === id);
    const found = finding?.evidence.map((e) => e.line) ?? [];
    expect(found, `${id}: evidence should quote line ${line}`).toContain(line);
  }
}

/**
 * Registers vitest tests for a rule set: every valid case must pass it, every invalid case must get
 * exactly the statuses given. Call it at the top level of a test file.
 *
 * @example
 * import { testRuleSet } from 'compliance-checklist/testing'
 * testRuleSet('fzzf-annual-report', {
 *   valid: [{ name: 'a complete report', text: readFileSync('good.txt', 'utf8') }],
 *   invalid: [{ name: 'causes only in the heading', text, expect: { 'shortcoming-causes': 'missing' } }],
 * })
 */
export function testRuleSet(ruleSet: RuleSet | string, cases: RuleSetCases): void {
  const rules = typeof ruleSet === 'string' ? loadRuleSet(ruleSet) : ruleSet;
  const locale = cases.locale ?? 'zh-CN';
  const valid = (cases.valid ?? []).map((c, i) => (typeof c === 'string' ? { name: `valid #${i + 1}`, text: c } : c));
  describe(`rule set ${rules.id}`, () => {
    describe.runIf(valid.length > 0)('valid', () => {
      it.each(valid)('$name', async (c) => {
        const assessment = await assess(c.text, rules, { name: c.name, locale });
        const errors = assessment.gaps.filter((g) => g.severity === 'error').map((g) => `${g.requirement} (${g.status})`);
        expect(errors, `gaps of error severity; findings: ${statusLine(assessment)}`).toEqual([]);
        expect(assessment.passed, `score ${assessment.percent}% is below the pass mark`).toBe(true);
        if (c.expect) checkStatuses(assessment, c.expect);
      });
    });
    describe.runIf((cases.invalid ?? []).length > 0)('invalid', () => {
      it.each(cases.invalid ?? [])('$name', async (c) => {
        const assessment = await assess(c.text, rules, { name: c.name, locale });
        checkStatuses(assessment, c.expect);
        if (c.evidenceLine) checkEvidence(assessment, c.evidenceLine);
      });
    });
  });
}
