/**
 * `ifThen`: a requirement that applies only when something else is there — if the report names
 * 行政复议, it must give the figures. Composed from the conditions of the two nested checks, so each
 * keeps its own facts, evidence and fail-closed behaviour.
 */
import { ChecklistError } from '../../errors.js';
import type { CheckKind, Conditions } from '../check-kind.js';

/** The conditions of a nested check written as `{ <kind>: options }`. */
function nestedConditions(spec: unknown, kindOf: (name: string) => CheckKind | undefined): { met: Conditions; partial?: Conditions } {
  const [entry] = Object.entries((spec ?? {}) as Record<string, unknown>);
  const kind = entry ? kindOf(entry[0]) : undefined;
  if (!entry || !kind) throw new ChecklistError('RULESET_INVALID', `ifThen needs a check kind in "if" and "then"; got ${JSON.stringify(entry?.[0] ?? null)}`);
  return kind.conditions((entry[1] ?? {}) as Record<string, unknown>);
}

/**
 * Builds the `ifThen` kind over a registry of kinds (passed in, so that the registry can hold it).
 * Met when the `if` check is not met (nothing is required) or the `then` check is met; partial when
 * `if` is met and `then` partial; missing when `if` is met and `then` missing. A negated `if` that
 * could not be measured never counts as "not met": the engine reports unknown instead.
 *
 * @example
 * const kinds = { terms: termsCheck, ifThen: createIfThenCheck((name) => kinds[name]) }
 */
export function createIfThenCheck(kindOf: (name: string) => CheckKind | undefined): CheckKind {
  return {
    fact: 'ifThen',
    // Nothing to measure of its own: the nested checks' facts carry the measurements.
    measure: () => undefined,
    conditions(options) {
      const cond = nestedConditions(options.if, kindOf);
      const then = nestedConditions(options.then, kindOf);
      // ¬if ∨ (then ∧ if) rather than ¬if ∨ then: the same truth, but a met finding then quotes
      // what made the requirement apply as well as what satisfied it, the `then` quotes first.
      return {
        met: { any: [{ not: cond.met }, { all: [then.met, cond.met] }] },
        ...(then.partial ? { partial: { all: [then.partial, cond.met] } } : {}),
      };
    },
  };
}
