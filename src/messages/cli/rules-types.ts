/**
 * The shape of what the rule-set commands say (`rules list`, `rules show`, `rules validate`,
 * `explain`), and of the words that describe each check kind. The option types mirror the check-kind
 * schemas (src/rules/check-kinds.ts): a loaded rule set has been validated against them.
 */
import type { FindingStatus, GradeBand, ScoringModel, SlotDefinition } from '../../types.js';

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

export type { SectionOptions, GenreOptions, CausesOptions, TermGroupsOptions, FiguresOptions, DeadlineOptions, TermsOptions, OrderOptions, LengthOptions, IfThenOptions } from '../../rules/check-kind-options.js';
import type { CheckKindOptions } from '../../rules/check-kind-options.js';

/** One describer per check kind (every kind of {@link CheckKindOptions}): what the check looks for, in words. */
export type CheckDescribers = { [K in keyof CheckKindOptions]: (o: CheckKindOptions[K], h: CheckHelpers) => string[] };

/** One describer per check kind, one sentence per line, and the words they share. */
export interface CheckWords extends CheckDescribers {
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
