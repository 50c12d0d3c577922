/**
 * Checks the schema cannot express: references between parts of a rule set (slots, requirement ids,
 * overrides), requirements left incomplete, patterns that do not compile or may backtrack
 * catastrophically, raw conditions. A requirement that can never match is a rule-set error, not a
 * silent pass. The checks read data that may also have schema problems, and skip what they cannot
 * read, so that one run reports both kinds of mistake.
 */
import type { ProblemKey, RuleSetProblem } from '../errors.js';
import { checkConditions } from './check-conditions.js';
import { checkOptionsProblems, type RefContext } from './check-options.js';
import { applyLayer, mergeRequirement, type Composed } from './compose.js';
import { patternProblem } from './pattern-safety.js';
import { REQUIRED_REQUIREMENT_KEYS } from './schema.js';
import { hintParams, keyedProblem, patternKey } from './keyed-problem.js';
import { suggest } from './suggest.js';
import type { YamlSource } from './yaml-source.js';

type Path = Array<string | number>;
type Data = Record<string, unknown>;

const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a file inherits: its bases composed, or null when a base could not be read. */
export interface Inherited {
  composed: Composed | null;
  /** True when the file lists any base in `extends`. */
  extended: boolean;
}

interface Scope {
  ctx: RefContext;
  data: Data;
  inherited: Inherited;
  problems: RuleSetProblem[];
}

type Params = Record<string, string | number>;

function say(s: Scope, path: Path, key: ProblemKey, params: Params, options: { code?: 'RULESET_INVALID' | 'RULESET_SCHEMA'; owner?: string; atKey?: boolean } = {}): void {
  s.problems.push(keyedProblem(s.ctx.source, options.code ?? 'RULESET_INVALID', path, key, params, options));
}

function ownRequirements(data: Data): Array<[Data, number]> {
  return Array.isArray(data.requirements) ? data.requirements.flatMap((r, i): Array<[Data, number]> => (isRecord(r) ? [[r, i]] : [])) : [];
}

function checkPatterns(s: Scope, list: unknown, at: Path, owner: string): void {
  if (!Array.isArray(list)) return;
  list.forEach((p, i) => {
    const problem = typeof p === 'string' ? patternProblem(p) : null;
    if (problem) {
      const { key, params } = patternKey(p as string, problem);
      say(s, [...at, i], key, params, owner ? { owner } : {});
    }
  });
}

function checkSections(s: Scope, roleIds: ReadonlySet<string> | null): void {
  if (!isRecord(s.data.sections)) return;
  for (const [id, slot] of Object.entries(s.data.sections)) {
    if (!isRecord(slot)) continue;
    for (const list of ['headings', 'exclude'] as const) checkPatterns(s, slot[list], ['sections', id, list], `slot "${id}"`);
    const fallback = isRecord(slot.fallback) ? slot.fallback : {};
    const lists: Array<[unknown, Path]> = [[slot.roles, ['sections', id, 'roles']]];
    for (const [kind, options] of Object.entries(fallback)) if (isRecord(options)) lists.push([options.roles, ['sections', id, 'fallback', kind, 'roles']]);
    for (const [roles, at] of lists) {
      if (!Array.isArray(roles)) continue;
      roles.forEach((role, i) => {
        if (typeof role === 'string' && roleIds && role !== 'done' && !roleIds.has(role)) {
          say(s, [...at, i], 'UNDEFINED_ROLE', { slot: id, role, ...hintParams(role, ['done', ...roleIds]) });
        }
      });
    }
  }
}

function checkRoles(s: Scope): void {
  if (!isRecord(s.data.roles)) return;
  for (const [id, role] of Object.entries(s.data.roles)) {
    if (!isRecord(role)) continue;
    for (const list of ['patterns', 'unless'] as const) checkPatterns(s, role[list], ['roles', id, list], `role "${id}"`);
  }
}

