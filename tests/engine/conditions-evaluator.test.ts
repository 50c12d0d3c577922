/**
 * The synchronous evaluator against json-rules-engine itself: each condition tree is run both ways
 * on the same facts, and the rule's result and every leaf's result and fact value must agree —
 * including fail-closed operators on unmeasured facts, decorators, JSONPath, `{ fact }` values,
 * empty branches and priority groups that short-circuit.
 */
import { Engine, type RuleResult } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { ConditionCompiler, type ConditionNode } from '../../src/engine/condition-tree.js';
import { Run } from '../../src/engine/evaluate.js';
import { addOperators } from '../../src/engine/operators.js';
import { resolvePath } from '../../src/engine/path-resolver.js';

// `count` and `list` take params, to show that params select the measurement.
const FACTS: Record<string, (params: Record<string, unknown>) => unknown> = {
  five: () => 5,
  missing: () => undefined,
  nothing: () => null,
  word: () => 'abc',
  list: (p) => (p.short ? [1] : [1, 2, 3]),
  doc: () => ({ found: true, year: 2023, issuer: null, items: [{ n: 1 }, { n: 2 }], evidence: [] }),
  count: (p) => (typeof p.n === 'number' ? p.n : undefined),
};

type Tree = Record<string, unknown>;
const leaf = (fact: string, operator: string, value: unknown, extra: Tree = {}): Tree => ({ fact, operator, value, ...extra });

const CASES: Array<[string, Tree]> = [
  ['equal on a number', { all: [leaf('five', 'equal', 5)] }],
  ['notEqual fails closed on undefined', { all: [leaf('missing', 'notEqual', 1)] }],
  ['notEqual fails closed on null', { all: [leaf('nothing', 'notEqual', 1)] }],
  ['notIn fails closed', { all: [leaf('missing', 'notIn', [1, 2])] }],
  ['notIn passes on a known value', { all: [leaf('five', 'notIn', [1, 2])] }],
  ['in', { any: [leaf('five', 'in', [4, 5])] }],
  ['contains on an array', { all: [leaf('list', 'contains', 2)] }],
  ['contains on a string fails (arrays only)', { all: [leaf('word', 'contains', 'a')] }],
  ['doesNotContain fails closed', { all: [leaf('missing', 'doesNotContain', 2)] }],
  ['doesNotContain with params', { all: [leaf('list', 'doesNotContain', 2, { params: { short: true } })] }],
  ['numeric operators validate the fact', { any: [leaf('word', 'greaterThan', 1), leaf('missing', 'lessThan', 1)] }],
  ['numeric operators', { all: [leaf('five', 'greaterThanInclusive', 5), leaf('five', 'lessThan', 6), leaf('five', 'lessThanInclusive', 4)] }],
  ['matches', { all: [leaf('word', 'matches', '^a.c$'), leaf('five', 'matches', '5')] }],
  ['exists', { all: [leaf('five', 'exists', true), leaf('missing', 'exists', false), leaf('nothing', 'exists', true)] }],
  ['plain paths', { all: [leaf('doc', 'equal', true, { path: '$.found' }), leaf('doc', 'equal', 2023, { path: '$.year' })] }],
  ['a path to a missing field', { all: [leaf('doc', 'notEqual', 1, { path: '$.nope' })] }],
  ['a JSONPath', { all: [leaf('doc', 'equal', 2, { path: '$.items[1].n' })] }],
  ['a path on a non-object is the fact itself', { all: [leaf('five', 'equal', 5, { path: '$.x' })] }],
  ['someFact / everyFact', { all: [leaf('list', 'someFact:equal', 3), leaf('list', 'everyFact:greaterThan', 0)] }],
  ['someValue / everyValue', { any: [leaf('five', 'someValue:equal', [1, 5]), leaf('five', 'everyValue:lessThan', [6, 7])] }],
  ['everyFact on a non-array fails', { all: [leaf('five', 'everyFact:equal', 5)] }],
  ['swap', { all: [leaf('list', 'swap:contains', 2, { params: {} }), leaf('list', 'swap:in', 2)] }],
  ['a fact as the value', { all: [leaf('five', 'equal', { fact: 'count', params: { n: 5 } })] }],
  ['params select the measurement', { any: [leaf('count', 'equal', 3, { params: { n: 3 } }), leaf('count', 'equal', 3, { params: { n: 4 } })] }],
  ['not over an unmeasured fact passes', { not: leaf('missing', 'equal', 1) }],
  ['nested branches', { any: [{ not: { all: [leaf('five', 'equal', 5), leaf('word', 'equal', 'x')] } }, { all: [leaf('list', 'contains', 9)] }] }],
  ['an empty all', { all: [] }],
  ['an empty any', { any: [] }],
  ['any over one child', { any: [{ not: leaf('five', 'equal', 5) }] }],
  ['all before any in precedence', { any: [leaf('five', 'equal', 5)], all: [leaf('five', 'equal', 4)] } as Tree],
  [
    'a higher priority group decides an any; the lower group is never evaluated',
    { any: [leaf('five', 'equal', 5, { priority: 5 }), leaf('missing', 'equal', 1), leaf('word', 'equal', 'abc')] },
  ],
  [
    'a failing higher priority group decides an all',
    { all: [leaf('five', 'equal', 4, { priority: 9 }), { any: [leaf('word', 'equal', 'abc')], priority: 2 }, leaf('missing', 'exists', false)] },
  ],
  ['priority groups that leave the result open', { all: [leaf('five', 'equal', 5, { priority: 3 }), leaf('word', 'equal', 'abc', { priority: 2 }), leaf('list', 'contains', 1)] }],
];

