/**
 * The check kinds of the rule-set language: one line per kind, naming its load-time part (options
 * schema, fields, contradictions). This list is where a new kind starts: every other list of kinds is
 * typed by {@link CheckKindName} (the run-time registry in ./index.ts, the describers in
 * ./describers.ts, the precompiled validators' tests) or derived from this one (the check schema, the
 * raw-condition facts), so the compiler names each place that still lacks it.
 * Imports nothing from the engine: the rule-set loader reads it.
 */
import type { KindSpec } from './kind-spec.js';
import { causesSpec } from './causes/spec.js';
import { deadlineSpec } from './deadline/spec.js';
import { figuresSpec } from './figures/spec.js';
import { genreSpec } from './genre/spec.js';
import { ifThenSpec } from './if-then/spec.js';
import { lengthSpec } from './length/spec.js';
import { orderSpec } from './order/spec.js';
import { sectionSpec } from './section/spec.js';
import { termGroupsSpec } from './term-groups/spec.js';
import { termsSpec } from './terms/spec.js';

export type { CausesOptions } from './causes/spec.js';
export type { DeadlineOptions } from './deadline/spec.js';
export type { FiguresOptions } from './figures/spec.js';
export type { GenreOptions, LookalikeOption } from './genre/spec.js';
export type { IfThenOptions } from './if-then/spec.js';
export type { LengthOptions } from './length/spec.js';
export type { OrderOptions } from './order/spec.js';
export type { SectionOptions } from './section/spec.js';
export type { ConceptOption, TermGroupsOptions } from './term-groups/spec.js';
export type { TermsOptions } from './terms/spec.js';

/**
 * Every check kind by the name a rule set writes (`check: { <name>: options }`). Order matters only
 * to the schema: the kinds are listed in it in this order (ifThen, which nests the others, last).
 */
export const KIND_SPECS = {
  section: sectionSpec,
  genre: genreSpec,
  causes: causesSpec,
  termGroups: termGroupsSpec,
  figures: figuresSpec,
  deadline: deadlineSpec,
  terms: termsSpec,
  order: orderSpec,
  length: lengthSpec,
  ifThen: ifThenSpec,
} as const;

/** Names of the check kinds. */
export type CheckKindName = keyof typeof KIND_SPECS;

/** The options type of each check kind, as a loaded (validated) rule set holds them. */
export type CheckKindOptions = { [K in CheckKindName]: (typeof KIND_SPECS)[K] extends KindSpec<infer O> ? O : never };

/** The names of the check kinds, in registry order. */
export const CHECK_KIND_NAMES = Object.keys(KIND_SPECS) as CheckKindName[];

/**
 * The spec of a kind named as a rule set writes it, or undefined for a name the language lacks
 * (own keys only: `constructor` is not a kind).
 *
 * @example
 * kindSpecOf('terms')?.fields.patterns // [['terms', '*']]
 */
export function kindSpecOf(name: string): KindSpec<never> | undefined {
  return Object.hasOwn(KIND_SPECS, name) ? (KIND_SPECS[name as CheckKindName] as KindSpec<never>) : undefined;
}
