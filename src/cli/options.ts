/**
 * Validating the `check` options. Commander only splits the command line; every value is checked
 * here, so that a bad value gets a message in the user's language and exit code 2.
 */
import { isChecklistError } from '../errors.js';
import { decodeBytes } from '../input/decode.js';
import { DEFAULT_MAX_BYTES } from '../input/read-input.js';
import type { InputFormat } from '../input/types.js';
import { CLI_LOCALES } from '../messages/cli/index.js';
import { DEFAULT_FAIL_ON } from '../score/models.js';
import type { Locale } from '../types.js';
import { CliError } from './cli-error.js';
import { FAIL_ON_VALUES, type FailOn } from './exit-policy.js';
import type { CliIo } from './io.js';
import { resolveOutputs, type OutputArgs, type OutputTarget } from './outputs.js';
import { STDIN } from './read-report.js';
import { parseSize } from './size.js';

/** The --input-format values, in the order the help lists them. */
export const INPUT_FORMATS = Object.keys({
  text: true,
  html: true,
  docx: true,
  markdown: true,
  'pdf-text': true,
  json: true,
} satisfies Record<InputFormat, true>) as InputFormat[];

/** The --encoding values the messages suggest (decode.ts also takes aliases such as cp936 or utf8). */
export const ENCODING_NAMES: readonly string[] = ['utf-8', 'gbk', 'gb18030', 'utf-16le', 'utf-16be', 'big5'];

/** The `check` options as commander hands them over: strings, not yet checked. */
export interface RawCheckOptions {
  rules?: string;
  /** --format and --output values in command-line order (see resolveOutputs). */
  outputs?: OutputArgs;
  /** True with --quiet. */
  quiet?: boolean;
  minScore?: string;
  /** Undefined for the default, error. */
  failOn?: string;
  locale?: string;
  /** False with --no-color. */
  color: boolean;
  encoding?: string;
  inputFormat?: string;
  maxSize?: string;
  /** True with --include-text. */
  includeText?: boolean;
  waivers?: string;
  maxWarnings?: string;
  /** --ignore, once per pattern. */
  ignore?: string[];
  /** False with --no-exit. */
  exit?: boolean;
  /** --jobs: `auto` or a number of worker threads. */
  jobs?: string;
}

/** The options of `rules list`, `rules show`, `rules validate` and `explain`, as commander hands them over. */
export interface RawRulesOptions {
  /** list and show only. */
  format?: string;
  locale?: string;
  /** explain only. */
  rules?: string;
}

/** The options of the rule-set commands, checked. */
export interface RulesOptions {
  /** stylish or json. */
  format: RulesFormat;
  locale: Locale;
  /** The --rules value of explain, or undefined for the default rule set. */
  rules: string | undefined;
}

/** The output formats of `rules list` and `rules show`. */
export const RULES_FORMATS = ['stylish', 'json'] as const;

/** An output format of `rules list` and `rules show`. */
export type RulesFormat = (typeof RULES_FORMATS)[number];

/** The `check` options, checked. */
export interface CheckOptions {
  files: string[];
  /** The --rules value, or undefined for the default rule set. */
  rules: string | undefined;
  /** Where the results go: (format, file) pairs, file null for standard output. */
  outputs: OutputTarget[];
  /** --quiet: no progress bar and no summary on standard error (problems are still reported). */
  quiet: boolean;
  minScore: number | null;
  failOn: FailOn;
  /** --max-warnings: most warning-severity gaps a passing report may have, or null for no limit. */
  maxWarnings: number | null;
  /** --no-exit: report only, exit 0 whatever the verdicts. */
  noExit: boolean;
  locale: Locale;
  color: boolean;
  /** The --encoding value, or undefined to detect each report's encoding. */
  encoding: string | undefined;
  /** The --input-format value, or undefined to detect each report's format. */
  inputFormat: InputFormat | undefined;
  /** The --max-size limit in bytes. */
  maxBytes: number;
  /** --include-text: add each report's extracted text to the JSON output. */
  includeText: boolean;
  /** The --waivers file, or undefined for none. */
  waivers: string | undefined;
  /** The --ignore patterns, in order. */
  ignore: string[];
  /** --jobs: how many worker threads check the files (1: none, the main thread does), or `auto` to decide by the batch. */
  jobs: number | 'auto';
}

function isLocale(value: string): value is Locale {
  return (CLI_LOCALES as readonly string[]).includes(value);
}

/**
 * The locale asked for on the command line, read before commander runs so that even its errors
 * (an unknown option) are reported in that language. An invalid value falls back to zh-CN here
 * and is reported by {@link resolveCheckOptions}.
 *
 * @example
 * scanLocale(['check', 'a.txt', '--locale', 'en']) // 'en'
 */
export function scanLocale(argv: readonly string[]): Locale {
  let locale: Locale = 'zh-CN';
  // The last occurrence wins, as it does for commander.
  argv.forEach((arg, i) => {
    const value = arg === '--locale' ? argv[i + 1] : arg.startsWith('--locale=') ? arg.slice(9) : undefined;
    if (value !== undefined) locale = isLocale(value) ? value : 'zh-CN';
  });
  return locale;
}

/** The commands that take a subcommand, and their subcommands. */
const SUBCOMMANDS: Readonly<Record<string, readonly string[]>> = { rules: ['list', 'show', 'validate'] };

/**
 * The command a command line runs (`check`, `rules show`, `explain`), or '' when it names none: where
 * a usage error should point for help.
 *
 * @example
 * commandOf(['rules', 'show', '--format', 'xml']) // 'rules show'
 */