interface Annotated {
  result?: unknown;
  factResult?: unknown;
}

// The leaves of json-rules-engine's result tree, in the same reading order as the compiled leaves.
function engineLeaves(node: Record<string, unknown>): Annotated[] {
  for (const op of ['any', 'all', 'not'] as const) {
    if (Object.hasOwn(node, op)) {
      const sub = node[op];
      return Array.isArray(sub) ? sub.flatMap((c) => engineLeaves(c as Record<string, unknown>)) : engineLeaves(sub as Record<string, unknown>);
    }
  }
  return [node as Annotated];
}

async function withEngine(tree: Tree): Promise<{ passed: boolean; leaves: Annotated[] }> {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: resolvePath });
  addOperators(engine);
  for (const [name, fn] of Object.entries(FACTS)) engine.addFact(name, (params: Record<string, unknown>) => fn(params));
  engine.addRule({ name: 'r', conditions: structuredClone(tree) as never, event: { type: 'met' } });
  const { results, failureResults } = await engine.run();
  const result = [...results, ...failureResults][0] as RuleResult;
  return { passed: result.result === true, leaves: engineLeaves(result.conditions as unknown as Record<string, unknown>) };
}

function withEvaluator(tree: Tree): { passed: boolean; leaves: Annotated[]; measured: string[] } {
  const compiler = new ConditionCompiler();
  const { root, leaves } = compiler.compile(tree);
  const measured: string[] = [];
  const run = new Run(compiler.refs, compiler.leafCount, (fact, params) => {
    measured.push(`${fact}${JSON.stringify(params)}`);
    return FACTS[fact]?.(params);
  });
  const passed = run.passes(root as ConditionNode);
  const annotated = leaves.map((l): Annotated => (run.evaluated(l) ? { result: run.resultOf(l), factResult: run.factResultOf(l) } : {}));
  return { passed, leaves: annotated, measured };
}

describe('the evaluator decides as json-rules-engine does', () => {
  it.each(CASES)('%s', async (_name, tree) => {
    const expected = await withEngine(tree);
    const actual = withEvaluator(tree);
    expect(actual.passed).toBe(expected.passed);
    expect(actual.leaves.map((l) => ('result' in l ? [l.result, l.factResult] : 'skipped'))).toEqual(
      expected.leaves.map((l) => ('result' in l ? [l.result, l.factResult] : 'skipped')),
    );
  });
});

describe('each fact and params is measured once per run', () => {
  it('shares a measurement between leaves with equal params written in any key order', () => {
    const tree = { all: [leaf('count', 'equal', 3, { params: { n: 3, m: 1 } }), leaf('count', 'greaterThan', 1, { params: { m: 1, n: 3 } }), leaf('count', 'exists', true, { params: { n: 4 } })] };
    expect(withEvaluator(tree).measured).toEqual(['count{"n":3,"m":1}', 'count{"n":4}']);
  });
});

describe('one measurement per fact and params', () => {
  const shared = { slot: 'measures', min: 3, terms: ['a', 'b'] };
  it.each<[string, Array<{ fact: string; params: Record<string, unknown> }>, number[]]>([
    ['one params object on several leaves', [{ fact: 'f', params: shared }, { fact: 'f', params: shared }, { fact: 'f', params: shared }], [0, 0, 0]],
    ['equal params written in another order', [{ fact: 'f', params: shared }, { fact: 'f', params: { terms: ['a', 'b'], min: 3, slot: 'measures' } }], [0, 0]],
    ['the same params object for two facts', [{ fact: 'f', params: shared }, { fact: 'g', params: shared }], [0, 1]],
    ['params that differ in a nested value', [{ fact: 'f', params: shared }, { fact: 'f', params: { ...shared, terms: ['a', 'c'] } }, { fact: 'f', params: shared }], [0, 1, 0]],
  ])('%s', (_name, refs, slots) => {
    const compiler = new ConditionCompiler();
    const { leaves } = compiler.compile({ all: refs.map((r) => ({ fact: r.fact, params: r.params, operator: 'equal', value: 1 })) });
    expect(leaves.map((l) => l.ref.slot)).toEqual(slots);
    expect(compiler.refs).toHaveLength(new Set(slots).size);
  });
});

describe('trees json-rules-engine would refuse are refused at compile time', () => {
  it.each([
    ['a leaf without a value', { all: [{ fact: 'five', operator: 'equal' }] }, /"value" property required/],
    ['all that is not a list', { all: leaf('five', 'equal', 5) }, /"all" must be an array/],
    ['not over a list', { not: [leaf('five', 'equal', 5)] }, /"not" cannot be an array/],
    ['a shared condition', { all: [{ condition: 'x' }] }, /shared condition/],
  ])('%s', (_name, tree, message) => {
    expect(() => new ConditionCompiler().compile(tree as Tree)).toThrow(message);
  });

  it('an unknown operator fails when evaluated, as a run would', () => {
    expect(() => withEvaluator({ all: [leaf('five', 'nearly', 5)] })).toThrow('Unknown operator: nearly');
  });
});
