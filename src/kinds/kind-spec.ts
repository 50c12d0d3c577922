/**
 * The load-time part of a check kind, as the rule-set loader and the schema precompiler see it: its
 * options schema, where its options hold patterns, slots and nested checks, and the contradictions
 * the schema cannot express. Nothing here (nor in any kind's spec.ts or describe.ts) imports the
 * engine: src/rules reads these, and rules never depends on engine. Each kind's describe.ts says what
 * it looks for (for `rules show` and `explain` only, so the loader does not carry those words); its
 * measure.ts is the run-time part (measure, conditions).
 */
import type { ProblemKey } from '../errors.js';
import type { Locale } from '../types.js';

/** Words a scope field (`in`) reads before slot ids: they name a scope, not a slot. */
export const SCOPE_WORDS = { report: 'every block of the report', headings: 'heading blocks only' } as const;

/** Where a kind's options hold regular expressions, slot ids, scopes and nested checks. */
export interface CheckKindFields {
  /** Paths of regular-expression sources; `*` stands for every key of a map or item of a list. */
  patterns: string[][];
  /** Paths of slot ids. */
  slots: string[][];
  /** Paths of scopes: a slot id, or one of `words` (see {@link SCOPE_WORDS}), which is not a slot. */
  scopes?: Array<{ path: string[]; words: Array<keyof typeof SCOPE_WORDS> }>;
  /** Paths of nested checks (`{ <kind>: options }`), whose own fields count too. */
  nested?: string[][];
}

/** Options that contradict each other, as a path from the options and a message code with its values. */
export interface OptionProblem {
  path: Array<string | number>;
  key: Extract<ProblemKey, 'COUNT_WITHOUT_AT_LEAST' | 'COUNT_ABOVE_TERMS' | 'PARTIAL_NOT_BELOW_TERMS' | 'PARTIAL_NOT_BELOW_MIN'>;
  params: Record<string, number>;
}

/** How a describer refers to the things a check names, in the catalogue's own words. */
export interface CheckHelpers {
  /** A scope: the whole report (no value or `report`), headings only (`headings`), or one slot's section. */
  scope(scope: string | undefined): string;
  /** A list of regular expressions, each quoted. */
  patterns(list: readonly string[]): string;
  /** A list of slot ids, each quoted. */
  slots(list: readonly string[]): string;
  /** A nested check (ifThen's `if` and `then`), described in full and indented. */
  nested(spec: unknown): string[];
}

/** What a check of one kind looks for, one sentence per line, in each locale. */
export type KindDescribers<O> = { readonly [L in Locale]: (options: O, h: CheckHelpers) => string[] };

/** Carries a spec's options type for the compiler; no value ever has it. */
declare const OPTIONS: unique symbol;

/**
 * The load-time part of a check kind whose options have type `O`.
 *
 * @example
 * export const orderSpec: KindSpec<OrderOptions> = { schema: () => ORDER_SCHEMA, fields: { patterns: [], slots: [['slots', '*']] } }
 */
export interface KindSpec<O> {
  /** The options type, for the compiler only (CheckKindOptions reads it): never set. */
  readonly [OPTIONS]?: O;
  /**
   * The JSON Schema of the options. `check` is the schema a nested check must satisfy: kinds that
   * nest other checks (fields.nested) place it; the others ignore it.
   */
  schema(check: object): object;
  /** Where the options hold patterns, slots, scopes and nested checks. */
  fields: CheckKindFields;
  /**
   * Numbers in the options that contradict each other, so that a status could never be reached.
   * Reads options that may also have schema problems (the loader reports both at once): check types.
   */
  problems?(options: Record<string, unknown>): OptionProblem[];
}
