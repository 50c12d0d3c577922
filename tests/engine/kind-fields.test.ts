/**
 * What the loader learns from src/rules/check-kinds.ts: the check schema (nesting `ifThen` to any
 * depth), every pattern and slot of a check with its path (nested checks included, scope words
 * left out), and options that contradict each other.
 */
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseRuleSet } from '../../src/index.js';
import { checkOptionProblems, checkSpecSchema, fieldsOf } from '../../src/rules/check-kinds.js';

const validate = new Ajv({ allErrors: true, strict: false }).compile({ type: 'object', properties: { check: checkSpecSchema() } });

/** The instance paths ajv complains about, or [] when the check is valid. */
function errorsOf(check: unknown): string[] {
  return validate({ check }) ? [] : (validate.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => `${e.instancePath} ${e.keyword}`);
}

const terms = { terms: { terms: ['行政复议'] } };
const deep = (depth: number): unknown => (depth === 0 ? terms : { ifThen: { if: terms, then: deep(depth - 1) } });

describe('checkSpecSchema', () => {
  it.each<readonly [string, unknown, string[]]>([
    ['terms with all its options', { terms: { terms: ['a', 'b'], match: 'atLeast', count: 1, in: 'headings', exclude: ['plan'], partial: 1 } }, []],
    ['atLeast without count', { terms: { terms: ['a'], match: 'atLeast' } }, ['/check/terms required']],
    ['an empty term list', { terms: { terms: [] } }, ['/check/terms/terms minItems']],
    ['order of one slot', { order: { slots: ['plan'] } }, ['/check/order/slots minItems']],
    ['order naming a slot twice', { order: { slots: ['plan', 'plan'] } }, ['/check/order/slots uniqueItems']],
    ['length without min', { length: { in: 'plan' } }, ['/check/length required']],
    ['position first', { section: { slot: 'plan', position: 'first' } }, []],
    ['position 3', { section: { slot: 'plan', position: 3 } }, []],
    ['position middle', { section: { slot: 'plan', position: 'middle' } }, ['/check/section/position enum']],
    ['position 0', { section: { slot: 'plan', position: 0 } }, ['/check/section/position minimum']],
    ['ifThen nested three deep', deep(3), []],
    ['an unknown key four levels down', { ifThen: { if: terms, then: { ifThen: { if: terms, then: { ifThen: { if: terms, then: { terms: { terms: ['a'], inn: 'plan' } } } } } } } }, ['/check/ifThen/then/ifThen/then/ifThen/then/terms additionalProperties']],
    ['ifThen without then', { ifThen: { if: terms } }, ['/check/ifThen required']],
    ['two kinds in one nested check', { ifThen: { if: { ...terms, length: { min: 1 } }, then: terms } }, ['/check/ifThen/if maxProperties']],
  ])('%s', (_name, check, errors) => {
    expect(errorsOf(check)).toEqual(errors);
  });
});

describe('fieldsOf', () => {
  it('finds patterns and slots through nested checks, with their full paths', () => {
    const options = {
      if: { section: { slot: 'responsibility', passage: { terms: ['第一责任人'], exclude: ['plan'] } } },
      then: { ifThen: { if: { terms: { terms: ['述法', '学法'], in: 'responsibility' } }, then: { order: { slots: ['measures', 'plan'] } } } },
    };
    const { patterns, slots } = fieldsOf('ifThen', options);
    expect(patterns).toEqual([
      { path: ['if', 'section', 'passage', 'terms', 0], value: '第一责任人' },
      { path: ['then', 'ifThen', 'if', 'terms', 'terms', 0], value: '述法' },
      { path: ['then', 'ifThen', 'if', 'terms', 'terms', 1], value: '学法' },
    ]);
    expect(slots.map((s) => [s.path.join('.'), s.value])).toEqual([
      ['if.section.slot', 'responsibility'],
      ['if.section.passage.exclude.0', 'plan'],
      ['then.ifThen.if.terms.in', 'responsibility'],
      ['then.ifThen.then.order.slots.0', 'measures'],
      ['then.ifThen.then.order.slots.1', 'plan'],
    ]);
  });

  it.each<readonly [string, string, unknown, unknown[]]>([
    ['report is a scope, not a slot', 'terms', { terms: ['a'], in: 'report' }, []],
    ['headings is a scope, not a slot', 'terms', { terms: ['a'], in: 'headings', exclude: ['plan'] }, ['plan']],
    ['a slot scope is a slot', 'terms', { terms: ['a'], in: 'plan' }, ['plan']],
    ['length reads report as a scope', 'length', { in: 'report', min: 1 }, []],
    // length has no headings scope: the word names a slot, which the loader then reports as undefined.
    ['length reads headings as a slot', 'length', { in: 'headings', min: 1 }, ['headings']],
    ['every slot of an order', 'order', { slots: ['measures', 'plan'] }, ['measures', 'plan']],
    ['an unknown kind has none', 'nope', { slot: 'plan' }, []],
  ])('%s', (_name, kind, options, slots) => {
    expect(fieldsOf(kind, options).slots.map((s) => s.value)).toEqual(slots);
  });

  it('lists each pattern of a list, so each is compiled and checked', () => {
    expect(fieldsOf('causes', { in: 'shortcomings', markers: ['原因', '由于'] }).patterns.map((p) => p.path)).toEqual([
      ['markers', 0],
      ['markers', 1],
    ]);
  });
});

