/**
 * Runs a rule set's compiled conditions over one report and turns them into raw outcomes: a status
 * per requirement with its evidence. Status: met if the met conditions passed; else partial if the
 * partial conditions passed; else unknown if a fact the conditions needed could not be measured;
 * else missing. A requirement whose `appliesTo` is not satisfied is not-applicable.
 */
import { ChecklistError } from '../errors.js';
import type { Evidence, FindingStatus, ReportDocument, Requirement, RuleSet } from '../types.js';
import type { CompiledCondition, LeafNode } from './condition-tree.js';
import { type CompiledRequirement, compileRuleSet, measureFact } from './compile.js';
import { DocumentIndex } from './document-index.js';
import { Run } from './evaluate.js';
import { checkKindOf } from '../kinds/index.js';
import { RoleTagger } from './sentence-roles.js';

const taggers = new WeakMap<RuleSet, RoleTagger>();

/** The sentence-role tagger of a rule set, compiled once. */
function taggerFor(ruleSet: RuleSet): RoleTagger {
  let tagger = taggers.get(ruleSet);
  if (!tagger) {
    tagger = new RoleTagger(ruleSet.roles);
    taggers.set(ruleSet, tagger);
  }
  return tagger;
}

/** What the engine decided for one requirement. */
export interface Outcome {
  requirement: Requirement;
  status: FindingStatus;
  evidence: Evidence[];
  /** What the requirement's check measured, less its evidence; undefined for raw conditions. */
  detail?: Record<string, unknown>;
  /** Set when the rule set's gate is closed: the id of the gate requirement that made this not-applicable. */
  gatedBy?: string;
}

const MAX_EVIDENCE = 3;

/** A leaf that was evaluated on a fact that could not be measured. */
function isUnknown(run: Run, leaf: LeafNode): boolean {
  return run.evaluated(leaf) && run.factResultOf(leaf) === undefined;
}

// Only the quotes kept are collected: the walk stops at the third distinct one.
function evidenceOf(run: Run, condition: CompiledCondition): Evidence[] {
  const seen = new Set<number>();
  const evidence: Evidence[] = [];
  for (const leaf of condition.leaves) {
    if (leaf.underNot || run.resultOf(leaf) !== true) continue;
    const value = run.factValue(leaf.ref.slot) as { evidence?: Evidence[] } | null | undefined;
    for (const e of value?.evidence ?? []) {
      if (seen.has(e.start)) continue;
      seen.add(e.start);
      evidence.push(e);
      if (evidence.length === MAX_EVIDENCE) return evidence;
    }
  }
  return evidence;
}

function decide(run: Run, met: CompiledCondition | undefined, metPassed: boolean, partial: CompiledCondition | undefined, partialPassed: boolean): FindingStatus {
  const metLeaves = met ? met.leaves : [];
  // A rule that passed only because a negated fact was unknown must not count as met.
  if (metPassed && !metLeaves.some((l) => l.underNot && isUnknown(run, l))) return 'met';
  if (partialPassed) return 'partial';
  if (metLeaves.some((l) => isUnknown(run, l))) return 'unknown';
  return partial && partial.leaves.some((l) => isUnknown(run, l)) ? 'unknown' : 'missing';
}

function outcomeOf(run: Run, compiled: CompiledRequirement, metPassed: boolean, partialPassed: boolean): Outcome {
  const { met, partial } = compiled;
  const status = decide(run, met, metPassed, partial, partialPassed);
  const deciding = status === 'met' ? met : status === 'partial' ? partial : undefined;
  const evidence = deciding ? evidenceOf(run, deciding) : [];
  const detail = detailFor(run, compiled);
  return detail ? { requirement: compiled.requirement, status, evidence, detail } : { requirement: compiled.requirement, status, evidence };
}

/** What the requirement's own check measured (its fact in the met tree), less the evidence. */
function detailFor(run: Run, compiled: CompiledRequirement): Record<string, unknown> | undefined {
  const check = compiled.requirement.check;
  const fact = check ? checkKindOf(check.kind)?.fact : undefined;
  const leaf = fact ? compiled.met?.leaves.find((l) => l.ref.fact === fact) : undefined;
  return leaf ? detailOf(run.factValue(leaf.ref.slot)) : undefined;
}

function notApplicable(o: Outcome, gatedBy?: string): Outcome {
  return gatedBy === undefined
    ? { requirement: o.requirement, status: 'not-applicable', evidence: [], detail: o.detail }
    : { requirement: o.requirement, status: 'not-applicable', evidence: [], detail: o.detail, gatedBy };
}

/**
 * The rule set's gate first (a closed gate makes every other requirement not-applicable: a
 * look-alike is not assessed item by item), then each requirement's own `appliesTo`.
 */
function applyApplicability(outcomes: Outcome[], ruleSet: RuleSet): Outcome[] {
  const byId = new Map(outcomes.map((o) => [o.requirement.id, o]));
  const gate = ruleSet.gate;
  const gateOutcome = gate ? byId.get(gate.requirement) : undefined;
  if (gate && gateOutcome && !gate.status.includes(gateOutcome.status)) {
    return outcomes.map((o) => (o === gateOutcome ? o : notApplicable(o, gate.requirement)));
  }
  return outcomes.map((o) => {
    const rule = o.requirement.appliesTo;
    if (!rule) return o;
    const target = byId.get(rule.requirement);
    return target && rule.status.includes(target.status) ? o : notApplicable(o);
  });
}

/** A measurement without its evidence, for the finding's `detail`. */
function detailOf(measured: unknown): Record<string, unknown> | undefined {
  if (!measured || typeof measured !== 'object') return undefined;
  const detail: Record<string, unknown> = {};
  const from = measured as Record<string, unknown>;
  for (const key of Object.keys(from)) if (key !== 'evidence') detail[key] = from[key];
  return detail;
}

/**
 * Evaluates every requirement of a rule set against a report, synchronously.
 *
 * @throws ChecklistError (RULESET_INVALID) for conditions that cannot be compiled; (ENGINE_FAILURE)
 *   when a fact or operator fails while evaluating
 * @example
 * const outcomes = runRules(parseReport(text), loadRuleSet('fzzf-annual-report'))
 */
export function runRules(doc: ReportDocument, ruleSet: RuleSet): Outcome[] {
  const set = compileRuleSet(ruleSet);
  const index = new DocumentIndex(doc, ruleSet.slots, taggerFor(ruleSet));
  const run = new Run(set.refs, set.leafCount, (fact, params) => measureFact(index, fact, params));
  // Every tree is evaluated before any outcome is decided, as one engine run did.
  const passed: boolean[] = [];
  try {
    for (const r of set.requirements) {
      passed.push(r.met ? run.passes(r.met.root) : false, r.partial ? run.passes(r.partial.root) : false);
    }
  } catch (error) {
    throw new ChecklistError('ENGINE_FAILURE', `the rules of "${ruleSet.id}" could not be evaluated: ${(error as Error).message}`, { cause: error });
  }
  const outcomes = set.requirements.map((r, i) => outcomeOf(run, r, passed[2 * i] as boolean, passed[2 * i + 1] as boolean));
  return applyApplicability(outcomes, ruleSet);
}
