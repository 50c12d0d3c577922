/** The registry of check kinds. The rule-set schema (rules/schema.ts) lists their options. */
import { causesCheck } from './causes.js';
import { deadlineCheck } from './deadline.js';
import { figuresCheck } from './figures.js';
import { genreCheck } from './genre.js';
import { sectionCheck } from './section.js';
import { termGroupsCheck } from './term-groups.js';
import type { CheckKind } from './types.js';

export const CHECK_KINDS: Readonly<Record<string, CheckKind>> = {
  section: sectionCheck,
  genre: genreCheck,
  causes: causesCheck,
  termGroups: termGroupsCheck,
  figures: figuresCheck,
  deadline: deadlineCheck,
};
