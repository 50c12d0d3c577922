/**
 * YAML → RuleSet: parse with positions, validate against the schema, cross-check references, then
 * build the plain RuleSet data. Built-in rule sets are parsed once and cached, so the engine compiled
 * for them is reused across calls.
 */
import { RuleSetError, UnknownRuleSetError } from '../errors.js';
import type { CheckSpec, FindingStatus, LocalizedText, Requirement, RuleSet, ScoringOptions, SlotDefinition } from '../types.js';
import { BUILTIN_RULE_SETS } from './builtin-sets.generated.js';
import { checkSemantics } from './check-semantics.js';
import { validateSchema } from './validate-schema.js';
import { parseYamlSource } from './yaml-source.js';

type Data = Record<string, unknown>;

/** Options for {@link loadRuleSet}. */
export interface LoadRuleSetOptions {
  /** The source name used in error messages (a file path). Default `<inline>`. */
  name?: string;
}

const DEFAULT_SCORING: ScoringOptions = {
  model: 'weighted',
  passMark: 60,
  grades: [
    { grade: '优秀', min: 90 },
    { grade: '良好', min: 75 },
    { grade: '合格', min: 60 },
    { grade: '不合格', min: 0 },
  ],
};

const builtinCache = new Map<string, RuleSet>();

function localized(value: unknown, fallback = ''): LocalizedText {
  if (typeof value === 'string') return { 'zh-CN': value, en: value };
  if (value && typeof value === 'object') {
    const v = value as Partial<LocalizedText>;
    const zh = v['zh-CN'] ?? fallback;
    return { 'zh-CN': zh, en: v.en ?? zh };
  }
  return { 'zh-CN': fallback, en: fallback };
}

function toRequirement(data: Data): Requirement {
  const check = data.check as Data | undefined;
  const kind = check ? (Object.keys(check)[0] as string) : null;
  const spec: CheckSpec | null = check && kind ? { kind, options: (check[kind] ?? {}) as Record<string, unknown> } : null;
  const messages = Object.fromEntries(
    Object.entries((data.messages ?? {}) as Data).map(([status, text]) => [status, localized(text)]),
  );
  const applies = data.appliesTo as Data | undefined;
  return {
    id: data.id as string,
    title: localized(data.title),
    basis: data.basis as string,
    severity: data.severity as Requirement['severity'],
    weight: data.weight as number,
    partialCredit: typeof data.partialCredit === 'number' ? data.partialCredit : 0.5,
    fix: localized(data.fix),
    rationale: localized(data.rationale),
    messages,
    check: spec,
    conditions: (data.conditions as Requirement['conditions']) ?? null,
    appliesTo: applies ? { requirement: applies.requirement as string, status: applies.status as FindingStatus[] } : null,
  };
}

function toRuleSet(data: Data, source: string): RuleSet {
  const slots: SlotDefinition[] = Object.entries((data.sections ?? {}) as Record<string, Data>).map(([id, slot]) => ({
    id,
    headings: slot.headings as string[],
    exclude: (slot.exclude as string[] | undefined) ?? [],
  }));
  const scoring = { ...DEFAULT_SCORING, ...((data.scoring ?? {}) as Partial<ScoringOptions>) };
  scoring.grades = [...scoring.grades].sort((a, b) => b.min - a.min);
  return deepFreeze({
    id: data.id as string,
    version: data.version as string,
    title: localized(data.title),
    source,
    slots,
    requirements: (data.requirements as Data[]).map(toRequirement),
    scoring,
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Parses and validates rule-set YAML text.
 *
 * @throws RuleSetError listing every problem (YAML syntax, schema, references) with file:line:col.
 * @example
 * const ruleSet = parseRuleSet(readFileSync('my-rules.yaml', 'utf8'), { name: 'my-rules.yaml' })
 */
export function parseRuleSet(yamlText: string, options: LoadRuleSetOptions = {}): RuleSet {
  const name = options.name ?? '<inline>';
  const { source, problems } = parseYamlSource(yamlText, name);
  if (problems.length > 0) throw new RuleSetError(problems);
  if (!source.data || typeof source.data !== 'object' || Array.isArray(source.data)) {
    throw new RuleSetError([
      { code: 'RULESET_SCHEMA', file: name, line: 1, column: 1, path: '', message: 'a rule set must be a YAML mapping with id, version, title and requirements' },
    ]);
  }
  const schemaProblems = validateSchema(source);
  if (schemaProblems.length > 0) throw new RuleSetError(schemaProblems);
  const semanticProblems = checkSemantics(source.data as Data, source);
  if (semanticProblems.length > 0) throw new RuleSetError(semanticProblems);
  return toRuleSet(source.data as Data, name);
}

/** Ids of the rule sets shipped with the library. */
export function listBuiltinRuleSets(): string[] {
  return Object.keys(BUILTIN_RULE_SETS);
}

/**
 * Loads a rule set: a built-in id (`fzzf-annual-report`) or YAML text. The library never reads files;
 * the CLI reads a path and passes its text with `{ name: path }`.
 *
 * @throws UnknownRuleSetError when the value is neither a built-in id nor YAML.
 * @throws RuleSetError when the YAML is not a valid rule set.
 * @example
 * const ruleSet = loadRuleSet('fzzf-annual-report')
 */
export function loadRuleSet(idOrYaml: string, options: LoadRuleSetOptions = {}): RuleSet {
  const builtin = BUILTIN_RULE_SETS[idOrYaml];
  if (builtin !== undefined && Object.hasOwn(BUILTIN_RULE_SETS, idOrYaml)) {
    let cached = builtinCache.get(idOrYaml);
    if (!cached) {
      cached = parseRuleSet(builtin, { name: `rules/${idOrYaml}.yaml` });
      builtinCache.set(idOrYaml, cached);
    }
    return cached;
  }
  if (/[\n:]/.test(idOrYaml)) return parseRuleSet(idOrYaml, options);
  throw new UnknownRuleSetError(idOrYaml, listBuiltinRuleSets());
}
