/**
 * The check kinds at run time: every kind of {@link KIND_SPECS} with its measure and conditions
 * (each kind's measure.ts). Typed by {@link CheckKindName}, so a kind added to the language does not
 * compile until it is measured here. The engine reads this registry; the rule-set loader reads only
 * ./specs.ts, which imports nothing from the engine.
 */
import { causesCheck } from './causes/measure.js';
import { deadlineCheck } from './deadline/measure.js';
import { figuresCheck } from './figures/measure.js';
import { genreCheck } from './genre/measure.js';
import { createIfThenCheck } from './if-then/measure.js';
import { lengthCheck } from './length/measure.js';
import { orderCheck } from './order/measure.js';
import { sectionCheck } from './section/measure.js';
import { termGroupsCheck } from './term-groups/measure.js';
import { termsCheck } from './terms/measure.js';
import type { CheckKind } from './check-kind.js';
import type { CheckKindName, KIND_SPECS } from './specs.js';

/** The run-time part of every check kind, by name: one entry per name of {@link KIND_SPECS}. */
export type CheckKindRegistry = { readonly [K in CheckKindName]: CheckKind };

export const CHECK_KINDS: CheckKindRegistry = {
  section: sectionCheck,
  genre: genreCheck,
  causes: causesCheck,
  termGroups: termGroupsCheck,
  figures: figuresCheck,
  deadline: deadlineCheck,
  terms: termsCheck,
  order: orderCheck,
  length: lengthCheck,
  // Looked up when conditions are built, after the registry exists; own keys only.
  ifThen: createIfThenCheck((name) => checkKindOf(name)),
};

/**
 * The check kind of a name as a rule set writes it, or undefined for a name the language lacks
 * (own keys only: `constructor` is not a kind).
 *
 * @example
 * checkKindOf('section')?.fact // 'section'
 */
export function checkKindOf(name: string): CheckKind | undefined {
  return Object.hasOwn(CHECK_KINDS, name) ? CHECK_KINDS[name as CheckKindName] : undefined;
}
