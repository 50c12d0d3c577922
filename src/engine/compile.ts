/**
 * RuleSet → compiled condition trees, built once per rule set and reused for every report. Each
 * requirement has a met tree and maybe a partial tree (json-rules-engine conditions, from its check
 * kind or written raw); each check kind is a fact measured on demand from the document index.
 */
import { ChecklistError } from '../errors.js';
import { META_FACT } from '../rules/condition-vocabulary.js';
import type { Requirement, RuleSet } from '../types.js';
import { CHECK_KINDS, checkKindOf } from '../kinds/index.js';
import type { CheckKind, Conditions } from '../kinds/check-kind.js';
import { type CompiledCondition, ConditionCompiler, type FactRef } from './condition-tree.js';
import type { DocumentIndex } from './document-index.js';

/** The fact that carries the document index itself (what json-rules-engine runs were given). */
export const INDEX_FACT = 'index';

/** A requirement's compiled trees. */
export interface CompiledRequirement {
  requirement: Requirement;
  met: CompiledCondition | undefined;
  partial: CompiledCondition | undefined;
}

/** A rule set ready to evaluate: its requirements' trees and the facts they name, by cache slot. */
export interface CompiledRuleSet {
  requirements: CompiledRequirement[];
  refs: readonly FactRef[];
  leafCount: number;
}

const compiled = new WeakMap<RuleSet, CompiledRuleSet>();

function conditionsOf(requirement: Requirement): { met: Conditions; partial?: Conditions } {
  if (requirement.check) {
    const kind = checkKindOf(requirement.check.kind);
    if (!kind) throw new ChecklistError('RULESET_INVALID', `requirement "${requirement.id}" uses the unknown check kind "${requirement.check.kind}"`);
    return kind.conditions(requirement.check.options);
  }
  const raw = requirement.conditions ?? {};
  return raw.partial ? { met: raw.met as Conditions, partial: raw.partial as Conditions } : { met: raw.met as Conditions };
}

// json-rules-engine wants a boolean operator at the root of a named condition.
function rooted(conditions: Conditions): Conditions {
  return ['all', 'any', 'not', 'condition'].some((k) => k in conditions) ? conditions : { all: [conditions] };
}

function build(ruleSet: RuleSet): CompiledRuleSet {
  const compiler = new ConditionCompiler();
  const requirements = ruleSet.requirements.map((requirement): CompiledRequirement => {
    const { met, partial } = conditionsOf(requirement);
    return {
      requirement,
      met: met ? compiler.compile(rooted(met)) : undefined,
      partial: partial ? compiler.compile(rooted(partial)) : undefined,
    };
  });
  return { requirements, refs: compiler.refs, leafCount: compiler.leafCount };
}

/**
 * The compiled rule set, built on first use and cached for the rule set's lifetime.
 *
 * @throws ChecklistError (RULESET_INVALID) for conditions that cannot be compiled
 * @example
 * const { requirements } = compileRuleSet(loadRuleSet('fzzf-annual-report'))
 */
export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  let set = compiled.get(ruleSet);
  if (!set) {
    try {
      set = build(ruleSet);
    } catch (error) {
      if (error instanceof ChecklistError) throw error;
      throw new ChecklistError('RULESET_INVALID', `rule set "${ruleSet.id}" could not be compiled: ${(error as Error).message}`, { cause: error });
    }
    compiled.set(ruleSet, set);
  }
  return set;
}

/**
 * Measures a fact for one report: a check kind's measurement, the report's metadata, or the index.
 * A fact nobody defines is undefined (unknown), as json-rules-engine's allowUndefinedFacts gave.
 */
export function measureFact(index: DocumentIndex, fact: string, params: Record<string, unknown>): unknown {
  if (fact === META_FACT) return index.doc.meta;
  if (fact === INDEX_FACT) return index;
  const kind = kindsByFact().get(fact);
  return kind ? kind.measure(index, params) : undefined;
}

let byFact: Map<string, CheckKind> | undefined;
function kindsByFact(): Map<string, CheckKind> {
  byFact ??= new Map(Object.values(CHECK_KINDS).map((kind) => [kind.fact, kind]));
  return byFact;
}
