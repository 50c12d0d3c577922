/**
 * RuleSet → a json-rules-engine Engine, built once per rule set and reused for every report. Each
 * requirement becomes up to two rules, `<id>:met` and `<id>:partial`; each check kind is a dynamic
 * fact computed on demand from the document index and cached per run by the almanac.
 */
import { Engine } from 'json-rules-engine';
import { ChecklistError } from '../errors.js';
import { CHECK_KIND_FIELDS, type CheckKindName } from '../rules/check-kinds.js';
import type { ReportMeta, Requirement, RuleSet } from '../types.js';
import { CHECK_KINDS } from './checks/index.js';
import type { Conditions } from './checks/types.js';
import type { DocumentIndex } from './document-index.js';
import { addOperators } from './operators.js';
import { resolvePath } from './path-resolver.js';

/** The runtime fact that carries the document index into a run. */
export const INDEX_FACT = 'index';

const engines = new WeakMap<RuleSet, Engine>();

/** The fields of the `meta` fact, as a raw condition's `path` names them (`$.year`). */
export const META_FIELDS = ['title', 'year', 'issuer', 'level', 'published', 'signed', 'docNumber'] as const satisfies ReadonlyArray<keyof ReportMeta>;

/**
 * The facts a raw condition may name, each with the check kind whose options its `params` are (null
 * for `meta`, which takes none). Kinds that only combine nested checks (ifThen) measure nothing of
 * their own, so they are not facts.
 *
 * @example
 * conditionFacts().get('section') // 'section': params are a section check's options
 */
export function conditionFacts(): ReadonlyMap<string, CheckKindName | null> {
  const facts = new Map<string, CheckKindName | null>();
  for (const [name, kind] of Object.entries(CHECK_KINDS)) {
    const fields = Object.hasOwn(CHECK_KIND_FIELDS, name) ? CHECK_KIND_FIELDS[name as CheckKindName] : undefined;
    if (fields && !fields.nested) facts.set(kind.fact, name as CheckKindName);
  }
  facts.set('meta', null);
  return facts;
}

function conditionsOf(requirement: Requirement): { met: Conditions; partial?: Conditions } {
  if (requirement.check) {
    const kind = CHECK_KINDS[requirement.check.kind];
    if (!kind) throw new ChecklistError('RULESET_INVALID', `requirement "${requirement.id}" uses the unknown check kind "${requirement.check.kind}"`);
    return kind.conditions(requirement.check.options);
  }
  const raw = requirement.conditions ?? {};
  return { met: raw.met as Conditions, ...(raw.partial ? { partial: raw.partial as Conditions } : {}) };
}

// json-rules-engine wants a boolean operator at the root of a named condition.
function rooted(conditions: Conditions): Conditions {
  return ['all', 'any', 'not', 'condition'].some((k) => k in conditions) ? conditions : { all: [conditions] };
}

function addFacts(engine: Engine): void {
  for (const kind of Object.values(CHECK_KINDS)) {
    engine.addFact(kind.fact, async (params, almanac) => kind.measure(await almanac.factValue<DocumentIndex>(INDEX_FACT), params));
  }
  // Facts for raw conditions: document metadata, and any pattern in a scope.
  engine.addFact('meta', async (_params, almanac) => (await almanac.factValue<DocumentIndex>(INDEX_FACT)).doc.meta);
}

function build(ruleSet: RuleSet): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true, allowUndefinedConditions: false, pathResolver: resolvePath });
  addOperators(engine);
  addFacts(engine);
  for (const requirement of ruleSet.requirements) {
    const { met, partial } = conditionsOf(requirement);
    for (const [status, conditions] of [['met', met], ['partial', partial]] as const) {
      if (!conditions) continue;
      const name = `${requirement.id}:${status}`;
      engine.setCondition(name, rooted(conditions) as never);
      engine.addRule({ name, conditions: { condition: name } as never, event: { type: status, params: { requirement: requirement.id } } });
    }
  }
  return engine;
}

/** The engine for a rule set, compiled on first use and cached for the rule set's lifetime. */
export function engineFor(ruleSet: RuleSet): Engine {
  let engine = engines.get(ruleSet);
  if (!engine) {
    try {
      engine = build(ruleSet);
    } catch (error) {
      if (error instanceof ChecklistError) throw error;
      throw new ChecklistError('RULESET_INVALID', `rule set "${ruleSet.id}" could not be compiled: ${(error as Error).message}`, { cause: error });
    }
    engines.set(ruleSet, engine);
  }
  return engine;
}
