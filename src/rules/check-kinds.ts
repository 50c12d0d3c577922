/**
 * The check kinds of the rule-set language, as the loader sees them: each kind's options schema,
 * where its options hold regular expressions, where they name outline slots, and where they nest
 * other checks. The engine gives each kind its meaning (src/engine/checks/); adding a kind means an
 * entry here and a module there.
 */

import type { CheckKindOptions } from './check-kind-options.js';
import type { ProblemKey } from '../errors.js';

const patternList = {
  type: 'array',
  minItems: 1,
  items: { type: 'string', minLength: 1 },
} as const;

const slotRef = { type: 'string', pattern: '^[a-z][a-z0-9-]*$' } as const;

/** Text in one language (every locale), or a map with zh-CN and optionally en. */
export const localizedText = {
  anyOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      properties: { 'zh-CN': { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
      required: ['zh-CN'],
      additionalProperties: false,
    },
  ],
} as const;

/** Words a scope field (`in`) reads before slot ids: they name a scope, not a slot. */
export const SCOPE_WORDS = { report: 'every block of the report', headings: 'heading blocks only' } as const;

// A string position must be a word; a number must be a 1-based index. `if` keeps this to one clear
// message per mistake, where anyOf would report a failure for each branch.
const position = {
  if: { type: 'string' },
  then: { enum: ['first', 'last'] },
  else: { type: 'integer', minimum: 1 },
} as const;

/** Options of each kind that does not nest other checks. Every kind fails closed: what it cannot measure is unknown. */
const LEAF_SCHEMAS = {
  section: {
    type: 'object',
    properties: {
      slot: slotRef,
      minChars: { type: 'integer', minimum: 0 },
      roles: { type: 'array', minItems: 1, items: slotRef },
      position,
      passage: {
        type: 'object',
        properties: { terms: patternList, exclude: { type: 'array', items: slotRef }, unless: patternList, roles: { type: 'array', minItems: 1, items: slotRef } },
        required: ['terms'],
        additionalProperties: false,
      },
      partialTerms: patternList,
    },
    required: ['slot'],
    additionalProperties: false,
  },
  genre: {
    type: 'object',
    properties: {
      title: patternList,
      topic: patternList,
      formula: patternList,
      // A look-alike kind is named (`{ id, name, patterns }`) so that an assessment can say what the
      // document was taken for; a bare pattern is an unnamed look-alike.
      lookalikes: {
        type: 'array',
        minItems: 1,
        items: {
          anyOf: [
            { type: 'string', minLength: 1 },
            {
              type: 'object',
              properties: {
                id: slotRef,
                name: localizedText,
                patterns: patternList,
                cues: patternList,
                minCues: { type: 'integer', minimum: 1 },
                roleShare: {
                  type: 'object',
                  properties: { role: slotRef, min: { type: 'number', minimum: 0, maximum: 1 } },
                  required: ['role', 'min'],
                  additionalProperties: false,
                },
              },
              required: ['id', 'name', 'patterns'],
              additionalProperties: false,
            },
          ],
        },
      },
      structure: {
        type: 'object',
        properties: { slots: { type: 'array', minItems: 1, items: slotRef }, min: { type: 'integer', minimum: 1 } },
        required: ['slots', 'min'],
        additionalProperties: false,
      },
    },
    required: ['title', 'topic'],
    additionalProperties: false,
  },
  causes: {
    type: 'object',
    properties: {
      in: slotRef,
      markers: patternList,
      implicit: patternList,
      dedicated: patternList,
      minCauses: { type: 'integer', minimum: 1 },
      ratio: { type: 'number', minimum: 0, maximum: 1 },
    },
    required: ['in', 'markers'],
    additionalProperties: false,
  },
  termGroups: {
    type: 'object',
    properties: {
      in: slotRef,
      groups: { type: 'object', minProperties: 1, additionalProperties: patternList },
      // A group named as an object and an action in one clause ("执法信息及时公开"), besides its patterns.
      concepts: {
        type: 'object',
        additionalProperties: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            properties: { objects: patternList, actions: patternList, window: { type: 'integer', minimum: 2 } },
            required: ['objects', 'actions'],
            additionalProperties: false,
          },
        },
      },
      collective: patternList,
      falseFriends: patternList,
      exclude: { type: 'array', items: slotRef },
      roles: { type: 'array', minItems: 1, items: slotRef },
    },
    required: ['groups'],
    additionalProperties: false,
  },
  figures: {
    type: 'object',
    properties: { in: slotRef, units: patternList, min: { type: 'integer', minimum: 1 } },
    additionalProperties: false,
  },
  deadline: {
    type: 'object',
    properties: {
      date: { enum: ['published', 'signed'] },
      month: { type: 'integer', minimum: 1, maximum: 12 },
      day: { type: 'integer', minimum: 1, maximum: 31 },
      yearOffset: { type: 'integer', minimum: 0, maximum: 5 },
      signedFallback: { type: 'boolean' },
    },
    required: ['month', 'day'],
    additionalProperties: false,
  },
  terms: {
    type: 'object',
    properties: {
      terms: patternList,
      match: { enum: ['all', 'any', 'atLeast'] },
      count: { type: 'integer', minimum: 1 },
      in: slotRef,
      exclude: { type: 'array', items: slotRef },
      partial: { type: 'integer', minimum: 1 },
    },
    required: ['terms'],
    additionalProperties: false,
    // "at least" needs a number; without one the requirement would mean nothing.
    if: { properties: { match: { const: 'atLeast' } }, required: ['match'] },
    then: { required: ['count'] },
  },
  order: {
    type: 'object',
    properties: { slots: { type: 'array', minItems: 2, uniqueItems: true, items: slotRef } },
    required: ['slots'],
    additionalProperties: false,
  },
  length: {
    type: 'object',
    properties: { in: slotRef, min: { type: 'integer', minimum: 1 }, partial: { type: 'integer', minimum: 1 } },
    required: ['min'],
    additionalProperties: false,
  },
} as const;

