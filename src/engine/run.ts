/**
 * Runs a rule set's engine over one report and turns rule results into raw outcomes: a status per
 * requirement with its evidence. Status: met if the met rule passed; else partial if the partial rule
 * passed; else unknown if a fact the rules needed could not be measured; else missing. A requirement
 * whose `appliesTo` is not satisfied is not-applicable.
 */
import type { Almanac, RuleResult } from 'json-rules-engine';
import { ChecklistError } from '../errors.js';
import type { Evidence, FindingStatus, ReportDocument, Requirement, RuleSet } from '../types.js';
import { CHECK_KINDS } from './checks/index.js';
import { engineFor, INDEX_FACT } from './compile.js';
import { DocumentIndex } from './document-index.js';
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

interface Leaf {
  fact: string;
  params?: Record<string, unknown>;
  result?: boolean;
  factResult?: unknown;
  underNot: boolean;
}

const MAX_EVIDENCE = 3;

function leaves(condition: unknown, underNot = false): Leaf[] {
  if (!condition || typeof condition !== 'object') return [];
  const c = condition as Record<string, unknown>;
  for (const op of ['all', 'any'] as const) if (Array.isArray(c[op])) return (c[op] as unknown[]).flatMap((x) => leaves(x, underNot));
  if (c.not) return leaves(c.not, true);
  if (typeof c.fact === 'string') return [{ ...(c as unknown as Leaf), underNot }];
  return [];
}

/** A leaf that was evaluated on a fact that could not be measured. */
function isUnknown(leaf: Leaf): boolean {
  return 'result' in leaf && leaf.factResult === undefined;
}

async function evidenceOf(result: RuleResult, almanac: Almanac): Promise<Evidence[]> {
  const seen = new Set<number>();
  const evidence: Evidence[] = [];
  for (const leaf of leaves(result.conditions)) {
    if (leaf.result !== true || leaf.underNot) continue;
    const value = await almanac.factValue<{ evidence?: Evidence[] } | undefined>(leaf.fact, leaf.params);
    for (const e of value?.evidence ?? []) {
      if (seen.has(e.start)) continue;
      seen.add(e.start);
      evidence.push(e);
    }
  }
  return evidence.slice(0, MAX_EVIDENCE);
}

function decide(met: RuleResult | undefined, partial: RuleResult | undefined): FindingStatus {
  const passed = (r: RuleResult | undefined) => r?.result === true;
  const metLeaves = met ? leaves(met.conditions) : [];
  // A rule that passed only because a negated fact was unknown must not count as met.
  if (passed(met) && !metLeaves.some((l) => l.underNot && isUnknown(l))) return 'met';
  if (passed(partial)) return 'partial';
  const all = [...metLeaves, ...(partial ? leaves(partial.conditions) : [])];
  return all.some(isUnknown) ? 'unknown' : 'missing';
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
  for (const [key, value] of Object.entries(measured)) if (key !== 'evidence') detail[key] = value;
  return detail;
}

/**
 * Evaluates every requirement of a rule set against a report.
 *
 * @example
 * const outcomes = await runRules(parseReport(text), loadRuleSet('fzzf-annual-report'))
 */
export async function runRules(doc: ReportDocument, ruleSet: RuleSet): Promise<Outcome[]> {
  const engine = engineFor(ruleSet);
  const index = new DocumentIndex(doc, ruleSet.slots, taggerFor(ruleSet));
  let run: Awaited<ReturnType<typeof engine.run>>;
  try {
    run = await engine.run({ [INDEX_FACT]: index });
  } catch (error) {
    throw new ChecklistError('ENGINE_FAILURE', `the rules of "${ruleSet.id}" could not be evaluated: ${(error as Error).message}`, { cause: error });
  }
  const results = new Map<string, RuleResult>();
  for (const r of [...run.results, ...run.failureResults]) results.set(r.name as string, r);
  const outcomes: Outcome[] = [];
  for (const requirement of ruleSet.requirements) {
    const met = results.get(`${requirement.id}:met`);
    const partial = results.get(`${requirement.id}:partial`);
    const status = decide(met, partial);
    const deciding = status === 'met' ? met : status === 'partial' ? partial : undefined;
    const evidence = deciding ? await evidenceOf(deciding, run.almanac) : [];
    const check = requirement.check;
    const fact = check ? CHECK_KINDS[check.kind]?.fact : undefined;
    const detail = check && fact ? detailOf(await run.almanac.factValue(fact, check.options)) : undefined;
    outcomes.push(detail ? { requirement, status, evidence, detail } : { requirement, status, evidence });
  }
  return applyApplicability(outcomes, ruleSet);
}
