/**
 * Operators that fail closed: a fact that could not be measured (undefined) never satisfies a
 * condition, even a negative one. json-rules-engine's own notEqual/notIn/doesNotContain would return
 * true for undefined; these replace them.
 */
import type { Engine } from 'json-rules-engine';

const known = (value: unknown) => value !== undefined && value !== null;

/** Every operator a raw condition may use: json-rules-engine's defaults, with ours replacing or adding. */
export const OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'matches',
  'exists',
] as const;

/**
 * Operator decorators a raw condition may put before an operator (`someFact:equal`). json-rules-engine's
 * `not:` is left out: `not:equal` on a fact that could not be measured would pass, so it does not fail
 * closed; `notEqual` and a `not` block do.
 */
export const OPERATOR_DECORATORS = ['someFact', 'someValue', 'everyFact', 'everyValue', 'swap'] as const;

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
