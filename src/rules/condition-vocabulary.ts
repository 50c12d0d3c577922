/**
 * The vocabulary of raw `conditions`: the facts, operators, decorators and meta fields a rule set may
 * name. The loader checks rule sets against these lists and the engine compiles conditions with them,
 * so they live here, on the rules side: src/rules never imports src/engine.
 */
import type { ReportMeta } from '../types.js';
import { CHECK_KIND_FIELDS, type CheckKindName } from './check-kinds.js';

/** The fields of the `meta` fact, as a raw condition's `path` names them (`$.year`). */
export const META_FIELDS = ['title', 'year', 'issuer', 'level', 'published', 'signed', 'docNumber'] as const satisfies ReadonlyArray<keyof ReportMeta>;

/** Every operator a raw condition may use: json-rules-engine's defaults, with the engine's fail-closed ones replacing or adding. */
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

/** The fact that carries a report's metadata; it takes no params. */
export const META_FACT = 'meta';

/**
 * The facts a raw condition may name, each with the check kind whose options its `params` are (null
 * for `meta`, which takes none). Each check kind's fact is named after the kind; kinds that only
 * combine nested checks (ifThen) measure nothing of their own, so they are not facts.
 *
 * @example
 * conditionFacts().get('section') // 'section': params are a section check's options
 */
export function conditionFacts(): ReadonlyMap<string, CheckKindName | null> {
  if (facts) return facts;
  facts = new Map<string, CheckKindName | null>();
  for (const [name, fields] of Object.entries(CHECK_KIND_FIELDS)) {
    if (!fields.nested) facts.set(name, name as CheckKindName);
  }
  facts.set(META_FACT, null);
  return facts;
}

let facts: Map<string, CheckKindName | null> | undefined;