/**
 * A requirement that no base defines is new, so it must be complete; a likely misspelt id is named.
 * Returns true when it reported the requirement (which then needs no other word about its check).
 */
function checkComplete(s: Scope, req: Data, at: Path, inheritedIds: string[]): boolean {
  const missing = REQUIRED_REQUIREMENT_KEYS.filter((k) => !(k in req));
  if (missing.length === 0) return false;
  say(s, at, 'NEW_REQUIREMENT_INCOMPLETE', {
    keys: missing.join(', '),
    id: String(req.id),
    suggestion: suggest(String(req.id), inheritedIds) ?? '',
    required: REQUIRED_REQUIREMENT_KEYS.join(', '),
    needsCheck: 'check' in req || 'conditions' in req ? 0 : 1,
  }, { code: 'RULESET_SCHEMA' });
  return true;
}

function checkRequirement(s: Scope, req: Data, index: number, firstUse: Map<string, number>): void {
  const at: Path = ['requirements', index];
  const id = typeof req.id === 'string' ? req.id : null;
  if (id !== null && firstUse.has(id)) say(s, [...at, 'id'], 'DUPLICATE_ID', { id, first: firstUse.get(id) as number });
  else if (id !== null) firstUse.set(id, index);
  const owner = `requirement "${id ?? index}"`;
  const composed = s.inherited.composed;
  const base = id !== null ? composed?.requirements.find((r) => r.id === id) : undefined;
  const incomplete = s.inherited.extended && !base && composed !== null && id !== null && checkComplete(s, req, at, composed.requirements.map((r) => String(r.id)));
  const merged = base ? mergeRequirement(base, req) : req;
  const known = !incomplete && (base !== undefined || !s.inherited.extended || composed !== null);
  if (known && Boolean(merged.check) === Boolean(merged.conditions)) {
    say(s, at, 'CHECK_OR_CONDITIONS', { id: id ?? index, both: merged.check ? 1 : 0 });
  }
  if (isRecord(req.check)) {
    const kinds = Object.keys(req.check);
    if (kinds.length === 1) s.problems.push(...checkOptionsProblems(kinds[0] as string, req.check[kinds[0] as string], [...at, 'check', kinds[0] as string], owner, s.ctx));
  }
  if ('conditions' in req) s.problems.push(...checkConditions(req.conditions, [...at, 'conditions'], owner, s.ctx));
}

function checkOverrides(s: Scope, final: Composed, before: Composed | null): void {
  if (!isRecord(s.data.overrides) || !before) return;
  const ids = before.requirements.map((r) => String(r.id));
  for (const id of Object.keys(s.data.overrides)) {
    if (!ids.includes(id)) {
      say(s, ['overrides', id], 'UNKNOWN_OVERRIDE', { id, ...hintParams(id, ids), extended: s.inherited.extended ? 1 : 0 }, { atKey: true });
    }
  }
  for (const r of final.requirements) {
    const target = isRecord(r.appliesTo) ? r.appliesTo.requirement : undefined;
    const offAt = typeof target === 'string' ? final.removed.get(target) : undefined;
    if (offAt) say(s, offAt, 'APPLIES_TO_SWITCHED_OFF', { id: String(target), requirement: String(r.id) });
  }
}

function checkAppliesTo(s: Scope, final: Composed): void {
  const ids = new Set(final.requirements.map((r) => r.id));
  for (const [req, index] of ownRequirements(s.data)) {
    const target = isRecord(req.appliesTo) ? req.appliesTo.requirement : undefined;
    if (typeof target !== 'string') continue;
    const at = ['requirements', index, 'appliesTo', 'requirement'];
    if (target === req.id) say(s, at, 'APPLIES_TO_SELF', {});
    else if (!ids.has(target) && !final.removed.has(target) && s.inherited.composed) {
      say(s, at, 'APPLIES_TO_UNDEFINED', { id: target, ...hintParams(target, [...ids].map(String)) });
    }
  }
}

