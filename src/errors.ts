/**
 * Typed errors. Only bad input or bad configuration throws; a requirement that is not met is data.
 *
 * The guard {@link isChecklistError} does not rely on `instanceof`, because the ESM and CJS builds
 * each hold their own copy of these classes.
 */

/**
 * Every error code this library throws. SCREAMING_SNAKE, so they never look like requirement ids.
 *
 * - `YAML_SYNTAX`: a rule-set or waivers file is not valid YAML.
 * - `RULESET_SCHEMA`: a rule set has a key or value the language does not allow (unknown key, wrong type).
 * - `RULESET_INVALID`: a rule set is well-formed but cannot work: an undefined slot, a pattern that does
 *   not compile or may backtrack catastrophically, an unknown id in `overrides` or `extends`, a cycle.
 * - `WAIVER_INVALID`: a waivers file is malformed (a missing justification, a bad date), or a waiver
 *   names a requirement the rule set it is applied to does not have.
 * @example
 * if (isChecklistError(e) && e.code === 'UNKNOWN_RULESET') console.error(e.message)
 */
export type ErrorCode =
  | 'INPUT_EMPTY'
  | 'INPUT_INVALID'
  | 'INPUT_ENCODING'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_UNSUPPORTED'
  | 'INPUT_NOT_FOUND'
  | 'YAML_SYNTAX'
  | 'RULESET_SCHEMA'
  | 'RULESET_INVALID'
  | 'WAIVER_INVALID'
  | 'UNKNOWN_RULESET'
  | 'UNKNOWN_FORMAT'
  | 'USAGE'
  | 'ENGINE_FAILURE';

const BRAND = Symbol.for('compliance-checklist.error');

/**
 * The base class of every error this library throws.
 *
 * @example
 * try { await assess(text, ruleSet) } catch (e) { if (isChecklistError(e)) console.error(e.code, e.message) }
 */
export class ChecklistError extends Error {
  override name: string = 'ChecklistError';
  /** A stable, machine-readable code. */
  readonly code: ErrorCode;
  readonly [BRAND] = true;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/**
 * A report that cannot be read: empty, not text, too large.
 *
 * @example
 * await readInput(new Uint8Array(), { name: 'empty.txt' }) // throws InputError, code INPUT_EMPTY
 */
export class InputError extends ChecklistError {
  override name = 'InputError' as const;
  /** The input's name, when known. */
  readonly file: string | null;
  /**
   * What the message names, for the locale catalogues: `kind` says what the input is instead of a
   * report (image, pdf, old-office, rtf, odt, archive, mhtml, spreadsheet, slides), `detail` which one.
   */
  readonly params: Readonly<{ kind?: string; detail?: string }>;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; file?: string | null; params?: { kind?: string; detail?: string } }) {
    super(code, message, options);
    this.file = options?.file ?? null;
    this.params = options?.params ?? {};
  }
}

/**
 * One problem in a rule set, with its place in the YAML source when known.
 *
 * @example
 * try { parseRuleSet(yaml, { name: 'city.yaml' }) } catch (e) { if (isRuleSetError(e)) e.problems.forEach((p) => console.error(p.line, p.code, p.message)) }
 */
export interface RuleSetProblem {
  /** `YAML_SYNTAX`, `RULESET_SCHEMA`, `RULESET_INVALID` or `WAIVER_INVALID`. */
  code: ErrorCode;
  /** The source name (a file path or `<inline>`). */
  file: string;
  /** 1-based line, or 0 when the problem has no place. */
  line: number;
  /** 1-based column, or 0 when the problem has no place. */
  column: number;
  /** A JSON-path-like pointer to the offending value, e.g. `requirements[2].weight`. */
  path: string;
  /** What is wrong and what to change. */
  message: string;
  /** The source line with a caret under the column, when known. */
  excerpt?: string;
  /**
   * What the problem is, as a code the locale catalogues render (with `params`) in the user's
   * language; `message` is its English wording. Absent for problems not yet given one.
   */
  key?: ProblemKey;
  /** The values the message names: keys, types, limits, a suggested spelling. */
  params?: Readonly<Record<string, string | number>>;
}

/**
 * Every rule-set and waivers problem code, one per kind of mistake: the locale catalogues render each
 * (with the problem's `params`) in the user's language. A list, so tests can check every code.
 *
 * @example
 * PROBLEM_KEYS.includes('UNDEFINED_SLOT') // true
 */
