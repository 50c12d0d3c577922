/**
 * What each check kind looks for, in words (`rules show`, `explain`): its describe.ts, by kind name.
 * Typed by {@link CheckKindName}, so a new kind does not compile until it is described. Apart from
 * the specs so that the loader — and a browser bundle that only checks reports — does not carry the
 * words of every kind in every locale.
 */
import { describeCauses } from './causes/describe.js';
import { describeDeadline } from './deadline/describe.js';
import { describeFigures } from './figures/describe.js';
import { describeGenre } from './genre/describe.js';
import { describeIfThen } from './if-then/describe.js';
import { describeLength } from './length/describe.js';
import { describeOrder } from './order/describe.js';
import { describeSection } from './section/describe.js';
import { describeTermGroups } from './term-groups/describe.js';
import { describeTerms } from './terms/describe.js';
import type { KindDescribers } from './kind-spec.js';
import type { CheckKindName, CheckKindOptions } from './specs.js';

/** The describers of every check kind, by name. */
export type KindDescriberRegistry = { readonly [K in CheckKindName]: KindDescribers<CheckKindOptions[K]> };

export const KIND_DESCRIBERS: KindDescriberRegistry = {
  section: describeSection,
  genre: describeGenre,
  causes: describeCauses,
  termGroups: describeTermGroups,
  figures: describeFigures,
  deadline: describeDeadline,
  terms: describeTerms,
  order: describeOrder,
  length: describeLength,
  ifThen: describeIfThen,
};
