/**
 * Operators that fail closed: a fact that could not be measured (undefined) never satisfies a
 * condition, even a negative one. json-rules-engine's own notEqual/notIn/doesNotContain would return
 * true for undefined; these replace them.
 *
 * json-rules-engine is the source of the operators: its default operators and decorators, with ours
 * registered over them, are looked up once per operator name when a rule set compiles. No report is
 * ever run through its Engine.
 */
import { Engine } from 'json-rules-engine';

const known = (value: unknown) => value !== undefined && value !== null;

/** An operator as json-rules-engine resolves it: validates the fact value, then compares. */
export interface ResolvedOperator {
  evaluate(factValue: unknown, value: unknown): unknown;
}

/** Registers the fail-closed operators on an engine. */
export function addOperators(engine: Engine): void {
  engine.addOperator('notEqual', (fact: unknown, value: unknown) => known(fact) && fact !== value);
  engine.addOperator('notIn', (fact: unknown, value: unknown) => known(fact) && Array.isArray(value) && !value.includes(fact));
  engine.addOperator('doesNotContain', (fact: unknown, value: unknown) => Array.isArray(fact) && !fact.includes(value));
  // `matches`: a fact string matches a regular expression source.
  engine.addOperator('matches', (fact: unknown, value: unknown) => typeof fact === 'string' && typeof value === 'string' && new RegExp(value, 'u').test(fact));
  // `exists`: the fact could be measured at all.
  engine.addOperator('exists', (fact: unknown, value: unknown) => known(fact) === Boolean(value));
}

// The engine's operator map resolves decorated names (`someFact:equal`) exactly as a run would.
// It is not in json-rules-engine's typings, hence the narrow view.
type OperatorMap = { get(name: string): ResolvedOperator | null };
let operatorMap: OperatorMap | undefined;

/**
 * The operator a condition names, decorators applied, or null when json-rules-engine does not know
 * it (an unknown operator or decorator).
 *
 * @example
 * resolveOperator('someFact:equal')?.evaluate(['a', 'b'], 'b') // true
 * resolveOperator('notEqual')?.evaluate(undefined, 1) // false: fails closed
 */
export function resolveOperator(name: string): ResolvedOperator | null {
  if (!operatorMap) {
    const engine = new Engine();
    addOperators(engine);
    operatorMap = (engine as unknown as { operators: OperatorMap }).operators;
  }
  return operatorMap.get(name) ?? null;
}
