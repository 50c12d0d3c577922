/**
 * Composition on plain rule-set data: a file's own sections, scoring, requirements and overrides
 * applied over what its bases (`extends`) built. Requirements merge by id — a known id replaces the
 * fields it gives and keeps the rest, a new id is appended; sections merge by slot id; scoring merges
 * key by key (grades as a whole). Overrides then change or switch off requirements by id.
 */

type Data = Record<string, unknown>;

/** Rule-set data after composition. */
export interface Composed {
  /** Requirements in order. */
  requirements: Data[];
  /** Slots by id. */
  sections: Record<string, Data>;
  /** Scoring options as written, merged. */
  scoring: Data;
  /** Requirement ids switched off by overrides, with the path of the override in the file that did it. */
  removed: Map<string, Array<string | number>>;
  /** The rule-set gate as written by the nearest file that gives one, or null. */
  gate: Data | null;
  /** Sentence roles by id, in order of precedence (a file's new roles after its bases'). */
  roles: Record<string, Data>;
}

/**
 * Composition of nothing: the start of every chain.
 *
 * @example
 * applyLayer(emptyComposed(), data) // the file's own data, overrides applied
 */
export function emptyComposed(): Composed {
  return { requirements: [], sections: {}, scoring: {}, removed: new Map(), gate: null, roles: {} };
}

const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A requirement with a consumer's fields over a base's. `check` and `conditions` exclude each other:
 * giving one drops the other.
 *
 * @example
 * mergeRequirement({ id: 'a', weight: 10, severity: 'error' }, { id: 'a', weight: 5 }) // { id: 'a', weight: 5, severity: 'error' }
 */
export function mergeRequirement(base: Data, own: Data): Data {
  const merged: Data = { ...base, ...own };
  if ('check' in own) delete merged.conditions;
  if ('conditions' in own) delete merged.check;
  return merged;
}

function mergeRequirements(list: Data[], own: unknown): Data[] {
  const result = [...list];
  if (!Array.isArray(own)) return result;
  for (const requirement of own) {
    if (!isRecord(requirement)) continue;
    const at = result.findIndex((r) => r.id === requirement.id);
    if (at >= 0) result[at] = mergeRequirement(result[at] as Data, requirement);
    else result.push(requirement);
  }
  return result;
}

/**
 * An override in its long form, or null when it is not one.
 *
 * @example
 * overrideFields('warning') // { severity: 'warning' }
 * overrideFields('off') // { off: true }
 */
export function overrideFields(value: unknown): Data | null {
  if (value === 'off') return { off: true };
  if (typeof value === 'string') return { severity: value };
  return isRecord(value) ? value : null;
}

function applyOverrides(composed: Composed, overrides: unknown): Composed {
  if (!isRecord(overrides)) return composed;
  let requirements = composed.requirements;
  const removed = new Map(composed.removed);
  for (const [id, value] of Object.entries(overrides)) {
    const fields = overrideFields(value);
    if (!fields) continue;
    const { off, ...changes } = fields;
    if (off === true) {
      if (requirements.some((r) => r.id === id)) removed.set(id, ['overrides', id]);
      requirements = requirements.filter((r) => r.id !== id);
    } else {
      requirements = requirements.map((r) => (r.id === id ? { ...r, ...changes } : r));
    }
  }
  return { ...composed, requirements, removed };
}

/**
 * Applies one file's own data over what its bases built.
 *
 * @example
 * const city = applyLayer(applyLayer(emptyComposed(), provinceData), cityData)
 */
export function applyLayer(base: Composed, data: Data): Composed {
  const sections = { ...base.sections };
  if (isRecord(data.sections)) {
    for (const [id, slot] of Object.entries(data.sections)) if (isRecord(slot)) sections[id] = { ...sections[id], ...slot };
  }
  const scoring = isRecord(data.scoring) ? { ...base.scoring, ...data.scoring } : base.scoring;
  const gate = isRecord(data.gate) ? data.gate : base.gate;
  const roles = { ...base.roles };
  if (isRecord(data.roles)) {
    for (const [id, role] of Object.entries(data.roles)) if (isRecord(role)) roles[id] = { ...roles[id], ...role };
  }
  const merged: Composed = { requirements: mergeRequirements(base.requirements, data.requirements), sections, scoring, removed: new Map(), gate, roles };
  return applyOverrides(merged, data.overrides);
}
