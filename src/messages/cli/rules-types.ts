/**
 * The shape of what the rule-set commands say (`rules list`, `rules show`, `rules validate`,
 * `explain`), and of the words the descriptions of check kinds share.
 */
import type { FindingStatus, GradeBand, Locale, ScoringModel, SlotDefinition } from '../../types.js';

export type { CheckHelpers } from '../../kinds/kind-spec.js';

/** The words the descriptions of every check kind share (each kind's own words are in its module). */
export interface CheckWords {
  /** The locale of these words: each kind's describer for it speaks with them. */
  locale: Locale;
  /** A kind this catalogue does not know (a newer rule set): its options as JSON. */
  other(kind: string, json: string): string[];
  /** Raw json-rules-engine conditions instead of a named check. */
  conditions(json: string): string[];
  /** The requirement applies only when another requirement's finding has one of these statuses. */
  appliesTo(requirement: string, statuses: string[]): string;
  /** Scope words and quoting, for {@link CheckHelpers}. */
  scopes: { report: string; headings: string; slot: (id: string) => string };
  quote(pattern: string): string;
  /** The separator between quoted items. */
  separator: string;
}

/** Labels of `rules list`, `rules show` and `explain`. */
export interface RulesMessages {
  /** Column headings of `rules list`. */
  listColumns: { id: string; version: string; requirements: string; title: string };
  /** Column headings of the requirement table of `rules show`. */
  requirementColumns: { id: string; severity: string; weight: string; partial: string; check: string; title: string };
  /** One word per scoring model. */
  model: Record<ScoringModel, string>;
  /** One word per finding status, for `appliesTo`. */
  status: Record<FindingStatus, string>;
  /** Shown for an absent value. */
  none: string;
  /** The file or built-in id a rule set came from. */
  source: (source: string) => string;
  /** The `extends` chain, bases first. */
  extends: (chain: readonly string[]) => string;
  scoring: (model: string, passMark: number, partialCredit: string) => string;
  grades: (bands: readonly GradeBand[]) => string;
  slotsHeading: (count: number) => string;
  requirementsHeading: (count: number, totalWeight: number) => string;
  headings: (patterns: string) => string;
  exclude: (patterns: string) => string;
  basis: (basis: string) => string;
  fix: (fix: string) => string;
  rationale: (rationale: string) => string;
  /** Raw conditions stand where a check kind would. */
  rawConditions: string;
  /** The explain header: the rule set a requirement belongs to. */
  inRuleSet: (id: string, version: string, title: string) => string;
  /** Severity, weight and partial credit of one requirement. */
  requirementMeta: (severity: string, weight: number, partialCredit: string) => string;
  /** Heading over the check description, with the kind's name. */
  checkHeading: (kind: string) => string;
  /** Heading over the slots a check uses. */
  usedSlots: string;
  /** A slot named by a check that the rule set does not define (the loader refuses this; kept for safety). */
  undefinedSlot: string;
  /** `rules validate` verdicts. */
  valid: (file: string, requirements: number) => string;
  invalid: (file: string, problems: number) => string;
  check: CheckWords;
}

/** The slot definitions a describer may look up. */
export type SlotLookup = (id: string) => SlotDefinition | undefined;
