/**
 * Raw json-rules-engine conditions are checked at load, leaf by leaf, each problem at the offending
 * value: known facts (the check kinds' and meta), known operators, fact/operator/value present,
 * params that are the kind's options, matches patterns that compile and are safe.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../src/errors.js';
import { assess } from '../../src/index.js';
import { OPERATOR_DECORATORS, OPERATORS } from '../../src/rules/condition-vocabulary.js';
import { parseRuleSet } from '../../src/rules/load-rule-set.js';
import { expectProblems, rejection, type ExpectedProblem } from './support.js';

const ruleSet = (met: string) => `id: raw-test
version: 1.0.0
title: 原始条件
sections:
  plan: { headings: [下一年度, 下一?步, 工作打算] }
requirements:
  - id: plan-length
    title: 下一年度工作安排篇幅
    basis: 测试依据
    severity: warning
    weight: 5
    fix: 充实下一年度工作安排
    conditions:
      met: ${met}
`;
const LINE = 14;
/** The column of `token` on the condition line (1-based), so the table reads as the YAML does. */
const col = (met: string, token: string) => `      met: ${met}`.indexOf(token, '      met: '.length) + 1;
const at = 'requirements[0].conditions.met';

const VALID = '{ all: [ { fact: section, params: { slot: plan }, path: $.chars, operator: greaterThanInclusive, value: 200 } ] }';

describe('valid raw conditions load and run', () => {
  it.each([
    VALID,
    '{ any: [ { fact: meta, path: $.year, operator: greaterThanInclusive, value: 2020 }, { not: { fact: meta, path: $.title, operator: matches, value: 工作要点 } } ] }',
    '{ fact: terms, params: { terms: [行政复议, 行政诉讼], match: all }, path: $.found, operator: equal, value: true }',
    '{ all: [ { fact: meta, path: $.published, operator: exists, value: true }, { fact: meta, path: $.signed, operator: "someValue:equal", value: ["2021-03-01"] } ] }',
  ])('%s', (met) => {
    expect(parseRuleSet(ruleSet(met)).requirements[0]!.conditions).not.toBeNull();
  });

  it('a section-length condition on a real report', async () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../../examples/reports/meitan-county-2020.txt'), 'utf8');
    const a = await assess(text, parseRuleSet(ruleSet(VALID)));
    expect(a.findings[0]).toMatchObject({ requirement: 'plan-length', status: 'met' });
  });
});

// The list the loader checks against must be what the engine runs: every listed operator (and each
// allowed decorator) evaluates on a real report without an engine failure.
describe('the operators the loader accepts are the ones the engine has', () => {
  const text = readFileSync(path.resolve(import.meta.dirname, '../../examples/reports/meitan-county-2020.txt'), 'utf8');
  it.each([...OPERATORS.map((op) => op), ...OPERATOR_DECORATORS.map((d) => `${d}:equal`)])('%s', async (operator) => {
    const value = operator === 'matches' ? '"法治"' : operator.includes(':') || ['in', 'notIn'].includes(operator) ? '[2020]' : operator === 'exists' ? 'true' : '2020';
    const a = await assess(text, parseRuleSet(ruleSet(`{ fact: meta, path: $.year, operator: "${operator}", value: ${value} }`)));
    expect(['met', 'missing', 'unknown']).toContain(a.findings[0]!.status);
  });
});

describe('invalid raw conditions: every problem, at its value', () => {
  // [name, met, [[code, path after `met`, message fragment, the token the problem points at]]]
  const cases: Array<[string, string, Array<[ErrorCode, string, string, string]>]> = [
    ['an unknown operator, with a suggestion', '{ fact: meta, path: $.year, operator: greaterThen, value: 2020 }', [['RULESET_INVALID', '.operator', 'names the operator "greaterThen", which the engine does not know (did you mean "greaterThan"?)', 'greaterThen']]],
    ['an unknown fact, pointing metadata to meta', '{ fact: year, operator: equal, value: 2023 }', [['RULESET_INVALID', '.fact', 'names the fact "year", which the engine does not have', 'year']]],
    ['the not: decorator, which would pass on an unmeasured fact', '{ fact: meta, path: $.year, operator: "not:equal", value: 2023 }', [['RULESET_INVALID', '.operator', 'uses the "not:" decorator', '"not:equal"']]],
    ['a missing operator and value', '{ fact: meta, path: $.year }', [['RULESET_SCHEMA', '', 'is missing the required key "operator"', '{'], ['RULESET_SCHEMA', '', 'is missing the required key "value"', '{']]],
    // Not also "missing operator": the misspelt key is taken as the operator meant.
    ['a misspelt key', '{ fact: meta, path: $.year, opertor: equal, value: 2023 }', [['RULESET_SCHEMA', '.opertor', 'has an unknown key "opertor" (did you mean "operator"?)', 'opertor']]],
    ['an unsafe matches pattern', '{ fact: meta, path: $.title, operator: matches, value: "(法治+)+报告" }', [['RULESET_INVALID', '.value', 'may take exponential time on some inputs', '"(法治+)+报告"']]],
    ['an empty all, which always passes', '{ all: [] }', [['RULESET_INVALID', '.all', 'is an empty list, so it always passes; list at least one condition', '[]']]],
    ['params that are not the kind\'s options', '{ fact: section, params: { slott: plan }, path: $.found, operator: equal, value: true }', [['RULESET_SCHEMA', '.params', 'is missing the required key "slot"', '{ slott'], ['RULESET_SCHEMA', '.params.slott', 'has an unknown key "slott" (did you mean "slot"?)', 'slott']]],
    ['a slot nobody defines, in params', '{ fact: section, params: { slot: plans }, path: $.found, operator: equal, value: true }', [['RULESET_INVALID', '.params.slot', 'names the slot "plans", which no entry under "sections" defines, so it could never match (did you mean "plan"?)', 'plans']]],
    ['a shared condition reference', '{ condition: other-requirement }', [['RULESET_INVALID', '.condition', 'refers to a shared condition, which rule sets cannot define', 'condition']]],
    ['all and any side by side', '{ all: [ { fact: meta, path: $.year, operator: equal, value: 1 } ], any: [] }', [['RULESET_SCHEMA', '', 'combines all and any; nest them instead', '{']]],
    ['meta without a path, and with params', '{ fact: meta, params: { slot: plan }, operator: equal, value: 1 }', [['RULESET_SCHEMA', '', 'needs a path into the meta fact ($.title, $.year', '{'], ['RULESET_INVALID', '.params', 'is not read by the meta fact; remove it', 'params']]],
  ];

  it.each(cases)('%s', (_, met, problems) => {
    const expected: ExpectedProblem[] = problems.map(([code, suffix, message, token]) => ['raw.yaml', code, LINE, col(met, token), `${at}${suffix}`, message]);
    expectProblems(rejection(() => parseRuleSet(ruleSet(met), { name: 'raw.yaml' })), expected);
  });

  it('a condition nested two levels deep is placed by its full path', () => {
    const met = '{ all: [ { any: [ { fact: meta, path: $.year, operator: equal, value: 1 }, { fact: meta, path: $.year, operator: equals, value: 2 } ] } ] }';
    expectProblems(rejection(() => parseRuleSet(ruleSet(met), { name: 'raw.yaml' })), [
      ['raw.yaml', 'RULESET_INVALID', LINE, col(met, 'equals'), `${at}.all[0].any[1].operator`, 'names the operator "equals"'],
    ]);
  });
});
