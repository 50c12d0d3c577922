/**
 * Errors the CLI raises itself (a folder given as a report, a bad option value …). They carry a
 * message code and its parameters, so the message is rendered in the user's locale only when printed.
 */
import { ChecklistError, type ErrorCode } from '../errors.js';
import { en } from '../messages/cli/en.js';
import { renderError, type CliErrorParams, type CliMessageCode } from '../messages/cli/index.js';

/** The library error code each CLI-only message code belongs to. */
const ERROR_CODE: Record<Exclude<CliMessageCode, ErrorCode>, ErrorCode> = {
  INPUT_DIRECTORY: 'INPUT_UNSUPPORTED',
  INPUT_NOT_IN_ENCODING: 'INPUT_ENCODING',
  INPUT_UNREADABLE: 'INPUT_INVALID',
  INPUT_NO_REPORTS: 'INPUT_NOT_FOUND',
  RULES_NOT_FOUND: 'UNKNOWN_RULESET',
  RULES_UNKNOWN: 'UNKNOWN_RULESET',
  RULES_DIRECTORY: 'UNKNOWN_RULESET',
  RULES_UNREADABLE: 'RULESET_INVALID',
  RULESET_PROBLEMS: 'RULESET_INVALID',
  WAIVERS_NOT_FOUND: 'WAIVER_INVALID',
  WAIVERS_DIRECTORY: 'WAIVER_INVALID',
  WAIVERS_UNREADABLE: 'WAIVER_INVALID',
  WAIVERS_PROBLEMS: 'WAIVER_INVALID',
  UNKNOWN_REQUIREMENT: 'USAGE',
  FORMAT_UNKNOWN: 'UNKNOWN_FORMAT',
  OUTPUT_WITHOUT_FORMAT: 'USAGE',
  OUTPUT_STDOUT_TWICE: 'USAGE',
  OUTPUT_FILE_TWICE: 'USAGE',
  OUTPUT_UNWRITABLE: 'USAGE',
  BAD_MIN_SCORE: 'USAGE',
  BAD_FAIL_ON: 'USAGE',
  BAD_MAX_WARNINGS: 'USAGE',
  BAD_LOCALE: 'USAGE',
  BAD_ENCODING: 'USAGE',
  BAD_INPUT_FORMAT: 'USAGE',
  BAD_MAX_SIZE: 'USAGE',
  BAD_JOBS: 'USAGE',
  TEXT_NEEDS_JSON: 'USAGE',
  STDIN_TWICE: 'USAGE',
  UNKNOWN_OPTION: 'USAGE',
  UNKNOWN_COMMAND: 'USAGE',
  MISSING_FILES: 'USAGE',
  MISSING_RULE_SET: 'USAGE',
  MISSING_RULE_FILES: 'USAGE',
  MISSING_REQUIREMENT: 'USAGE',
  MISSING_OPTION_VALUE: 'USAGE',
  USAGE_OTHER: 'USAGE',
  INTERNAL: 'ENGINE_FAILURE',
};

function errorCodeOf(key: CliMessageCode): ErrorCode {
  return key in ERROR_CODE ? ERROR_CODE[key as keyof typeof ERROR_CODE] : (key as ErrorCode);
}

/** An error found by the CLI, with the message code and parameters to describe it in any locale. */
export class CliError<K extends CliMessageCode = CliMessageCode> extends ChecklistError {
  override name = 'CliError' as const;
  /** The message code in the CLI catalogues. */
  readonly key: K;
  /** The message parameters. */
  readonly params: CliErrorParams[K];

  constructor(key: K, params: CliErrorParams[K], options?: { cause?: unknown }) {
    // The Error message is English, for logs and stack traces; the CLI prints the localised one.
    super(errorCodeOf(key), renderError(en, key, params), options);
    this.key = key;
    this.params = params;
  }
}

/**
 * True for a {@link CliError}. The CLI is one bundle, so `instanceof` is safe here.
 *
 * @example
 * if (isCliError(error)) console.error(error.key)
 */
export function isCliError(value: unknown): value is CliError {
  return value instanceof CliError;
}
