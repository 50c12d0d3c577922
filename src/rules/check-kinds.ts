/**
 * The check kinds of the rule-set language, as the loader sees them: the JSON Schema of a `check`
 * object, built from each kind's options schema; every pattern and slot in a check's options; the
 * contradictions the schema cannot express. Generic over the registry of kind specs
 * (src/kinds/specs.ts): a kind's own schema, fields and contradictions live in its module.
 */
import { KIND_SPECS, kindSpecOf, type CheckKindName } from '../kinds/specs.js';
import type { CheckKindFields, OptionProblem } from '../kinds/kind-spec.js';

export type { CheckKindName } from '../kinds/specs.js';
export { localizedText } from '../kinds/schema-parts.js';

const KINDS = Object.entries(KIND_SPECS) as Array<[CheckKindName, (typeof KIND_SPECS)[CheckKindName]]>;

/** The `$id` of the check schema: `ifThen` refers back to it for its `if` and `then`. */
export const CHECK_SPEC_ID = 'urn:compliance-checklist:check';

function checkObject(properties: Record<string, object>): Record<string, unknown> {
  return { type: 'object', minProperties: 1, maxProperties: 1, properties, additionalProperties: false };
}

/** Each kind's options schema, a nested check standing for `check`. */
function optionSchemas(check: object, kinds = KINDS): Record<string, object> {
  return Object.fromEntries(kinds.map(([name, spec]) => [name, spec.schema(check)]));
}

/**
 * The JSON Schema of a `check` object: exactly one check kind with its options. `ifThen` holds two
 * more such objects (`if`, `then`) validated by this same schema, to any depth, through a `$ref` to
 * its own `$id` ({@link CHECK_SPEC_ID}) — so use it once per compiled schema, and `$ref` the id
 * wherever else a check may stand. Errors inside a nested check come with an ajv `schemaPath`
 * relative to this schema, not to the document root.
 *
 * @example
 * const requirement = { type: 'object', properties: { check: checkSpecSchema() } }
 */
export function checkSpecSchema(): Record<string, unknown> {
  // Recursion rather than a schema unrolled to some depth: unrolling doubles the schema per level
  // and ajv compiles it at load time (about 200 ms for three levels, against 40 ms for this).
  return { $id: CHECK_SPEC_ID, ...checkObject(optionSchemas({ $ref: '#' })) };
}

/** Kinds whose options hold no nested check. */
const LEAF_KINDS = KINDS.filter(([, spec]) => !spec.fields.nested);

/**
 * The options schema of each check kind, standalone: here a nesting kind (`ifThen`) nests only kinds
 * that do not nest. Prefer {@link checkSpecSchema}, which nests to any depth.
 */
export const CHECK_KIND_SCHEMAS: Readonly<Record<CheckKindName, object>> = optionSchemas(checkObject(optionSchemas({}, LEAF_KINDS))) as Record<CheckKindName, object>;

/** The fields of each check kind (see {@link CheckKindFields}). */
export const CHECK_KIND_FIELDS: Readonly<Record<CheckKindName, CheckKindFields>> = Object.fromEntries(KINDS.map(([name, spec]) => [name, spec.fields])) as Record<CheckKindName, CheckKindFields>;

/** A value found in a check's options, with its path from those options. */
export interface FieldValue {
  path: Array<string | number>;
  value: unknown;
}

/**
 * Every value at the given paths of `options`, with its full path.
 *
 * @example
 * valuesAt({ groups: { a: ['x', 'y'] } }, [['groups', '*', '*']]) // [{ path: ['groups', 'a', 0], value: 'x' }, …]
 */
export function valuesAt(options: unknown, paths: readonly string[][]): FieldValue[] {
  const found: FieldValue[] = [];
  const walk = (value: unknown, rest: readonly string[], path: Array<string | number>) => {
    if (rest.length === 0) {
      if (value !== undefined) found.push({ path, value });
      return;
    }
    const [step, ...more] = rest as [string, ...string[]];
    if (step === '*') {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, more, [...path, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, more, [...path, k]);
      return;
    }
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, step)) {
      walk((value as Record<string, unknown>)[step], more, [...path, step]);
    }
  };
  for (const p of paths) walk(options, p, []);
  return found;
}

/** The kind and options of a nested check (`{ terms: {...} }`), or null when it is not one. */
function nestedCheck(spec: unknown): [CheckKindName, unknown] | null {
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) return null;
  const [entry] = Object.entries(spec);
  return entry && kindSpecOf(entry[0]) ? (entry as [CheckKindName, unknown]) : null;
}

/**
 * Every regular expression and every slot id in a check's options, nested checks included, each with
 * its path from `options` (a nested check's path runs through its kind: `['if', 'terms', 'in']`).
 * Scope words (`in: report`) are not slots and are left out.
 *
 * @example
 * fieldsOf('ifThen', { if: { terms: { terms: ['述法'], in: 'responsibility' } }, then: { order: { slots: ['measures', 'plan'] } } })
 * // patterns: [{ path: ['if', 'terms', 'terms', 0], value: '述法' }]
 * // slots: [if.terms.in → 'responsibility', then.order.slots[0] → 'measures', then.order.slots[1] → 'plan']
 */
export function fieldsOf(kind: string, options: unknown): { patterns: FieldValue[]; slots: FieldValue[] } {
  const fields = kindSpecOf(kind)?.fields;
  if (!fields) return { patterns: [], slots: [] };
  const patterns = valuesAt(options, fields.patterns);
  const slots = valuesAt(options, fields.slots);
  for (const scope of fields.scopes ?? []) {
    for (const found of valuesAt(options, [scope.path])) if (!(scope.words as unknown[]).includes(found.value)) slots.push(found);
  }
  for (const { path, value } of valuesAt(options, fields.nested ?? [])) {
    const nested = nestedCheck(value);
    if (!nested) continue;
    const inner = fieldsOf(nested[0], nested[1]);
    const prefix = [...path, nested[0]];
    patterns.push(...inner.patterns.map((f) => ({ ...f, path: [...prefix, ...f.path] })));
    slots.push(...inner.slots.map((f) => ({ ...f, path: [...prefix, ...f.path] })));
  }
  return { patterns, slots };
}

/**
 * Contradictions the schema cannot express in a check's options, nested checks included, each as
 * a path from `options` and a message code with its values. For the loader, beside {@link fieldsOf}.
 *
 * @example
 * checkOptionProblems('terms', { terms: ['述法'], match: 'atLeast', count: 2 })
 * // [{ path: ['count'], key: 'COUNT_ABOVE_TERMS', params: { count: 2, distinct: 1 } }]
 */
export function checkOptionProblems(kind: string, options: unknown): OptionProblem[] {
  const spec = kindSpecOf(kind);
  if (!options || typeof options !== 'object' || !spec) return [];
  const problems = spec.problems?.(options as Record<string, unknown>) ?? [];
  for (const { path, value } of valuesAt(options, spec.fields.nested ?? [])) {
    const nested = nestedCheck(value);
    if (!nested) continue;
    problems.push(...checkOptionProblems(nested[0], nested[1]).map((p) => ({ ...p, path: [...path, nested[0], ...p.path] })));
  }
  return problems;
}
