/**
 * The shape of the CLI and formatter message catalogues. One catalogue per locale, each a complete
 * implementation of {@link CliMessages}, so the compiler refuses a locale that misses a message.
 */
import type { ErrorCode, RuleSetProblem } from '../../errors.js';
import type { FindingStatus, IssuerLevel, Severity } from '../../types.js';
import type { RulesMessages } from './rules-types.js';

/** Parameters of a message about an error the core threw: the input it concerns and its own text. */
export interface CoreErrorParams {
  /** The report or rule-set file concerned, when known. */
  file: string | null;
  /** The error's own message (English), for logs and for codes whose cause only the thrower knows. */
  detail: string;
  /** What an unsupported input is instead of a report (image, pdf, old-office …), when the core said. */
  kind?: string;
  /** Which one (PNG, ZIP …). */
  kindDetail?: string;
}

/** Parameters of each CLI error message, keyed by message code. */
export interface CliErrorParams extends Record<ErrorCode, CoreErrorParams> {
  /** The CLI knows the limit (--max-size) that was exceeded. */
  INPUT_TOO_LARGE: CoreErrorParams & { limit?: number };
  INPUT_DIRECTORY: { file: string };
  /** The bytes are not text in the encoding named with --encoding. */
  INPUT_NOT_IN_ENCODING: { file: string; encoding: string; detail: string };
  INPUT_UNREADABLE: { file: string; detail: string };
  /** A folder or pattern that yields no report; `skipped` files were left out as hidden, system or ignored. */
  INPUT_NO_REPORTS: { file: string; skipped: number };
  RULES_NOT_FOUND: { value: string; known: readonly string[] };
  RULES_UNKNOWN: { value: string; known: readonly string[] };
  RULES_DIRECTORY: { value: string };
  RULES_UNREADABLE: { value: string; detail: string };
  RULESET_PROBLEMS: { source: string; count: number };
  WAIVERS_NOT_FOUND: { value: string };
  WAIVERS_DIRECTORY: { value: string };
  WAIVERS_UNREADABLE: { value: string; detail: string };
  WAIVERS_PROBLEMS: { source: string; count: number };
  /** `explain` of an id the rule set lacks: the closest id when one is close, else every id. */
  UNKNOWN_REQUIREMENT: { id: string; ruleSet: string; suggestion: string | null; known: readonly string[] };
  FORMAT_UNKNOWN: { name: string; known: readonly string[] };
  /** A second --output for one --format. */
  OUTPUT_WITHOUT_FORMAT: { file: string };
  /** Several formats without an --output: they would mix on standard output. */
  OUTPUT_STDOUT_TWICE: { formats: readonly string[] };
  OUTPUT_FILE_TWICE: { file: string };
  OUTPUT_UNWRITABLE: { file: string; detail: string };
  BAD_MIN_SCORE: { value: string };
  BAD_FAIL_ON: { value: string; known: readonly string[] };
  BAD_MAX_WARNINGS: { value: string };
  BAD_LOCALE: { value: string; known: readonly string[] };
  BAD_ENCODING: { value: string; known: readonly string[] };
  BAD_INPUT_FORMAT: { value: string; known: readonly string[] };
  BAD_MAX_SIZE: { value: string };
  BAD_JOBS: { value: string; max: number };
  TEXT_NEEDS_JSON: { format: string };
  STDIN_TWICE: Record<string, never>;
  UNKNOWN_OPTION: { option: string };
  UNKNOWN_COMMAND: { command: string };
  MISSING_FILES: Record<string, never>;
  MISSING_RULE_SET: Record<string, never>;
  MISSING_RULE_FILES: Record<string, never>;
  MISSING_REQUIREMENT: Record<string, never>;
  MISSING_OPTION_VALUE: { option: string };
  USAGE_OTHER: { detail: string };
  INTERNAL: { detail: string };
}

/** Every CLI message code: the core's error codes plus the CLI's own, all SCREAMING_SNAKE. */
export type CliMessageCode = keyof CliErrorParams;

/** One function per message code. */
export type CliErrorMessages = { [K in CliMessageCode]: (params: CliErrorParams[K]) => string };

