/**
 * Schema validation with validators that ajv compiled at build time (scripts/precompile-schema.ts):
 * nothing here imports ajv, so neither a browser bundle nor the CLI's start pays for its compiler.
 * Every error becomes a problem with the place of the offending value and a message that says what
 * to change.
 */
import type { ErrorCode, ProblemKey, RuleSetProblem } from '../errors.js';
import type { CheckKindName } from './check-kinds.js';
import { validate as validateRuleSetData } from './rule-set-validator.generated.js';
import { PRECOMPILED } from './schema-validators.generated.js';
import type { SchemaError, Validator } from './schema-error.js';
import { didYouMean, suggest } from './suggest.js';
import { problemAt, type YamlSource } from './yaml-source.js';

export { suggest } from './suggest.js';

type Path = Array<string | number>;

/** The schemas validated at run time: the rule set, a waivers file, or one check kind's options. */
export type SchemaName = 'ruleSet' | 'waivers' | CheckKindName;

/**
 * The precompiled validator of a schema, by name: the compiler checks that every name has one.
 *
 * @example
 * const validate = validatorFor('waivers')
 * if (!validate(data)) console.log(validate.errors)
 */
export function validatorFor(name: SchemaName): Validator {
  if (name === 'ruleSet') return validateRuleSetData as unknown as Validator;
  return PRECOMPILED[name] as unknown as Validator;
}

/** What an ajv error says: the English message, its code and parameters for the catalogues. */
interface Described {
  message: string;
  key?: string;
  problem?: ProblemKey;
  params?: Record<string, string | number>;
}

function describeType(p: Record<string, unknown>): Described {
  const type = String(p.type);
  const message = `must be ${type === 'integer' ? 'a whole number' : type === 'object' ? 'an object' : type === 'array' ? 'a list' : `a ${type}`}`;
  return { message, problem: 'WRONG_TYPE', params: { type } };
}

function describeEnum(error: SchemaError): Described {
  const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
  const strings = allowed.filter((v): v is string => typeof v === 'string');
  const hint = typeof error.data === 'string' ? didYouMean(error.data, strings, '') : '';
  const suggestion = typeof error.data === 'string' ? suggest(error.data, strings) : null;
  const message = `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}${hint.startsWith(' (did') ? hint : ''}`;
  return { message, problem: 'NOT_ALLOWED_VALUE', params: { allowed: allowed.map(String).join(', '), suggestion: suggestion ?? '' } };
}

function describeUnknownKey(error: SchemaError, p: Record<string, unknown>): Described {
  const key = String(p.additionalProperty);
  const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  const message = `has an unknown key "${key}"${didYouMean(key, allowed, 'allowed')}`;
  return { key, message, problem: 'UNKNOWN_KEY', params: { key, allowed: allowed.join(', '), suggestion: suggest(key, allowed) ?? '' } };
}

function describe(error: SchemaError): Described {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return describeType(p);
    case 'required':
      return { message: `is missing the required key "${String(p.missingProperty)}"`, problem: 'MISSING_KEY', params: { key: String(p.missingProperty) } };
    case 'additionalProperties':
      return describeUnknownKey(error, p);
    case 'enum':
      return describeEnum(error);
    case 'const':
      return { message: `must be ${JSON.stringify(p.allowedValue)}`, problem: 'NOT_CONSTANT', params: { value: JSON.stringify(p.allowedValue) } };
    case 'minimum':
    case 'maximum': {
      const relation = error.keyword === 'minimum' ? '>=' : '<=';
      return { message: `must be ${relation} ${String(p.limit)}`, problem: 'OUT_OF_RANGE', params: { relation, limit: String(p.limit) } };
    }
    case 'minItems':
      return { message: `must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}: an empty list can never match`, problem: 'EMPTY_LIST', params: { limit: Number(p.limit) } };
    case 'uniqueItems':
      return { message: `lists the same item twice (items ${String(p.j)} and ${String(p.i)}); remove one`, problem: 'DUPLICATE_ITEM', params: { first: Number(p.j), second: Number(p.i) } };
    case 'minLength':
      return { message: 'must not be empty', problem: 'EMPTY_TEXT' };
    case 'pattern':
      return { message: `must match ${String(p.pattern)} (ids are kebab-case, versions look like 1.0.0)`, problem: 'BAD_PATTERN', params: { pattern: String(p.pattern) } };
    case 'minProperties':
    case 'maxProperties':
      return describeProperties(error);
    case 'not':
      return describeNot(error);
    default:
      // A keyword no rule-set or waivers schema uses today: still coded, so it is said in the user's language.
      return { message: `is not valid (${error.keyword})`, problem: 'NOT_VALID', params: { keyword: error.keyword } };
  }
}

