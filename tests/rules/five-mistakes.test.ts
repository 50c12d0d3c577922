/** DESIGN §4 / issue 4: a file with five different mistakes lists all five, in one RuleSetError. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { formatProblem } from '../../src/errors.js';
import { parseRuleSet } from '../../src/rules/load-rule-set.js';
import { expectProblems, rejection } from './support.js';

const FILE = 'tests/fixtures/rulesets/five-mistakes.yaml';
const text = readFileSync(path.resolve(import.meta.dirname, '../..', FILE), 'utf8');

it('schema and cross-reference problems are reported together, each with its place', () => {
  const error = rejection(() => parseRuleSet(text, { name: FILE }));
  expectProblems(error, [
    [FILE, 'RULESET_SCHEMA', 15, 15, 'requirements[0].severity', 'must be one of "error", "warning", "info"'],
    [FILE, 'RULESET_INVALID', 19, 35, 'requirements[0].check.terms.in', '(requirement "review-cases") names the slot "reviews", which no entry under "sections" here or in a base rule set defines, so it could never match (did you mean "review"?)'],
    [FILE, 'RULESET_SCHEMA', 25, 5, 'requirements[1].rationle', 'has an unknown key "rationle" (did you mean "rationale"?)'],
    [FILE, 'RULESET_INVALID', 28, 24, 'requirements[1].check.terms.terms[0]', '(requirement "early-publication") may take exponential time on some inputs'],
    [FILE, 'RULESET_INVALID', 30, 3, 'overrides.shortcoming-cause', 'names the requirement "shortcoming-cause", which neither this rule set nor its bases define (did you mean "shortcoming-causes"?)'],
  ]);
  expect(error.message.split('\n')[0]).toBe('the rule set has 5 problems:');
  expect(error.code).toBe('RULESET_SCHEMA');
});

it('each prints as file:line:col CODE path message, with the line and a caret', () => {
  const error = rejection(() => parseRuleSet(text, { name: FILE }));
  expect(formatProblem(error.problems[4]!)).toBe(
    `${FILE}:30:3 RULESET_INVALID overrides.shortcoming-cause names the requirement "shortcoming-cause", which neither this rule set nor its bases define (did you mean "shortcoming-causes"?); fix the id or remove the override\n  shortcoming-cause: warning\n  ^`,
  );
});

it('with the five mistakes fixed, the file loads', () => {
  const fixed = text
    .replace('severity: warn\n', 'severity: warning\n')
    .replace('in: reviews', 'in: review')
    .replace('rationle:', 'rationale:')
    .replace('"(发布+)+日期"', '"发布(日期|时间)"')
    .replace('shortcoming-cause:', 'shortcoming-causes:');
  const ruleSet = parseRuleSet(fixed, { name: FILE });
  expect(ruleSet.requirements.map((r) => r.id).slice(-2)).toEqual(['review-cases', 'early-publication']);
});
