/**
 * What a matcher was given, checked before it is used: a matcher that reads a field of a Promise or
 * of a string would fail with "Cannot read properties of undefined", which says nothing about the
 * mistake. These throw instead of returning `pass: false`, so `.not` cannot turn them into a pass.
 */
import { suggest } from '../rules/suggest.js';
import type { Assessment, Finding } from '../types.js';

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `an object with keys ${Object.keys(value).slice(0, 5).join(', ') || '(none)'}`;
  return `a ${typeof value}`;
}

/** True for a Promise or other thenable. */
export function isThenable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** True for what assess() returns. */
export function isAssessment(value: unknown): value is Assessment {
  const v = value as Partial<Assessment> | null;
  return typeof v === 'object' && v !== null && Array.isArray(v.findings) && Array.isArray(v.gaps) && typeof v.percent === 'number';
}

/**
 * The assessment a matcher was given.
 *
 * @throws TypeError naming the forgotten `await`, or what was received instead.
 */
export function assessmentOf(matcher: string, received: unknown): Assessment {
  if (isAssessment(received)) return received;
  if (isThenable(received)) {
    throw new TypeError(`${matcher}: received a Promise, not an assessment; did you forget \`await\`? Write expect(await assess(text, ruleSet)).${matcher}(…)`);
  }
  const hint = typeof received === 'string' ? `; to check report text use \`await expect(text).toPassChecklist()\`, or assess it first` : '';
  throw new TypeError(`${matcher}: expected an assessment (what assess() returns), received ${kindOf(received)}${hint}`);
}

/**
 * The finding for a requirement id.
 *
 * @throws Error for an id the rule set does not have, with the nearest id when one is close.
 */
export function findingOf(matcher: string, assessment: Assessment, id: string): Finding {
  const found = assessment.findings.find((f) => f.requirement === id);
  if (found) return found;
  const ids = assessment.findings.map((f) => f.requirement);
  const near = suggest(id, ids);
  const help = near ? `did you mean "${near}"?` : `its requirements are: ${ids.join(', ')}`;
  throw new Error(`${matcher}: the rule set ${assessment.ruleSet.id} has no requirement "${id}"; ${help}`);
}