/** `not: { const: … }` keeps a name for the language itself: a role may not be called `done`. */
function describeNot(error: SchemaError): Described {
  const reserved = (error.parentSchema as { not?: { const?: unknown } } | undefined)?.not?.const;
  if (typeof reserved === 'string') return { message: `"${reserved}" is a reserved name; choose another`, problem: 'RESERVED_NAME', params: { name: reserved } };
  return { message: `is not valid (${error.keyword})`, problem: 'NOT_VALID', params: { keyword: error.keyword } };
}

function describeProperties(error: SchemaError): Described {
  const limit = String((error.params as { limit: number }).limit);
  const kinds = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  if (error.parentSchema?.maxProperties === 1 && kinds.length > 0) {
    return { message: `must name exactly one check kind (${kinds.join(', ')})`, problem: 'ONE_CHECK_KIND', params: { kinds: kinds.join(', ') } };
  }
  const bound = error.keyword === 'minProperties' ? 'at least' : 'at most';
  return { message: `must have ${bound} ${limit} key(s)`, problem: 'KEY_COUNT', params: { bound: error.keyword === 'minProperties' ? 'min' : 'max', limit } };
}

function toPath(pointer: string): Path {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

// Summaries of branches that report their own failures, and the failed `if` of an if/then/else.
const NOISE = new Set(['anyOf', 'if', 'propertyNames']);

function toProblem(error: SchemaError, source: YamlSource, base: Path, code: ErrorCode): RuleSetProblem {
  const path = [...base, ...toPath(error.instancePath)];
  // Inside propertyNames, the offending value is a key: place the problem there.
  const keyName = (error as { propertyName?: string }).propertyName;
  const described = describe(error);
  const key = keyName ?? described.key;
  const hint = (error.parentSchema as { 'x-hint'?: string } | undefined)?.['x-hint'];
  const kebab = keyName !== undefined && error.keyword === 'pattern';
  let message = kebab ? `is not a kebab-case id` : described.message;
  // A node's own hint says what its pattern means better than the generic note about ids and versions.
  if (hint && error.keyword === 'pattern') message = message.replace(/ \(ids are kebab-case, versions look like 1\.0\.0\)$/, '');
  // The hint says how to write a value; a reserved name is written correctly and needs none.
  if (hint && error.keyword !== 'not') message = `${message}: ${hint}`;
  const problem = problemAt(source, code, key !== undefined ? [...path, key] : path, message, key !== undefined);
  const problemKey = kebab ? 'NOT_KEBAB_ID' : described.problem;
  if (problemKey === undefined) return problem;
  problem.key = problemKey;
  problem.params = described.params ?? {};
  return problem;
}

/**
 * Every problem ajv found, each with its place. `base` is the data path of the validated value in
 * the source (for a part of a file validated on its own).
 *
 * @example
 * const validate = validatorFor('waivers')
 * if (!validate(value)) problems.push(...schemaProblems(validate.errors, source, ['requirements', 2, 'conditions']))
 */
export function schemaProblems(errors: SchemaError[] | null | undefined, source: YamlSource, base: Path = [], code: ErrorCode = 'RULESET_SCHEMA'): RuleSetProblem[] {
  const seen = new Set<string>();
  const problems: RuleSetProblem[] = [];
  for (const error of errors ?? []) {
    if (NOISE.has(error.keyword)) continue;
    const problem = toProblem(error, source, base, code);
    const text = `${problem.path} ${problem.message}`;
    if (seen.has(text)) continue;
    seen.add(text);
    problems.push(problem);
  }
  return collapseLocalized(problems).sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Validates data against the rule-set schema; returns every problem with its place.
 *
 * @example
 * const problems = validateSchema(parseYamlSource(text, 'city.yaml').source)
 */
export function validateSchema(source: YamlSource): RuleSetProblem[] {
  const validate = validatorFor('ruleSet');
  return validate(source.data) ? [] : schemaProblems(validate.errors, source);
}

// A localized text may be a string or a {zh-CN, en} map; when both branches fail, say it once.
function collapseLocalized(problems: RuleSetProblem[]): RuleSetProblem[] {
  const byPath = new Map<string, RuleSetProblem[]>();
  for (const p of problems) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);
  const deeper = (path: string) => problems.some((q) => q.path.startsWith(`${path}.`) || q.path.startsWith(`${path}[`));
  return problems.flatMap((p) => {
    // A map was given where a text or a map is allowed: its own problems say it all.
    if (p.message === 'must be a string' && deeper(p.path)) return [];
    const same = byPath.get(p.path) ?? [];
    const isLocalizedPair = same.length === 2 && same.some((s) => s.message === 'must be a string') && same.some((s) => s.message === 'must be an object');
    if (!isLocalizedPair) return [p];
    return p.message === 'must be a string' ? [{ ...p, message: 'must be a text, or a map of texts by locale (zh-CN, en)', key: 'TEXT_OR_LOCALES' as const, params: {} }] : [];
  });
}
