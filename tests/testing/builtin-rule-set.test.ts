/**
 * The built-in rule set, tested the way a rule-set author would test theirs: with testRuleSet and
 * real reports (the labelled corpus and this project's fixtures).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { testRuleSet } from '../../src/testing/index.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/reports');
const seeds = path.resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const read = (dir: string, f: string) => readFileSync(path.join(dir, f), 'utf8');

testRuleSet('fzzf-annual-report', {
  valid: [
    { name: 'headings on their own lines', text: read(fixtures, 'layout-own-line-headings.txt') },
    { name: 'run-in headings', text: read(fixtures, 'layout-run-in-headings.txt') },
    { name: 'a department report', text: read(fixtures, 'department-market-regulation.txt') },
  ],
  invalid: [
    { name: 'causes only in the heading', text: read(fixtures, 'causes-heading-only-missing.txt'), expect: { 'shortcoming-causes': 'missing', shortcomings: 'met' } },
    { name: 'the first-responsible duty only in the plan', text: read(fixtures, 'responsible-person-only-in-plan.txt'), expect: { 'first-responsible-person': 'missing' } },
    { name: 'only the collective 三项制度', text: read(fixtures, 'enforcement-collective-only-partial.txt'), expect: { 'three-enforcement-systems': 'partial' } },
    { name: 'a 工作要点 is not an annual report', text: read(fixtures, 'lookalike-work-plan.txt'), expect: { 'report-identity': 'missing', timeliness: 'not-applicable' } },
    ...(existsSync(seeds)
      ? [{ name: 'seed 003: heading promises 原因, text gives none', text: read(seeds, '003_309042e87f77b6c8.txt'), expect: { 'shortcoming-causes': 'missing' as const, 'first-responsible-person': 'met' as const }, evidenceLine: { 'first-responsible-person': 7, shortcomings: 26 } }]
      : []),
  ],
});
