/**
 * Raw json-rules-engine `conditions`, checked when the rule set loads rather than when a report is
 * assessed: every leaf names a fact the engine has, an operator it knows and a value; a check-kind
 * fact's params are that kind's options (schema, slots, patterns); a `matches` pattern compiles and
 * cannot backtrack catastrophically. Each problem has the place of the offending value.
 */
import type { RuleSetProblem } from '../errors.js';
import { CHECK_KIND_SCHEMAS } from './check-kinds.js';
import { checkOptionsProblems, type RefContext } from './check-options.js';
import { conditionFacts, META_FIELDS, OPERATOR_DECORATORS, OPERATORS } from './condition-vocabulary.js';
import { patternProblem } from './pattern-safety.js';
import { didYouMean, suggest } from './suggest.js';
import { schemaProblems, validatorFor } from './validate-schema.js';
import { problemAt } from './yaml-source.js';

type Path = Array<string | number>;
type Data = Record<string, unknown>;

const LEAF_KEYS = ['fact', 'operator', 'value', 'path', 'params', 'name', 'priority'];
const BRANCH_KEYS = ['all', 'any', 'not', 'name', 'priority'];
const SHAPE = 'must be a condition: a map with one of all, any or not, or a leaf with fact, operator and value';

interface Walk {
  ctx: RefContext;
  owner: string;
  problems: RuleSetProblem[];
}

function say(w: Walk, path: Path, message: string, code: 'RULESET_SCHEMA' | 'RULESET_INVALID' = 'RULESET_INVALID', key = false): void {
  w.problems.push(problemAt(w.ctx.source, code, path, `(${w.owner}) ${message}`, key));
}

/** Reports unknown keys; returns the keys they were likely meant to be, so those are not also "missing". */
function unknownKeys(w: Walk, node: Data, at: Path, allowed: string[]): Set<string> {
  const meant = new Set<string>();
  for (const key of Object.keys(node)) {
    if (allowed.includes(key)) continue;
    const hint = suggest(key, allowed);
    if (hint) meant.add(hint);
    say(w, [...at, key], `has an unknown key "${key}"${didYouMean(key, allowed, 'allowed')}`, 'RULESET_SCHEMA', true);
  }
  return meant;
}

function checkNode(w: Walk, node: unknown, at: Path): void {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return say(w, at, SHAPE, 'RULESET_SCHEMA');
  const n = node as Data;
  if ('condition' in n) return say(w, [...at, 'condition'], 'refers to a shared condition, which rule sets cannot define; write the conditions here, or use appliesTo to depend on another requirement', 'RULESET_INVALID', true);
  if ('fact' in n || 'operator' in n) return checkLeaf(w, n, at);
  const branches = ['all', 'any', 'not'].filter((k) => k in n);
  if (branches.length !== 1) return say(w, at, branches.length ? `combines ${branches.join(' and ')}; nest them instead, e.g. { all: [ { any: [...] }, … ] }` : SHAPE, 'RULESET_SCHEMA');
  unknownKeys(w, n, at, BRANCH_KEYS);
  const [op] = branches as ['all' | 'any' | 'not'];
  if (op === 'not') return checkNode(w, n.not, [...at, 'not']);
  const list = n[op];
  if (!Array.isArray(list)) return say(w, [...at, op], 'must be a list of conditions', 'RULESET_SCHEMA');
  // json-rules-engine passes an empty `all` or `any` alike: either way nothing is checked.
  if (list.length === 0) return say(w, [...at, op], `is an empty list, so it ${op === 'all' ? 'always passes' : 'never passes'}; list at least one condition`);
  list.forEach((child, i) => checkNode(w, child, [...at, op, i]));
}

function checkLeaf(w: Walk, leaf: Data, at: Path): void {
  const meant = unknownKeys(w, leaf, at, LEAF_KEYS);
  for (const key of ['fact', 'operator', 'value']) {
    if (!(key in leaf) && !meant.has(key)) say(w, at, `is missing the required key "${key}": a leaf condition needs fact, operator and value`, 'RULESET_SCHEMA');
  }
  const facts = conditionFacts();
  if ('fact' in leaf) checkFact(w, leaf.fact, [...at, 'fact'], facts);
  if (typeof leaf.operator === 'string') checkOperator(w, leaf.operator, [...at, 'operator']);
  else if ('operator' in leaf) say(w, [...at, 'operator'], `must be the name of an operator (${OPERATORS.join(', ')})`, 'RULESET_SCHEMA');
  if (leaf.operator === 'matches' && 'value' in leaf) checkMatches(w, leaf.value, [...at, 'value']);
  const value = leaf.value as Data | undefined;
  if (value && typeof value === 'object' && !Array.isArray(value) && 'fact' in value) checkFact(w, value.fact, [...at, 'value', 'fact'], facts);
  if (typeof leaf.fact !== 'string' || !facts.has(leaf.fact)) return;
  const kind = facts.get(leaf.fact) ?? null;
  if (kind === null) checkMeta(w, leaf, at);
  else checkKindParams(w, kind, leaf, at);
}

