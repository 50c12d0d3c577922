/**
 * Turning anything thrown into one clear paragraph on stderr: which file, what is wrong, what to do.
 * Never a stack trace: the people reading it are not the people who can fix a bug in this tool.
 */
import { isChecklistError, isRuleSetError } from '../errors.js';
import { renderError, type CliMessages } from '../messages/cli/index.js';
import { isCliError } from './cli-error.js';
import { formatLocalProblem } from './format-problem.js';
import type { CliIo } from './io.js';

/** What the CLI was doing when the error happened. */
export interface ErrorContext {
  /** The report being read or checked. */
  file?: string;
  /** What a RuleSetError is about: a rule set (the default) or a waivers file. */
  subject?: 'rule set' | 'waivers';
  /** The command run (`rules show`), for the usage hint; '' for the program itself. */
  command?: string;
}

/** Codes whose message should end with where to find the usage. */
const USAGE_CODES: ReadonlySet<string> = new Set(['USAGE', 'UNKNOWN_FORMAT']);
/** Usage errors whose message already says what to run next. */
const SELF_HINTED: ReadonlySet<string> = new Set(['UNKNOWN_REQUIREMENT']);

/**
 * The localised message for an error.
 *
 * @example
 * describeError(new CliError('INPUT_DIRECTORY', { file: 'reports' }), getCliMessages('en'))
 * // 'reports is a folder, not a report file. …'
 */
export function describeError(error: unknown, messages: CliMessages, context: ErrorContext = {}): string {
  if (isCliError(error)) {
    const text = renderError(messages, error.key, error.params);
    const hinted = USAGE_CODES.has(error.code) && !SELF_HINTED.has(error.key);
    return hinted ? `${text}\n${messages.usageHint(context.command ?? '')}` : text;
  }
  if (isRuleSetError(error)) {
    const source = error.problems[0]?.file ?? '';
    const params = { source, count: error.problems.length };
    const head = renderError(messages, context.subject === 'waivers' ? 'WAIVERS_PROBLEMS' : 'RULESET_PROBLEMS', params);
    return [head, ...error.problems.map((p) => formatLocalProblem(p, messages))].join('\n');
  }
  if (isChecklistError(error)) {
    const ownFile = (error as { file?: unknown }).file;
    const file = typeof ownFile === 'string' ? ownFile : (context.file ?? null);
    // An InputError names what the input is, so the catalogue can say it without the English message.
    const params = (error as { params?: { kind?: string; detail?: string } }).params ?? {};
    return renderError(messages, error.code, { file, detail: error.message, kind: params.kind, kindDetail: params.detail });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return renderError(messages, 'INTERNAL', { detail });
}

/**
 * Prints an error on stderr, prefixed with the program name as Unix tools do.
 *
 * @example
 * printError(io, error, getCliMessages('zh-CN'), { file: 'a.txt' })
 */
export function printError(io: CliIo, error: unknown, messages: CliMessages, context: ErrorContext = {}): void {
  io.stderr(`compliance-checklist: ${describeError(error, messages, context)}\n`);
}
