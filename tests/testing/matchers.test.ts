/**
 * The report matchers on real fixture reports: what passes, what fails and with which message, and the
 * mistakes (a misspelled id, a forgotten await, text where an assessment belongs) that must never pass.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assess, loadRuleSet } from '../../src/index.js';
import type { Assessment } from '../../src/index.js';
import { reportMatchers } from '../../src/testing/index.js';

expect.extend(reportMatchers);
const read = (f: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/reports', f), 'utf8');
const ruleSet = loadRuleSet('fzzf-annual-report');

describe('report matchers', () => {
  let good: Assessment;
  let noCauses: Assessment;
  let partialEnforcement: Assessment;
  beforeAll(async () => {
    good = await assess(read('layout-own-line-headings.txt'), ruleSet);
    noCauses = await assess(read('causes-heading-only-missing.txt'), ruleSet);
    partialEnforcement = await assess(read('enforcement-collective-only-partial.txt'), ruleSet);
  });

  it('pass on a report that meets them', async () => {
    await expect(read('layout-own-line-headings.txt')).toPassChecklist({ minScore: 90 });
    await expect(good).toPassChecklist({ rules: 'fzzf-annual-report' });
    expect(good).toMeetRequirement('shortcoming-causes');
    expect(good).toHaveFinding('three-enforcement-systems', 'met');
    expect(good).toHaveNoGaps({ severity: 'warning' });
    expect(noCauses).toHaveNoGaps({ severity: 'error' });
    expect(good).toScoreAtLeast(75);
  });

  it('negate as vitest matchers do', async () => {
    await expect(read('no-shortcomings-section.txt')).not.toPassChecklist();
    expect(noCauses).not.toMeetRequirement('shortcoming-causes');
    expect(noCauses).not.toHaveNoGaps({ severity: 'warning' });
  });

  it.each<[string, () => unknown, RegExp]>([
    ['toMeetRequirement on a missing requirement', () => expect(noCauses).toMeetRequirement('shortcoming-causes'), /shortcoming-causes to be met, but it is missing:\n {2}- shortcoming-causes \(missing, warning\): no evidence in the report\n {6}fix: \S/],
    ['toHaveFinding', () => expect(noCauses).toHaveFinding('shortcoming-causes', 'met'), /expected shortcoming-causes to be met, but it is missing/],
    ['toHaveNoGaps, listing each gap with its evidence line and fix', () => expect(partialEnforcement).toHaveNoGaps({ severity: 'warning' }), /found 2:\n {2}- three-enforcement-systems \(partial, warning\): line 8: ".+"\n {6}fix: \S.*\n {2}- timeliness \(unknown, warning\)/],
    ['toScoreAtLeast', () => expect(noCauses).toScoreAtLeast(99.9), /of at least 99.9%, got \d+\/\d+ \(88%\)/],
  ])('%s fails with a message that says what to fix', (_name, assertion, message) => {
    expect(assertion).toThrow(message);
  });

  it('toPassChecklist fails listing each gap with its status, evidence line and fix', async () => {
    await expect(expect(read('enforcement-collective-only-partial.txt')).toPassChecklist({ minScore: 95 })).rejects.toThrow(
      /to pass fzzf-annual-report: \d+\/\d+ \(90%\), 优秀: below the minimum of 95%\. Gaps:\n(.|\n)*three-enforcement-systems \(partial, warning\): line 8: /,
    );
    await expect(expect(read('no-shortcomings-section.txt')).toPassChecklist()).rejects.toThrow(/gap\(s\) of error severity or above\. Gaps:\n {2}- shortcomings \(missing, error\)/);
  });

  it('judges an error gap above the pass mark by its failOn alone, as check --fail-on does', async () => {
    // 76%, above the pass mark of 60, with the error-severity shortcomings missing.
    const text = read('no-shortcomings-section.txt');
    await expect(text).toPassChecklist({ failOn: 'none' });
    await expect(await assess(text, ruleSet)).toPassChecklist({ failOn: 'none' });
    await expect(expect(text).toPassChecklist()).rejects.toThrow(/\(76%\), 良好: 1 gap\(s\) of error severity or above\./);
  });

  it.each<[string, () => unknown, RegExp]>([
    ['a misspelled id, even under .not', () => expect(good).not.toMeetRequirement('shortcoming-cuases'), /has no requirement "shortcoming-cuases"; did you mean "shortcoming-causes"\?/],
    ['an id far from any, listing the ids', () => expect(good).toHaveFinding('typical-cases', 'met'), /has no requirement "typical-cases"; its requirements are: report-identity, measures-and-results/],
    ['a forgotten await', () => expect(assess('报告', ruleSet)).toMeetRequirement('timeliness'), /received a Promise, not an assessment; did you forget `await`\?/],
    ['a forgotten await under .not', () => expect(assess('报告', ruleSet)).not.toHaveNoGaps(), /received a Promise/],
    ['text where an assessment belongs', () => expect('报告正文').toMeetRequirement('timeliness'), /received a string; to check report text use `await expect\(text\).toPassChecklist\(\)`/],
    ['undefined', () => expect(undefined).toScoreAtLeast(60), /expected an assessment \(what assess\(\) returns\), received a undefined/],
    ['a bad severity', () => expect(good).toHaveNoGaps({ severity: 'fatal' as never }), /severity must be error, warning or info/],
  ])('%s fails with a clear message', (_name, assertion, message) => {
    expect(assertion).toThrow(message);
  });

  it.each<[string, () => Promise<unknown>, RegExp]>([
    ['a forgotten await', () => expect(assess('x', ruleSet)).toPassChecklist(), /received a Promise, not an assessment/],
    ['a number', () => expect(42).toPassChecklist(), /received a number/],
    ['an assessment made with another rule set', () => expect(noCauses).toPassChecklist({ rules: 'fzzf-outline-2015' }), /made with fzzf-annual-report, not fzzf-outline-2015/],
    ['an unknown rule-set id', () => expect('报告').toPassChecklist({ rules: 'no-such-rules' }), /no-such-rules/],
  ])('toPassChecklist on %s rejects with a clear message', async (_name, assertion, message) => {
    await expect(assertion()).rejects.toThrow(message);
  });
});
