/**
 * Raw json-rules-engine `conditions`, checked when the rule set loads rather than when a report is
 * assessed: every leaf names a fact the engine has, an operator it knows and a value; a check-kind
 * fact's params are that kind's options (schema, slots, patterns); a `matches` pattern compiles and
 * cannot backtrack catastrophically. Each problem has the place of the offending value.
 */
import type { ProblemKey, RuleSetProblem } from '../errors.js';
import { CHECK_KIND_SCHEMAS } from './check-kinds.js';
import { checkOptionsProblems, type RefContext } from './check-options.js';
import { conditionFacts, META_FIELDS, OPERATOR_DECORATORS, OPERATORS } from './condition-vocabulary.js';
import { patternProblem } from './pattern-safety.js';
import { hintParams, keyedProblem, patternKey } from './keyed-problem.js';
import { suggest } from './suggest.js';
import { schemaProblems, validatorFor } from './validate-schema.js';

type Path = Array<string | number>;
type Data = Record<string, unknown>;

const LEAF_KEYS = ['fact', 'operator', 'value', 'path', 'params', 'name', 'priority'];
const BRANCH_KEYS = ['all', 'any', 'not', 'name', 'priority'];

interface Walk {
  ctx: RefContext;
  owner: string;
  problems: RuleSetProblem[];
}

type Params = Record<string, string | number>;

function say(w: Walk, path: Path, key: ProblemKey, params: Params = {}, code: 'RULESET_SCHEMA' | 'RULESET_INVALID' = 'RULESET_INVALID', atKey = false): void {
  w.problems.push(keyedProblem(w.ctx.source, code, path, key, params, { owner: w.owner, atKey }));
}

/** Reports unknown keys; returns the keys they were likely meant to be, so those are not also "missing". */
function unknownKeys(w: Walk, node: Data, at: Path, allowed: string[]): Set<string> {
  const meant = new Set<string>();
  for (const key of Object.keys(node)) {
    if (allowed.includes(key)) continue;
    const hint = suggest(key, allowed);
    if (hint) meant.add(hint);
    say(w, [...at, key], 'UNKNOWN_KEY', { key, allowed: allowed.join(', '), suggestion: hint ?? '' }, 'RULESET_SCHEMA', true);
  }
  return meant;
}

function checkNode(w: Walk, node: unknown, at: Path): void {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return say(w, at, 'NOT_A_CONDITION', {}, 'RULESET_SCHEMA');
  const n = node as Data;
  if ('condition' in n) return say(w, [...at, 'condition'], 'SHARED_CONDITION', {}, 'RULESET_INVALID', true);
  if ('fact' in n || 'operator' in n) return checkLeaf(w, n, at);
  const branches = ['all', 'any', 'not'].filter((k) => k in n);
  if (branches.length > 1) return say(w, at, 'BRANCHES_COMBINED', { branches: branches.join(', ') }, 'RULESET_SCHEMA');
  if (branches.length === 0) return say(w, at, 'NOT_A_CONDITION', {}, 'RULESET_SCHEMA');
  unknownKeys(w, n, at, BRANCH_KEYS);
  const [op] = branches as ['all' | 'any' | 'not'];
  if (op === 'not') return checkNode(w, n.not, [...at, 'not']);
  const list = n[op];
  if (!Array.isArray(list)) return say(w, [...at, op], 'NOT_A_CONDITION_LIST', {}, 'RULESET_SCHEMA');
  // json-rules-engine passes an empty `all` or `any` alike: either way nothing is checked.
  if (list.length === 0) return say(w, [...at, op], 'EMPTY_BRANCH', { op });
  list.forEach((child, i) => checkNode(w, child, [...at, op, i]));
}

function checkLeaf(w: Walk, leaf: Data, at: Path): void {
  const meant = unknownKeys(w, leaf, at, LEAF_KEYS);
  for (const key of ['fact', 'operator', 'value']) {
    if (!(key in leaf) && !meant.has(key)) say(w, at, 'LEAF_KEY_MISSING', { key }, 'RULESET_SCHEMA');
  }
  const facts = conditionFacts();
  if ('fact' in leaf) checkFact(w, leaf.fact, [...at, 'fact'], facts);
  if (typeof leaf.operator === 'string') checkOperator(w, leaf.operator, [...at, 'operator']);
  else if ('operator' in leaf) say(w, [...at, 'operator'], 'OPERATOR_NOT_TEXT', { defined: OPERATORS.join(', ') }, 'RULESET_SCHEMA');
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
  const named = typeof fact === 'string';
  const meta = named && (META_FIELDS as readonly string[]).includes(fact) ? 1 : 0;
  say(w, at, 'UNKNOWN_FACT', { fact: named ? fact : String(JSON.stringify(fact)), named: named ? 1 : 0, meta, ...(named ? hintParams(fact, known) : { suggestion: '', defined: known.join(', ') }) });
}

function checkOperator(w: Walk, operator: string, at: Path): void {
  const parts = operator.split(':');
  const name = parts.pop() as string;
  for (const decorator of parts) {
    if (decorator === 'not') say(w, at, 'NOT_DECORATOR');
    else if (!(OPERATOR_DECORATORS as readonly string[]).includes(decorator)) say(w, at, 'UNKNOWN_DECORATOR', { decorator, ...hintParams(decorator, OPERATOR_DECORATORS) });
  }
  if (!(OPERATORS as readonly string[]).includes(name)) say(w, at, 'UNKNOWN_OPERATOR', { operator: name, ...hintParams(name, OPERATORS) });
}

function checkMatches(w: Walk, value: unknown, at: Path): void {
  if (typeof value !== 'string') return say(w, at, 'MATCHES_NOT_TEXT', {}, 'RULESET_SCHEMA');
  const problem = patternProblem(value);
  if (problem) {
    const { key, params } = patternKey(value, problem);
    say(w, at, key, params);
  }
}

// A path to a field the report lacks is allowed: the fact is then unmeasured and the finding unknown.
function checkMeta(w: Walk, leaf: Data, at: Path): void {
  if ('params' in leaf) say(w, [...at, 'params'], 'META_PARAMS', {}, 'RULESET_INVALID', true);
  if (leaf.path === undefined) say(w, at, 'META_PATH_MISSING', { paths: META_FIELDS.map((f) => `$.${f}`).join(', ') }, 'RULESET_SCHEMA');
  else checkPath(w, leaf.path, [...at, 'path']);
}

function checkPath(w: Walk, path: unknown, at: Path): void {
  if (typeof path !== 'string' || !path.startsWith('$')) say(w, at, 'BAD_JSON_PATH', {}, 'RULESET_SCHEMA');
}

function checkKindParams(w: Walk, kind: keyof typeof CHECK_KIND_SCHEMAS, leaf: Data, at: Path): void {
  if (leaf.path !== undefined) checkPath(w, leaf.path, [...at, 'path']);
  if (!('params' in leaf)) return say(w, at, 'PARAMS_MISSING', { kind }, 'RULESET_SCHEMA');
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