/** Names of the check kinds (see {@link CheckKindOptions}, the list a new kind starts from). */
export type CheckKindName = keyof CheckKindOptions;

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Compile-time check: the leaf schemas name exactly the kinds of CheckKindOptions, ifThen (which nests
 * the others) aside. A kind added to one and not the other fails to compile here.
 */
export const LEAF_SCHEMAS_COVER_KINDS: SameKeys<keyof typeof LEAF_SCHEMAS, Exclude<CheckKindName, 'ifThen'>> = true;

/** The `$id` of the check schema: `ifThen` refers back to it for its `if` and `then`. */
export const CHECK_SPEC_ID = 'urn:compliance-checklist:check';

function checkObject(properties: Record<string, object>): Record<string, unknown> {
  return { type: 'object', minProperties: 1, maxProperties: 1, properties, additionalProperties: false };
}

function ifThenSchema(nested: object): object {
  return { type: 'object', properties: { if: nested, then: nested }, required: ['if', 'then'], additionalProperties: false };
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
  return { $id: CHECK_SPEC_ID, ...checkObject({ ...LEAF_SCHEMAS, ifThen: ifThenSchema({ $ref: '#' }) }) };
}

/**
 * The options schema of each check kind, standalone: here `ifThen` nests only kinds that do not
 * nest. Prefer {@link checkSpecSchema}, which nests to any depth.
 */
export const CHECK_KIND_SCHEMAS: Readonly<Record<CheckKindName, object>> = { ...LEAF_SCHEMAS, ifThen: ifThenSchema(checkObject(LEAF_SCHEMAS)) };

/** Where a kind's options hold regular expressions, slot ids, scopes and nested checks. */
export interface CheckKindFields {
  /** Paths of regular-expression sources; `*` stands for every key of a map or item of a list. */
  patterns: string[][];
  /** Paths of slot ids. */
  slots: string[][];
  /** Paths of scopes: a slot id, or one of `words` (see {@link SCOPE_WORDS}), which is not a slot. */
  scopes?: Array<{ path: string[]; words: Array<keyof typeof SCOPE_WORDS> }>;
  /** Paths of nested checks (`{ <kind>: options }`), whose own fields count too. */
  nested?: string[][];
}

