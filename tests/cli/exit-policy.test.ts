import { describe, expect, it } from 'vitest';
import { EXIT, exitCodeFor } from '../../src/cli/exit-policy.js';
import { isPassed, type PassPolicy } from '../../src/score/models.js';
import type { RuleSet, ScoringModel, Severity } from '../../src/types.js';
import { assessment, finding, gapOf } from '../format/assessment-builder.js';

/** A report at 62.5% with gaps of the given severities (none: no gap). */
function withGaps(...severities: Severity[]) {
  const gaps = severities.map((severity, i) => finding({ requirement: `r${i}`, status: 'partial', earned: 10, severity }));
  const findings = [finding(), ...gaps];
  return assessment({ findings, gaps: gaps.map((f) => gapOf(f)), percent: 62.5, passed: true, grade: '合格' });
}

/** Only the scoring of a rule set matters to the verdict. */
const ruleSet = (model: ScoringModel = 'weighted', passMark = 60) =>
  ({ scoring: { model, passMark, grades: [], partialCredit: 0.5 } }) as unknown as RuleSet;

describe('isPassed: one rule for assess(), the display, the outputs and the exit code', () => {
  it.each<[string, ReturnType<typeof withGaps>, RuleSet, PassPolicy, boolean]>([
    ['no gap, above the pass mark', withGaps(), ruleSet(), { failOn: 'error' }, true],
    ['below the pass mark', withGaps(), ruleSet('weighted', 70), { failOn: 'none' }, false],
    ['--min-score in place of the pass mark (below it)', withGaps(), ruleSet('weighted', 50), { minScore: 70 }, false],
    ['--min-score in place of the pass mark (above it)', withGaps(), ruleSet('weighted', 90), { minScore: 60 }, true],
    ['--min-score 0 --fail-on none passes anything', withGaps('error'), ruleSet('weighted', 90), { minScore: 0, failOn: 'none' }, true],
    ['exactly at --min-score', withGaps(), ruleSet(), { minScore: 62.5 }, true],
    ['an error gap, --fail-on error', withGaps('error'), ruleSet(), { failOn: 'error' }, false],
    ['a warning gap, --fail-on error', withGaps('warning'), ruleSet(), { failOn: 'error' }, true],
    ['a warning gap, --fail-on warning', withGaps('warning'), ruleSet(), { failOn: 'warning' }, false],
    ['an info gap, --fail-on warning', withGaps('info'), ruleSet(), { failOn: 'warning' }, true],
    ['an error gap, --fail-on none', withGaps('error'), ruleSet(), { failOn: 'none' }, true],
    ['2 warnings, --max-warnings 2', withGaps('warning', 'warning'), ruleSet(), { failOn: 'error', maxWarnings: 2 }, true],
    ['3 warnings, --max-warnings 2', withGaps('warning', 'warning', 'warning'), ruleSet(), { failOn: 'error', maxWarnings: 2 }, false],
    ['a warning, --max-warnings 0', withGaps('warning'), ruleSet(), { failOn: 'none', maxWarnings: 0 }, false],
  ])('%s', (_name, a, rules, policy, passed) => {
    expect(isPassed(rules.scoring, a.findings, a.percent, policy)).toBe(passed);
  });

  it('fails an error gap when no --fail-on is given: the default is error, in the library as in check', () => {
    const a = withGaps('error');
    expect(isPassed(ruleSet().scoring, a.findings, a.percent)).toBe(false);
  });
});

describe('exitCodeFor', () => {
  it.each([
    ['every report passes', { checked: 2, passed: 2, unreadable: 0 }, false, EXIT.ok],
    ['one report falls short', { checked: 2, passed: 1, unreadable: 0 }, false, EXIT.shortfall],
    ['one report falls short, --no-exit', { checked: 2, passed: 1, unreadable: 0 }, true, EXIT.ok],
    ['an input could not be checked', { checked: 1, passed: 1, unreadable: 1 }, false, EXIT.error],
    ['an input could not be checked, --no-exit', { checked: 1, passed: 1, unreadable: 1 }, true, EXIT.ok],
    ['nothing could be checked', { checked: 0, passed: 0, unreadable: 2 }, false, EXIT.error],
    ['nothing could be checked, --no-exit', { checked: 0, passed: 0, unreadable: 2 }, true, EXIT.ok],
    ['a shortfall and an unreadable file', { checked: 2, passed: 1, unreadable: 1 }, false, EXIT.error],
  ])('%s', (_name, tally, noExit, expected) => {
    expect(exitCodeFor(tally, { noExit })).toBe(expected);
  });
});
