/**
 * The run-time part of a check kind, which each kind's measure.ts implements: the engine measures its
 * fact on a report and compiles its conditions. (The load-time part is kind-spec.ts.)
 */
import type { Evidence } from '../types.js';
import type { DocumentIndex } from '../engine/document-index.js';

/** A json-rules-engine condition tree, kept opaque outside the engine and the kinds' measures. */
export type Conditions = Record<string, unknown>;

/** What a check kind measured in one report; numbers and flags for the conditions, and evidence. */
export interface Measurement {
  evidence: Evidence[];
  [key: string]: unknown;
}

/** A check kind: how to measure a report, and the conditions that turn the measurement into a status. */
export interface CheckKind {
  /** The fact id that carries the measurement. */
  fact: string;
  /** Measures the report; returns undefined when it cannot be measured (the finding is then unknown). */
  measure(index: DocumentIndex, options: Record<string, unknown>): Measurement | undefined;
  /** Conditions for met and (optionally) partial. */
  conditions(options: Record<string, unknown>): { met: Conditions; partial?: Conditions };
}

/** A leaf condition on a check kind's fact. */
export function on(fact: string, options: Record<string, unknown>, path: string, operator: string, value: unknown): Conditions {
  return { fact, params: options, path: `$.${path}`, operator, value };
}

/**
 * Conditions for a count measured by a fact: met from `met`, partial from `partial` (when given).
 *
 * @example
 * atLeast('figures', options, 'count', 3, 1) // met with 3 figures, partial with 1
 */
export function atLeast(fact: string, options: Record<string, unknown>, path: string, met: number, partial?: number): { met: Conditions; partial?: Conditions } {
  return {
    met: on(fact, options, path, 'greaterThanInclusive', met),
    ...(partial ? { partial: on(fact, options, path, 'greaterThanInclusive', partial) } : {}),
  };
}
