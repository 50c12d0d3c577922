import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.js';
import { isChecklistError } from '../../src/errors.js';

const TEXT = '某县2023年法治政府建设年度报告\n一、主要举措和成效\n全年办理行政复议案件36件。';

describe('assess() called without a usable rule set, as plain JavaScript can', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a rule-set id instead of the rule set', 'fzzf-annual-report'],
    ['an object that is not a rule set', { id: 'x' }],
  ])('%s: a typed USAGE error, not a TypeError', async (_, ruleSet) => {
    const error = await (assess as (text: string, ruleSet: unknown) => Promise<unknown>)(TEXT, ruleSet).catch((e: unknown) => e);
    expect(isChecklistError(error) && error.code).toBe('USAGE');
    expect((error as Error).message).toContain('loadRuleSet');
  });
});
