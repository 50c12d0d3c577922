/**
 * The registry of check kinds: one entry for every kind the rule-set language names
 * ({@link CheckKindName}), so a kind added to the language does not compile until it is measured here.
 */
import { causesCheck } from './causes.js';
import { deadlineCheck } from './deadline.js';
import { figuresCheck } from './figures.js';
import { genreCheck } from './genre.js';
import { createIfThenCheck } from './if-then.js';
import { lengthCheck } from './length.js';
import { orderCheck } from './order.js';
import { sectionCheck } from './section.js';
import { termGroupsCheck } from './term-groups.js';
import { termsCheck } from './terms.js';
import type { CheckKindName } from '../../rules/check-kinds.js';
import type { CheckKind } from './types.js';

export const CHECK_KINDS: Readonly<Record<CheckKindName, CheckKind>> = {
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