export const PROBLEM_KEYS = [
  // YAML and the schema
  'YAML_ERROR',
  'YAML_ALIASES',
  'YAML_UNREADABLE',
  'UNSAFE_KEY',
  'NOT_A_MAPPING',
  'WRONG_TYPE',
  'MISSING_KEY',
  'UNKNOWN_KEY',
  'NOT_ALLOWED_VALUE',
  'NOT_CONSTANT',
  'OUT_OF_RANGE',
  'EMPTY_LIST',
  'DUPLICATE_ITEM',
  'EMPTY_TEXT',
  'BAD_PATTERN',
  'NOT_KEBAB_ID',
  'ONE_CHECK_KIND',
  'KEY_COUNT',
  'TEXT_OR_LOCALES',
  'RESERVED_NAME',
  'NOT_VALID',
  // References and patterns
  'UNDEFINED_SLOT',
  'UNKNOWN_OVERRIDE',
  'INVALID_PATTERN',
  'SLOW_PATTERN',
  'GATE_SWITCHED_OFF',
  'GATE_UNDEFINED',
  'UNDEFINED_ROLE',
  // Requirements and scoring
  'NEW_REQUIREMENT_INCOMPLETE',
  'DUPLICATE_ID',
  'CHECK_OR_CONDITIONS',
  'APPLIES_TO_SWITCHED_OFF',
  'APPLIES_TO_SELF',
  'APPLIES_TO_UNDEFINED',
  'GRADES_WITHOUT_ZERO',
  'PASS_FAIL_IGNORES',
  'WEIGHTS_ZERO',
  // extends
  'EXTENDS_UNKNOWN_BUILTIN',
  'EXTENDS_NO_RESOLVER',
  'EXTENDS_UNREADABLE',
  'EXTENDS_OUTSIDE',
  'EXTENDS_TOO_DEEP',
  'EXTENDS_CYCLE',
  'EXTENDS_REPEATED',
  // Check options that contradict each other
  'COUNT_WITHOUT_AT_LEAST',
  'COUNT_ABOVE_TERMS',
  'PARTIAL_NOT_BELOW_TERMS',
  'PARTIAL_NOT_BELOW_MIN',
  // Raw conditions
  'NOT_A_CONDITION',
  'SHARED_CONDITION',
  'BRANCHES_COMBINED',
  'NOT_A_CONDITION_LIST',
  'EMPTY_BRANCH',
  'LEAF_KEY_MISSING',
  'UNKNOWN_FACT',
  'NOT_DECORATOR',
  'UNKNOWN_DECORATOR',
  'UNKNOWN_OPERATOR',
  'OPERATOR_NOT_TEXT',
  'MATCHES_NOT_TEXT',
  'META_PARAMS',
  'META_PATH_MISSING',
  'BAD_JSON_PATH',
  'PARAMS_MISSING',
  // Waivers
  'WAIVERS_EMPTY',
  'WAIVER_DATE',
  'WAIVER_REPEATED',
  'WAIVER_UNKNOWN_REQUIREMENT',
] as const;

/**
 * The rule-set and waivers problems' message codes (see {@link RuleSetProblem.key}).
 *
 * @example
 * if (problem.key === 'UNDEFINED_SLOT') console.error(`no slot ${problem.params?.slot}`)
 */
export type ProblemKey = (typeof PROBLEM_KEYS)[number];

/**
 * Formats one problem the way `yaml`'s prettifyError does: `file:line:col CODE path message`.
 *
 * @example
 * formatProblem({ code: 'RULESET_SCHEMA', file: 'city.yaml', line: 4, column: 13, path: 'requirements[0].weight', message: 'must be a number' })
 * // 'city.yaml:4:13 RULESET_SCHEMA requirements[0].weight must be a number'
 */
export function formatProblem(problem: RuleSetProblem): string {
  const place = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  const head = `${place} ${problem.code} ${problem.path ? `${problem.path} ` : ''}${problem.message}`;
  return problem.excerpt ? `${head}\n${problem.excerpt}` : head;
}

/**
 * A rule set (or a waivers file) that cannot be used. Lists every problem found, not just the first.
 * The CLI prints each problem with file:line:col.
 * @example
 * try { parseRuleSet('id: x\nweight: ten\n', { name: 'x.yaml' }) } catch (e) { if (isRuleSetError(e)) console.error(e.problems.map(formatProblem).join('\n')) }
 */
export class RuleSetError extends ChecklistError {
  override name = 'RuleSetError' as const;
  /** Every problem, in source order. */
  readonly problems: RuleSetProblem[];

  constructor(problems: RuleSetProblem[], options?: { cause?: unknown; subject?: 'rule set' | 'waivers' }) {
    const first = problems[0];
    const code = first?.code ?? 'RULESET_INVALID';
    const subject = options?.subject === 'waivers' ? 'the waivers have' : 'the rule set has';
    const summary = `${subject} ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super(code, `${summary}:\n${problems.map(formatProblem).join('\n')}`, options && 'cause' in options ? { cause: options.cause } : undefined);
    this.problems = problems;
  }
}

/**
 * A rule set id that is neither built in nor a readable file.
 *
 * @example
 * loadRuleSet('fzzf-anual-report') // throws UnknownRuleSetError, code UNKNOWN_RULESET, naming the built-in ids
 */
export class UnknownRuleSetError extends ChecklistError {
  override name = 'UnknownRuleSetError' as const;
  constructor(id: string, known: readonly string[]) {
    // YAML text passed where an id belongs would otherwise fill the message: show its start.
    const shown = id.length > 40 || id.includes('\n') ? `${id.slice(0, 40).split('\n')[0]}…` : id;
    super(
      'UNKNOWN_RULESET',
      `unknown rule set "${shown}": built-in rule sets are ${known.join(', ')}; to use your own, read its YAML with parseRuleSet(text, { name }) (or loadRuleSetFile(path) in Node)`,
    );
  }
}

/**
 * A usage mistake: an unknown format, a bad option value.
 *
 * @example
 * getFormatter('xml') // throws UsageError, code UNKNOWN_FORMAT
 */
export class UsageError extends ChecklistError {
  override name = 'UsageError' as const;
  constructor(code: ErrorCode, message: string) {
    super(code, message);
  }
}

/**
 * True for any error thrown by this library, from either build.
 *
 * @example
 * try { await assess(text, ruleSet) } catch (e) { if (isChecklistError(e)) console.error(e.code) }
 */
export function isChecklistError(value: unknown): value is ChecklistError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/**
 * True for a {@link RuleSetError} from either build.
 *
 * @example
 * if (isRuleSetError(e)) for (const p of e.problems) console.error(formatProblem(p))
 */
export function isRuleSetError(value: unknown): value is RuleSetError {
  return isChecklistError(value) && Array.isArray((value as RuleSetError).problems);
}