export function commandOf(argv: readonly string[]): string {
  const [first, second] = argv;
  if (first === undefined || !['check', 'rules', 'explain'].includes(first)) return '';
  const subcommands = SUBCOMMANDS[first];
  if (!subcommands) return first;
  return second !== undefined && subcommands.includes(second) ? `${first} ${second}` : first;
}

function checkLocale(value: string | undefined): Locale {
  if (value !== undefined && !isLocale(value)) throw new CliError('BAD_LOCALE', { value, known: CLI_LOCALES });
  return value ?? 'zh-CN';
}

/**
 * Checks the options of the rule-set commands.
 *
 * @throws CliError BAD_LOCALE or FORMAT_UNKNOWN.
 * @example
 * resolveRulesOptions({ format: 'json', locale: 'en' }) // { format: 'json', locale: 'en', rules: undefined }
 */
export function resolveRulesOptions(raw: RawRulesOptions): RulesOptions {
  const locale = checkLocale(raw.locale);
  const format = raw.format ?? 'stylish';
  if (!(RULES_FORMATS as readonly string[]).includes(format)) {
    throw new CliError('FORMAT_UNKNOWN', { name: format, known: RULES_FORMATS });
  }
  return { format: format as RulesFormat, locale, rules: raw.rules };
}

function parseMinScore(value: string | undefined): number | null {
  if (value === undefined) return null;
  // Number('') is 0 and Number('0x10') is 16: accept plain decimals only.
  const n = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 0 && n <= 100)) throw new CliError('BAD_MIN_SCORE', { value });
  return n;
}

function parseMaxWarnings(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\s*\d+\s*$/.test(value)) throw new CliError('BAD_MAX_WARNINGS', { value });
  return Number(value);
}

/** The most worker threads --jobs takes: far more than any machine this runs on gains from. */
export const MAX_JOBS = 64;

function parseJobs(value: string | undefined): number | 'auto' {
  if (value === undefined || value.trim() === 'auto') return 'auto';
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= MAX_JOBS)) throw new CliError('BAD_JOBS', { value, max: MAX_JOBS });
  return n;
}

function parseMaxSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const bytes = parseSize(value);
  if (bytes === null) throw new CliError('BAD_MAX_SIZE', { value });
  return bytes;
}

/** Checks an --encoding name against the decoder's own table, by decoding nothing with it. */
function checkEncoding(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    decodeBytes(new Uint8Array(0), { encoding: value });
  } catch (error) {
    // INPUT_INVALID is the decoder's "unknown encoding"; anything else means it knew the name.
    if (isChecklistError(error) && error.code === 'INPUT_INVALID') {
      throw new CliError('BAD_ENCODING', { value, known: ENCODING_NAMES }, { cause: error });
    }
  }
  return value;
}

function checkInputFormat(value: string | undefined): InputFormat | undefined {
  if (value === undefined) return undefined;
  if (!(INPUT_FORMATS as readonly string[]).includes(value)) {
    throw new CliError('BAD_INPUT_FORMAT', { value, known: INPUT_FORMATS });
  }
  return value as InputFormat;
}

/** Standard input can be read once only. */
function checkFiles(files: string[]): string[] {
  if (files.filter((f) => f === STDIN).length > 1) throw new CliError('STDIN_TWICE', {});
  return files;
}

/**
 * Colours: --no-color wins, then FORCE_COLOR, then NO_COLOR (https://no-color.org), then whether
 * stdout is a terminal — so colour codes never end up in a file or a pipe by accident.
 *
 * @example
 * useColor(true, { isTTY: true, env: { NO_COLOR: '1' } }) // false
 */
export function useColor(flag: boolean, io: Pick<CliIo, 'isTTY' | 'env'>): boolean {
  if (!flag) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY;
}

/**
 * Checks the option values of `check`.
 *
 * @throws CliError FORMAT_UNKNOWN (and the other errors of resolveOutputs), BAD_MIN_SCORE, BAD_FAIL_ON, BAD_LOCALE, BAD_ENCODING, BAD_INPUT_FORMAT,
 *   BAD_MAX_SIZE, BAD_JOBS, TEXT_NEEDS_JSON or STDIN_TWICE.
 * @example
 * resolveCheckOptions(['a.txt'], { outputs: [{ option: 'format', value: 'json' }], failOn: 'error', color: true }, nodeIo())
 */
export function resolveCheckOptions(files: string[], raw: RawCheckOptions, io: CliIo): CheckOptions {
  const locale = checkLocale(raw.locale);
  const outputs = resolveOutputs(raw.outputs ?? []);
  const failOn = raw.failOn ?? DEFAULT_FAIL_ON;
  if (!(FAIL_ON_VALUES as readonly string[]).includes(failOn)) {
    throw new CliError('BAD_FAIL_ON', { value: failOn, known: FAIL_ON_VALUES });
  }
  if (raw.includeText === true && !outputs.some((o) => o.format === 'json')) {
    throw new CliError('TEXT_NEEDS_JSON', { format: outputs.map((o) => o.format).join(', ') });
  }
  return {
    files: checkFiles(files),
    rules: raw.rules,
    outputs,
    quiet: raw.quiet === true,
    minScore: parseMinScore(raw.minScore),
    // `never` is report-only: no gap fails a report, and shortfalls never change the exit code.
    failOn: failOn === 'never' ? 'none' : (failOn as FailOn),
    maxWarnings: parseMaxWarnings(raw.maxWarnings),
    noExit: raw.exit === false || failOn === 'never',
    locale,
    color: useColor(raw.color, io),
    encoding: checkEncoding(raw.encoding),
    inputFormat: checkInputFormat(raw.inputFormat),
    maxBytes: parseMaxSize(raw.maxSize),
    includeText: raw.includeText === true,
    waivers: raw.waivers,
    ignore: raw.ignore ?? [],
    jobs: parseJobs(raw.jobs),
  };
}