describe('checkOptionProblems', () => {
  it.each<readonly [string, string, unknown, string[]]>([
    ['count above the terms listed', 'terms', { terms: ['a', 'b'], match: 'atLeast', count: 3 }, ['count']],
    ['a term listed twice counts once', 'terms', { terms: ['a', 'a'], match: 'atLeast', count: 2 }, ['count']],
    ['count without atLeast', 'terms', { terms: ['a', 'b'], match: 'any', count: 1 }, ['count']],
    ['partial above the terms listed', 'terms', { terms: ['a'], partial: 2 }, ['partial']],
    ['partial at what meets it', 'terms', { terms: ['a', 'b'], match: 'all', partial: 2 }, ['partial']],
    ['partial with any', 'terms', { terms: ['a', 'b'], match: 'any', partial: 1 }, ['partial']],
    ['a sound terms check', 'terms', { terms: ['a', 'b', 'c'], match: 'atLeast', count: 2, partial: 1 }, []],
    ['length partial at min', 'length', { min: 100, partial: 100 }, ['partial']],
    ['a sound length check', 'length', { min: 100, partial: 50 }, []],
    ['inside a nested check', 'ifThen', { if: { terms: { terms: ['a'] } }, then: { length: { min: 10, partial: 20 } } }, ['then.length.partial']],
  ])('%s', (_name, kind, options, paths) => {
    expect(checkOptionProblems(kind, options).map((p) => p.path.join('.'))).toEqual(paths);
  });
});

describe('the loader rejects what could never be met', () => {
  const yaml = (check: string) => `id: kind-test\nversion: 1.0.0\ntitle: kind test\nsections: { plan: { headings: [安排] } }\nrequirements:\n  - { id: r, title: r, basis: test, severity: error, weight: 1, fix: fix it, check: ${check} }\n`;
  it.each([
    ['atLeast without a count', '{ terms: { terms: [a, b], match: atLeast } }', /count/],
    ['a position that is no place', '{ section: { slot: plan, position: middle } }', /position/],
    ['an empty term list', '{ terms: { terms: [] } }', /terms/],
  ])('%s', (_name, check, message) => {
    expect(() => parseRuleSet(yaml(check))).toThrow(message);
  });

  it('accepts each new kind as a rule author writes it', () => {
    const checks = [
      '{ terms: { terms: [行政复议, 普法], match: any, in: plan } }',
      '{ order: { slots: [plan, plan2] } }',
      '{ length: { in: plan, min: 100, partial: 40 } }',
      '{ section: { slot: plan, position: last } }',
      '{ ifThen: { if: { section: { slot: plan } }, then: { length: { in: plan, min: 100 } } } }',
    ];
    for (const check of checks) {
      expect(() => parseRuleSet(yaml(check).replace('sections: { plan: { headings: [安排] } }', 'sections: { plan: { headings: [安排] }, plan2: { headings: [计划] } }'))).not.toThrow();
    }
  });
});