function checkFact(w: Walk, fact: unknown, at: Path, facts: ReadonlyMap<string, unknown>): void {
  if (typeof fact === 'string' && facts.has(fact)) return;
  const known = [...facts.keys()];
  const shown = typeof fact === 'string' ? `"${fact}"` : JSON.stringify(fact);
  const hint = typeof fact === 'string' ? didYouMean(fact, known, 'facts') : ` (facts: ${known.join(', ')})`;
  const meta = typeof fact === 'string' && (META_FIELDS as readonly string[]).includes(fact) ? `; for the report's ${fact}, write fact: meta, path: $.${fact}` : '';
  say(w, at, `names the fact ${shown}, which the engine does not have${hint}${meta}`);
}

function checkOperator(w: Walk, operator: string, at: Path): void {
  const parts = operator.split(':');
  const name = parts.pop() as string;
  for (const decorator of parts) {
    if (decorator === 'not') say(w, at, 'uses the "not:" decorator, which would pass when the fact could not be measured; use notEqual, notIn, doesNotContain or a not block, which fail closed');
    else if (!(OPERATOR_DECORATORS as readonly string[]).includes(decorator)) say(w, at, `uses the unknown operator decorator "${decorator}"${didYouMean(decorator, OPERATOR_DECORATORS, 'decorators')}`);
  }
  if (!(OPERATORS as readonly string[]).includes(name)) say(w, at, `names the operator "${name}", which the engine does not know${didYouMean(name, OPERATORS, 'operators')}`);
}

function checkMatches(w: Walk, value: unknown, at: Path): void {
  if (typeof value !== 'string') return say(w, at, 'must be a regular expression (a string) for the matches operator', 'RULESET_SCHEMA');
  const problem = patternProblem(value);
  if (problem) say(w, at, problem);
}

// A path to a field the report lacks is allowed: the fact is then unmeasured and the finding unknown.
function checkMeta(w: Walk, leaf: Data, at: Path): void {
  if ('params' in leaf) say(w, [...at, 'params'], 'is not read by the meta fact; remove it', 'RULESET_INVALID', true);
  if (leaf.path === undefined) say(w, at, `needs a path into the meta fact (${META_FIELDS.map((f) => `$.${f}`).join(', ')})`, 'RULESET_SCHEMA');
  else checkPath(w, leaf.path, [...at, 'path']);
}

function checkPath(w: Walk, path: unknown, at: Path): void {
  if (typeof path !== 'string' || !path.startsWith('$')) say(w, at, 'must be a JSONPath starting with $ (e.g. $.found, $.year)', 'RULESET_SCHEMA');
}

function checkKindParams(w: Walk, kind: keyof typeof CHECK_KIND_SCHEMAS, leaf: Data, at: Path): void {
  if (leaf.path !== undefined) checkPath(w, leaf.path, [...at, 'path']);
  if (!('params' in leaf)) return say(w, at, `needs params: the options of a ${kind} check, e.g. ${kind === 'section' ? '{ slot: plan }' : 'as under check:'}`, 'RULESET_SCHEMA');
  const validate = validatorFor(kind);
  if (!validate(leaf.params)) {
    w.problems.push(...schemaProblems(validate.errors, w.ctx.source, [...at, 'params']));
    return;
  }
  w.problems.push(...checkOptionsProblems(kind, leaf.params, [...at, 'params'], w.owner, w.ctx));
}

/**
 * Problems in a requirement's raw `conditions` (`{ met, partial? }`), in source order.
 *
 * @example
 * checkConditions(req.conditions, ['requirements', 4, 'conditions'], 'requirement "custom-raw"', ctx)
 */
export function checkConditions(conditions: unknown, at: Path, owner: string, ctx: RefContext): RuleSetProblem[] {
  const w: Walk = { ctx, owner, problems: [] };
  if (!conditions || typeof conditions !== 'object') return [];
  for (const status of ['met', 'partial'] as const) {
    const node = (conditions as Data)[status];
    // The schema has already said when met is missing or a status is not a map.
    if (node && typeof node === 'object' && !Array.isArray(node)) checkNode(w, node, [...at, status]);
  }
  return w.problems;
}
