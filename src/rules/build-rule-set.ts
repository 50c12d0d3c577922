/**
 * Composed rule-set data → the plain, frozen RuleSet the engine runs: defaults filled in, texts
 * localised, requirements and slots in their final shape.
 */
import type { CheckSpec, FindingStatus, KeyFigureSet, LocalizedText, Requirement, RoleDefinition, RuleSet, ScoringOptions, SlotDefinition, SlotFallback } from '../types.js';
import type { Composed } from './compose.js';
import { composeLayers, linearize, type Layer } from './layers.js';

type Data = Record<string, unknown>;

const DEFAULT_SCORING: ScoringOptions = {
  model: 'weighted',
  passMark: 60,
  grades: [
    { grade: '优秀', min: 90 },
    { grade: '良好', min: 75 },
    { grade: '合格', min: 60 },
    { grade: '不合格', min: 0 },
  ],
  partialCredit: 0.5,
};

function localized(value: unknown, fallback = ''): LocalizedText {
  if (typeof value === 'string') return { 'zh-CN': value, en: value };
  if (value && typeof value === 'object') {
    const v = value as Partial<LocalizedText>;
    const zh = v['zh-CN'] ?? fallback;
    return { 'zh-CN': zh, en: v.en ?? zh };
  }
  return { 'zh-CN': fallback, en: fallback };
}

function toRequirement(data: Data, scoring: ScoringOptions): Requirement {
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
    partialCredit: typeof data.partialCredit === 'number' ? data.partialCredit : scoring.partialCredit,
    fix: localized(data.fix),
    rationale: localized(data.rationale),
    messages,
    check: spec,
    conditions: (data.conditions as Requirement['conditions']) ?? null,
    appliesTo: applies ? { requirement: applies.requirement as string, status: applies.status as FindingStatus[] } : null,
  };
}

/** Units a count may carry when the rule set names none. */
const COUNT_UNITS = ['件', '起', '宗', '个', '项', '份', '次'];

/** The key figures of the nearest layer that has them: a file's table replaces its bases'. */
function toKeyFigures(layers: ReadonlyArray<{ data: Data | null }>): KeyFigureSet | undefined {
  const data = layers.map((l) => l.data?.keyFigures as Data | undefined).filter(Boolean).at(-1);
  if (!data) return undefined;
  return {
    combinedCues: (data.combinedCues as string[] | undefined) ?? [],
    figures: (data.figures as Data[]).map((f) => ({
      id: f.id as string,
      title: localized(f.title),
      kind: f.kind as 'count' | 'rate',
      terms: f.terms as string[],
      units: (f.units as string[] | undefined) ?? (f.kind === 'rate' ? ['%'] : COUNT_UNITS),
      window: (f.window as number | undefined) ?? 12,
    })),
  };
}

function toRuleSet(root: Data, composed: Composed, source: string, chain: string[], keyFigures?: KeyFigureSet): RuleSet {
  const slots: SlotDefinition[] = Object.entries(composed.sections).map(([id, slot]) => ({
    id,
    headings: slot.headings as string[],
    exclude: (slot.exclude as string[] | undefined) ?? [],
    fallback: fallbackOf(slot.fallback),
    roles: (slot.roles as string[] | undefined) ?? [],
  }));
  const roles: RoleDefinition[] = Object.entries(composed.roles).map(([id, role]) => ({ id, patterns: role.patterns as string[], unless: (role.unless as string[] | undefined) ?? [], carry: role.carry === true }));
  const scoring = { ...DEFAULT_SCORING, ...(composed.scoring as Partial<ScoringOptions>) };
  scoring.grades = [...scoring.grades].sort((a, b) => b.min - a.min);
  return deepFreeze({
    id: root.id as string,
    version: root.version as string,
    title: localized(root.title),
    source,
    ...(keyFigures ? { keyFigures } : {}),
    extends: chain,
    slots,
    roles,
    requirements: composed.requirements.map((r) => toRequirement(r, scoring)),
    scoring,
    gate: composed.gate ? { requirement: composed.gate.requirement as string, status: composed.gate.status as FindingStatus[] } : null,
  });
}

function fallbackOf(value: unknown): SlotFallback | null {
  const data = (value ?? {}) as Data;
  const passage = data.passage as Data | undefined;
  if (passage) return { kind: 'passage', roles: passage.roles as string[], minChars: (passage.minChars as number | undefined) ?? 80 };
  const parts = data.parts as Data | undefined;
  if (parts) return { kind: 'parts', roles: parts.roles as string[], share: (parts.share as number | undefined) ?? 0.6 };
  return null;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The RuleSet of a layer and its bases, composed. */
export function fromLayers(root: Layer, name: string): RuleSet {
  const layers = linearize(root);
  const composed = composeLayers(layers) as Composed;
  return toRuleSet(root.data as Data, composed, name, layers.slice(0, -1).map((l) => l.ref), toKeyFigures(layers));
}
