/** The registry of check kinds. The rule-set schema (rules/check-kinds.ts) lists their options. */
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
import type { CheckKind } from './types.js';

export const CHECK_KINDS: Readonly<Record<string, CheckKind>> = {
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
  ifThen: createIfThenCheck((name) => (Object.hasOwn(CHECK_KINDS, name) ? CHECK_KINDS[name] : undefined)),
};
