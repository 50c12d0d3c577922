/**
 * The formatter registry: one pure function per output format, looked up by name.
 */
import { UsageError } from '../errors.js';
import { formatJson } from './format-json.js';
import { formatStylish } from './format-stylish.js';
import type { Formatter } from './format-types.js';

export type { FormatOptions, Formatter, ReportSource, UnreadableReport } from './format-types.js';
export type { JsonAssessment, JsonEvidence, JsonFinding, JsonUnreadable } from './format-json.js';
export { formatJson, toJsonAssessment, toJsonUnreadable } from './format-json.js';
export { formatStylish } from './format-stylish.js';
export { formatRuleList, formatRuleListJson } from './format-rule-list.js';
export { formatRuleSet, formatRuleSetJson } from './format-rule-set.js';
export { formatExplain } from './format-explain.js';
export { describeCheck } from './describe-check.js';

/** Built-in formatters, the default first. */
const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
} as const satisfies Record<string, Formatter>;

/** The name of a built-in format. */
export type FormatName = keyof typeof FORMATTERS;

/**
 * Names of the built-in formats, the default first.
 *
 * @example
 * listFormats() // ['stylish', 'json']
 */
export function listFormats(): FormatName[] {
  return Object.keys(FORMATTERS) as FormatName[];
}

/**
 * True when `name` is a built-in format.
 *
 * @example
 * isFormatName('json') // true
 */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}

/**
 * The formatter for a format name.
 *
 * @throws UsageError with code `UNKNOWN_FORMAT`, naming the known formats, for any other name.
 * @example
 * const text = getFormatter('json')(assessments, { locale: 'zh-CN' })
 */
export function getFormatter(name: string): Formatter {
  if (!isFormatName(name)) {
    throw new UsageError(
      'UNKNOWN_FORMAT',
      `unknown format "${name}": known formats are ${listFormats().join(', ')}`,
    );
  }
  return FORMATTERS[name];
}
