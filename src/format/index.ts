/**
 * The formatter registry: one pure function per output format, looked up by name.
 */
import { UsageError } from '../errors.js';
import { formatJson } from './format-json.js';
import { formatStylish } from './format-stylish.js';
import type { Assessment } from '../types.js';
import { isReportError, type BatchEntry, type BatchFormatter, type FormatOptions } from './format-types.js';

export type { BatchEntry, BatchFormatter, FormatOptions, Formatter, ItemFormatter, ReportError, ReportSource } from './format-types.js';
export { isReportError } from './format-types.js';
export type { JsonAssessment, JsonEvidence, JsonFinding } from './format-json.js';
export { formatJson, toJsonAssessment, toJsonEntry, toJsonError } from './format-json.js';
export { formatStylish } from './format-stylish.js';
export { formatRuleList, formatRuleListJson } from './format-rule-list.js';
export { formatRuleSet, formatRuleSetJson } from './format-rule-set.js';
export { formatExplain } from './format-explain.js';
export { describeCheck } from './describe-check.js';

/**
 * stylish over a batch: it reads assessments only (the CLI reports unreadable files itself), so error
 * entries are left out, with their sources, to keep `sources[i]` beside its assessment.
 */
function formatStylishBatch(entries: BatchEntry[], options: FormatOptions): string {
  const keep = entries.map((e) => !isReportError(e));
  const assessments = entries.filter((e, i) => keep[i]) as Assessment[];
  const sources = options.sources?.filter((_s, i) => keep[i]);
  return formatStylish(assessments, sources ? { ...options, sources } : options);
}

/** Built-in formatters, the default first. Each takes every entry of a batch, unreadable files included. */
const FORMATTERS = {
  stylish: formatStylishBatch,
  json: formatJson,
} as const satisfies Record<string, BatchFormatter>;

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
export function getFormatter(name: string): BatchFormatter {
  if (!isFormatName(name)) {
    throw new UsageError(
      'UNKNOWN_FORMAT',
      `unknown format "${name}": known formats are ${listFormats().join(', ')}`,
    );
  }
  return FORMATTERS[name];
}
