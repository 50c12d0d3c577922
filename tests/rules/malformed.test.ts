/**
 * Cross-checks now run on data the schema has rejected (so one run reports both kinds of mistake):
 * whatever shape a value has, loading ends in a RuleSetError listing problems, never a TypeError.
 */
import { describe, expect, it } from 'vitest';
import { isRuleSetError } from '../../src/errors.js';
import { parseRuleSet } from '../../src/rules/load-rule-set.js';

const base = {
  id: 'shapes',
  version: '1.0.0',
  title: '形状',
  extends: [] as unknown,
  scoring: { model: 'weighted', grades: [{ grade: '合格', min: 0 }] } as unknown,
  sections: { body: { headings: ['主要举措'] } } as unknown,
  overrides: {} as unknown,
  requirements: [
    {
      id: 'body',
      title: '主要举措',
      basis: '依据',
      severity: 'error',
      weight: 10,
      fix: '补充',
      check: { section: { slot: 'body' } },
      appliesTo: undefined as unknown,
      conditions: undefined as unknown,
    },
  ] as unknown,
};

const WEIRD: unknown[] = [null, 'text', 7, [], [null, 'x', 3], {}, { a: { b: [] } }];
const TOP = ['extends', 'scoring', 'sections', 'overrides', 'requirements'] as const;
const REQ = ['id', 'weight', 'check', 'conditions', 'appliesTo'] as const;

function outcome(data: unknown): string {
  try {
    parseRuleSet(JSON.stringify(data), { name: 'shapes.json' });
    return 'loaded';
  } catch (error) {
    return isRuleSetError(error) ? 'problems' : `crashed: ${(error as Error).stack}`;
  }
}

describe('any shape, no crash', () => {
  it.each(TOP.flatMap((key) => WEIRD.map((value) => [key, JSON.stringify(value), value] as const)))('%s: %s', (key, _, value) => {
    expect(outcome({ ...base, [key]: value })).not.toMatch(/^crashed/);
  });

  it.each(REQ.flatMap((key) => WEIRD.map((value) => [key, JSON.stringify(value), value] as const)))('requirements[0].%s: %s', (key, _, value) => {
    const [req] = base.requirements as Array<Record<string, unknown>>;
    expect(outcome({ ...base, requirements: [{ ...req, [key]: value }] })).not.toMatch(/^crashed/);
  });

  it.each(WEIRD.map((value) => [JSON.stringify(value), value] as const))('conditions.met: %s', (_, value) => {
    const [req] = base.requirements as Array<Record<string, unknown>>;
    expect(outcome({ ...base, requirements: [{ ...req, check: undefined, conditions: { met: { all: [value, { fact: 'section', params: value, operator: 'equal', value }] } } }] })).not.toMatch(/^crashed/);
  });
});