/** The fields of each check kind. */
export const CHECK_KIND_FIELDS: Readonly<Record<CheckKindName, CheckKindFields>> = {
  // Pattern lists end in `*`: each item is a pattern to compile, not the list itself.
  section: { patterns: [['passage', 'terms', '*'], ['passage', 'unless', '*'], ['partialTerms', '*']], slots: [['slot'], ['passage', 'exclude', '*']] },
  genre: { patterns: [['title', '*'], ['topic', '*'], ['formula', '*'], ['lookalikes', '*'], ['lookalikes', '*', 'patterns', '*'], ['lookalikes', '*', 'cues', '*']], slots: [['structure', 'slots', '*']] },
  causes: { patterns: [['markers', '*'], ['implicit', '*'], ['dedicated', '*']], slots: [['in']] },
  termGroups: {
    patterns: [['groups', '*', '*'], ['collective', '*'], ['falseFriends', '*'], ['concepts', '*', '*', 'objects', '*'], ['concepts', '*', '*', 'actions', '*']],
    slots: [['in'], ['exclude', '*']],
  },
  figures: { patterns: [], slots: [['in']] },
  deadline: { patterns: [], slots: [] },
  terms: { patterns: [['terms', '*']], slots: [['exclude', '*']], scopes: [{ path: ['in'], words: ['report', 'headings'] }] },
  order: { patterns: [], slots: [['slots', '*']] },
  length: { patterns: [], slots: [], scopes: [{ path: ['in'], words: ['report'] }] },
  ifThen: { patterns: [], slots: [], nested: [['if'], ['then']] },
};

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
  return entry && Object.hasOwn(CHECK_KIND_FIELDS, entry[0]) ? (entry as [CheckKindName, unknown]) : null;
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
  const fields = Object.hasOwn(CHECK_KIND_FIELDS, kind) ? CHECK_KIND_FIELDS[kind as CheckKindName] : undefined;
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

/** Options that contradict each other, as a path from the options and a message code with its values. */
export interface OptionProblem {
  path: Array<string | number>;
  key: Extract<ProblemKey, 'COUNT_WITHOUT_AT_LEAST' | 'COUNT_ABOVE_TERMS' | 'PARTIAL_NOT_BELOW_TERMS' | 'PARTIAL_NOT_BELOW_MIN'>;
  params: Record<string, number>;
}

/** Numbers in options that contradict each other, so that a status could never be reached. */
function leafProblems(kind: string, o: Record<string, unknown>): OptionProblem[] {
  const problems: OptionProblem[] = [];
  const say = (path: string, key: OptionProblem['key'], params: Record<string, number> = {}) => problems.push({ path: [path], key, params });
  if (kind === 'terms' && Array.isArray(o.terms)) {
    const distinct = new Set(o.terms).size;
    if (o.count !== undefined && o.match !== 'atLeast') say('count', 'COUNT_WITHOUT_AT_LEAST');
    if (typeof o.count === 'number' && o.count > distinct) say('count', 'COUNT_ABOVE_TERMS', { count: o.count, distinct });
    const needed = o.match === 'any' ? 1 : o.match === 'atLeast' && typeof o.count === 'number' ? Math.min(o.count, distinct) : distinct;
    if (typeof o.partial === 'number' && o.partial >= needed) say('partial', 'PARTIAL_NOT_BELOW_TERMS', { needed });
  }
  if (kind === 'length' && typeof o.partial === 'number' && typeof o.min === 'number' && o.partial >= o.min) say('partial', 'PARTIAL_NOT_BELOW_MIN', { min: o.min });
  return problems;
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
  if (!options || typeof options !== 'object' || !Object.hasOwn(CHECK_KIND_FIELDS, kind)) return [];
  const problems = leafProblems(kind, options as Record<string, unknown>);
  for (const { path, value } of valuesAt(options, CHECK_KIND_FIELDS[kind as CheckKindName].nested ?? [])) {
    const nested = nestedCheck(value);
    if (!nested) continue;
    problems.push(...checkOptionProblems(nested[0], nested[1]).map((p) => ({ ...p, path: [...path, nested[0], ...p.path] })));
  }
  return problems;
}