/** The gate names a requirement of the composed rule set, and no override switches it off. */
function checkGate(s: Scope, final: Composed): void {
  const target = final.gate?.requirement;
  if (typeof target !== 'string') return;
  const offAt = final.removed.get(target);
  const ids = final.requirements.map((r) => String(r.id));
  if (offAt) say(s, offAt, 'GATE_SWITCHED_OFF', { id: target });
  else if (isRecord(s.data.gate) && !ids.includes(target)) say(s, ['gate', 'requirement'], 'GATE_UNDEFINED', { id: target, ...hintParams(target, ids) });
}

function checkScoring(s: Scope, final: Composed): void {
  const own = isRecord(s.data.scoring) ? s.data.scoring : {};
  const grades = Array.isArray(own.grades) ? own.grades : [];
  if (grades.length > 0 && !grades.some((g) => isRecord(g) && g.min === 0)) {
    say(s, ['scoring', 'grades'], 'GRADES_WITHOUT_ZERO', {});
  }
  if (final.scoring.model !== 'pass-fail') return;
  for (const key of ['passMark', 'grades'] as const) {
    if (key in own) say(s, ['scoring', key], 'PASS_FAIL_IGNORES', { key }, { atKey: true });
  }
}

function checkWeights(s: Scope, final: Composed): void {
  if ((final.scoring.model ?? 'weighted') !== 'weighted') return;
  const weights = final.requirements.map((r) => r.weight);
  if (weights.length === 0 || !weights.every((w) => typeof w === 'number' && w >= 0)) return;
  if ((weights as number[]).reduce((a, b) => a + b, 0) <= 0) {
    say(s, 'requirements' in s.data ? ['requirements'] : ['overrides'], 'WEIGHTS_ZERO', {});
  }
}

/**
 * Every cross-reference problem in one rule-set file, given what it inherits from its bases.
 *
 * @param root true for the file being loaded (not a base): checks that only the whole rule set can
 *   answer (the weights add up to more than 0) run there.
 * @example
 * const problems = checkSemantics(source.data, source, { composed: emptyComposed(), extended: false }, true)
 */
export function checkSemantics(data: Data, source: YamlSource, inherited: Inherited, root = true): RuleSetProblem[] {
  const before = inherited.composed ? applyLayer(inherited.composed, { ...data, overrides: undefined }) : null;
  const slots = before ? new Set(Object.keys(before.sections)) : null;
  const s: Scope = { ctx: { source, slots, extended: inherited.extended }, data, inherited, problems: [] };
  checkSections(s, before ? new Set(Object.keys(before.roles)) : null);
  checkRoles(s);
  const firstUse = new Map<string, number>();
  for (const [req, index] of ownRequirements(data)) checkRequirement(s, req, index, firstUse);
  checkKeyFigures(s);
  const final = inherited.composed ? applyLayer(inherited.composed, data) : null;
  if (final) {
    checkOverrides(s, final, before);
    checkAppliesTo(s, final);
    checkGate(s, final);
    checkScoring(s, final);
    if (root) checkWeights(s, final);
  } else {
    checkScoring(s, { requirements: [], sections: {}, scoring: isRecord(data.scoring) ? data.scoring : {}, removed: new Map(), gate: null, roles: {} });
  }
  return s.problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The key figures' subject terms and combined cues are user patterns: each must compile and be safe. */
function checkKeyFigures(s: Scope): void {
  const kf = s.data.keyFigures;
  if (!isRecord(kf)) return;
  const lists: Array<[unknown, Path]> = [[kf.combinedCues, ['keyFigures', 'combinedCues']]];
  if (Array.isArray(kf.figures)) {
    kf.figures.forEach((f, i) => { if (isRecord(f)) lists.push([f.terms, ['keyFigures', 'figures', i, 'terms']]); });
  }
  for (const [list, at] of lists) checkPatterns(s, list, at, '');
}
