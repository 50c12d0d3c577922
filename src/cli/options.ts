/**
 * Validating the `check` options. Commander only splits the command line; every value is checked
 * here, so that a bad value gets a message in the user's language and exit code 2.
 */
import { isFormatName, listFormats, type FormatName } from '../format/index.js';
import { CLI_LOCALES } from '../messages/cli/index.js';
import type { Locale } from '../types.js';
import { CliError } from './cli-error.js';
import { FAIL_ON_VALUES, type FailOn } from './exit-policy.js';
import type { CliIo } from './io.js';

/** The `check` options as commander hands them over: strings, not yet checked. */
export interface RawCheckOptions {
  rules?: string;
  format: string;
  minScore?: string;
  failOn: string;
  locale?: string;
  /** False with --no-color. */
  color: boolean;
}

/** The `check` options, checked. */
export interface CheckOptions {
  files: string[];
  /** The --rules value, or undefined for the default rule set. */
  rules: string | undefined;
  format: FormatName;
  minScore: number | null;
  failOn: FailOn;
  locale: Locale;
  color: boolean;
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

function parseMinScore(value: string | undefined): number | null {
  if (value === undefined) return null;
  // Number('') is 0 and Number('0x10') is 16: accept plain decimals only.
  const n = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 0 && n <= 100)) throw new CliError('BAD_MIN_SCORE', { value });
  return n;
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
 * @throws CliError FORMAT_UNKNOWN, BAD_MIN_SCORE, BAD_FAIL_ON or BAD_LOCALE.
 * @example
 * resolveCheckOptions(['a.txt'], { format: 'json', failOn: 'error', color: true }, nodeIo())
 */
export function resolveCheckOptions(files: string[], raw: RawCheckOptions, io: CliIo): CheckOptions {
  if (raw.locale !== undefined && !isLocale(raw.locale)) {
    throw new CliError('BAD_LOCALE', { value: raw.locale, known: CLI_LOCALES });
  }
  if (!isFormatName(raw.format)) {
    throw new CliError('FORMAT_UNKNOWN', { name: raw.format, known: listFormats() });
  }
  if (!(FAIL_ON_VALUES as readonly string[]).includes(raw.failOn)) {
    throw new CliError('BAD_FAIL_ON', { value: raw.failOn, known: FAIL_ON_VALUES });
  }
  return {
    files,
    rules: raw.rules,
    format: raw.format,
    minScore: parseMinScore(raw.minScore),
    failOn: raw.failOn as FailOn,
    locale: raw.locale ?? 'zh-CN',
    color: useColor(raw.color, io),
  };
}