/** Labels and phrases of the stylish formatter. */
export interface StylishMessages {
  /** One word per finding status. */
  status: Record<FindingStatus, string>;
  /** One word per severity. */
  severity: Record<Severity, string>;
  /** One word per issuer level. */
  level: Record<IssuerLevel, string>;
  /** Shown for a metadata field the parser could not read. */
  none: string;
  /** Shown instead of a missing title. */
  untitled: string;
  /** The container format and encoding a report was read from, when it was not plain UTF-8 text. */
  source: (format: string, encoding: string | null) => string;
  /** Field labels of the report header. */
  labels: { year: string; issuer: string; level: string; published: string; signed: string };
  /** `score/max (percent%)` with its label. */
  score: (score: string, max: string, percent: string) => string;
  grade: (grade: string) => string;
  passed: string;
  failed: string;
  /** The rule set and scoring model line. */
  ruleSet: (id: string, version: string, model: string) => string;
  /** Flags requirements that could not be judged: they score 0. */
  unknownCount: (count: number) => string;
  /** The place of an evidence quote. */
  line: (line: number) => string;
  /** Brackets around a section heading, e.g. 〔二、存在的不足〕. */
  section: (heading: string) => string;
  /** The label for text before the first heading. */
  preamble: string;
  /** Quotation marks around an evidence quote. */
  quote: (text: string) => string;
  /** How many more quotes were left out. */
  moreEvidence: (count: number) => string;
  fix: (fix: string) => string;
  /** The points that closing a gap adds. */
  gain: (points: string) => string;
  basis: (basis: string) => string;
  /** Said of a not-applicable requirement. */
  outOfScore: string;
  /** A waiver in force: why, and until when (null: no end). */
  waiver: (justification: string, expires: string | null) => string;
  /** A waiver that had expired, so did not apply. */
  waiverExpired: (justification: string, expires: string) => string;
  /** How many requirements were waived, in the score line. */
  waivedCount: (count: number) => string;
  /** How many waivers had expired, in the score line. */
  expiredCount: (count: number) => string;
  /** The closing line when several reports were checked. */
  summary: (total: number, passed: number, failed: number, averagePercent: string) => string;
}

/** The description of each option of every command (see src/cli/option-table.ts); lines split on `\n`. */
export interface OptionHelp {
  rules: string;
  waivers: string;
  format: string;
  output: string;
  ignore: string;
  minScore: string;
  failOn: string;
  maxWarnings: string;
  noExit: string;
  locale: string;
  encoding: string;
  inputFormat: string;
  maxSize: string;
  jobs: string;
  includeText: string;
  quiet: string;
  noColor: string;
  /** `rules list` and `rules show`: --format. */
  ruleSetFormat: string;
  /** `rules …` and `explain`: --locale. */
  ruleSetLocale: string;
  /** `explain`: --rules. */
  explainRules: string;
}

/** The `--help` text of each command. */
export interface HelpMessages {
  /** `compliance-checklist --help` and `check --help`: every command, and `options`, the generated options of check. */
  main: (version: string, options: string) => string;
  /** What each option of each command does. */
  options: OptionHelp;
  /** The placeholders of option values, e.g. `<路径>`. */
  placeholders: { rules: string; file: string; format: string; glob: string; number: string; level: string; locale: string; encoding: string; size: string; jobs: string };
  /** The values an option takes, the default marked. */
  choices: (values: readonly string[], defaultValue: string | undefined) => string;
  /** The default of an option without a closed list of values. */
  defaultValue: (value: string) => string;
  /** `rules --help`: the rules subcommands. */
  rules: () => string;
  /** The help of each subcommand, around `options`: its options, generated from the option table. */
  rulesList: (options: string) => string;
  rulesShow: (options: string) => string;
  rulesValidate: (options: string) => string;
  explain: (options: string) => string;
}

/** The summary after a batch. */
export interface SummaryMessages {
  /** Files in the batch, reports checked, passed, failed, unreadable, and files left out. */
  totals: (files: number, checked: number, passed: number, failed: number, unreadable: number, skipped: number) => string;
  /** Reports per grade. */
  grades: (counts: ReadonlyArray<{ grade: string; count: number }>) => string;
  /** Reports published on time, of those whose date could be judged. */
  onTime: (onTime: number, judged: number, percent: string) => string;
  /** Heading over the most common gaps. */
  topGaps: string;
  /** One common gap: its title, in how many reports, and what share of the reports checked. */
  gap: (title: string, count: number, percent: string) => string;
}

/** Everything the CLI and formatters say, in one locale. */
export interface CliMessages {
  errors: CliErrorMessages;
  /** Appended to usage errors: where to find the usage of a command (`rules show`, or '' for the program). */
  usageHint: (command: string) => string;
  /** The progress bar, in cli-progress's template: {bar}, {value}, {total}, {rate} (files a second), {eta_formatted}. */
  progress: string;
  /** Said on standard error when Ctrl-C stops a batch. */
  interrupted: (done: number, total: number) => string;
  summary: SummaryMessages;
  /** The `--help` texts. */
  help: HelpMessages;
  stylish: StylishMessages;
  /** The rule-set commands. */
  rules: RulesMessages;
  /** What a rule-set (or waivers) problem says, in this locale: by its code and parameters when it has them. */
  problem: (problem: RuleSetProblem) => string;
}
