/**
 * The formatter registry: one pure function per output format, looked up by name.
 */
import { UsageError } from '../errors.js';
import { formatJson } from './format-json.js';
import { formatStylish, formatStylishItem } from './format-stylish.js';
import { formatNdjson, formatNdjsonLine } from './format-ndjson.js';
import { formatSarif } from './format-sarif.js';
import { formatJunit } from './format-junit.js';
import { formatCsv } from './format-csv.js';
import { formatMarkdown } from './format-markdown.js';
import { formatFiguresCsv, formatFiguresJson } from './format-figures.js';
import { formatHtml } from './format-html.js';
import type { Assessment } from '../types.js';
import { isReportError, type BatchEntry, type BatchFormatter, type FormatOptions, type ItemFormatter } from './format-types.js';

export type { BatchEntry, BatchFormatter, FormatOptions, Formatter, ItemFormatter, ReportError, ReportSource } from './format-types.js';
export { isReportError } from './format-types.js';
export type { JsonAssessment, JsonEvidence, JsonFinding } from './format-json.js';
export { formatJson, toJsonAssessment, toJsonEntry, toJsonError } from './format-json.js';
export { formatStylish, formatStylishItem } from './format-stylish.js';
export { formatNdjson, formatNdjsonLine } from './format-ndjson.js';
export { formatSarif, toSarifLog } from './format-sarif.js';
export { formatJunit } from './format-junit.js';
export { formatCsv } from './format-csv.js';
export { formatMarkdown } from './format-markdown.js';
export { formatHtml } from './format-html.js';
export { formatFiguresCsv, formatFiguresJson, primaryFigure, type JsonFigures, type JsonKeyFigure } from './format-figures.js';
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
  const assessments = entries.filter((_e, i) => keep[i]) as Assessment[];
  const sources = options.sources?.filter((_s, i) => keep[i]);
  return formatStylish(assessments, sources ? { ...options, sources } : options);
}

/** Built-in formatters, the default first. Each takes every entry of a batch, unreadable files included. */
const FORMATTERS = {
  stylish: formatStylishBatch,
  json: formatJson,
  ndjson: formatNdjson,
  sarif: formatSarif,
  junit: formatJunit,
  csv: formatCsv,
  markdown: formatMarkdown,
  html: formatHtml,
  figures: formatFiguresCsv,
  'figures-json': formatFiguresJson,
} as const satisfies Record<string, BatchFormatter>;

/**
 * Formats whose output is a sequence of independent pieces, with the function for one entry: the CLI
 * writes each piece as its report finishes. Joining the pieces in order gives the format's whole output.
 */
const ITEM_FORMATTERS: Partial<Record<FormatName, ItemFormatter>> = {
  ndjson: formatNdjsonLine,
  // The CLI reports unreadable files on stderr; in stylish they have no block of their own.
  stylish: (entry, options, source, index) => (isReportError(entry) ? '' : formatStylishItem(entry, { locale: options.locale, color: options.color, sources: [source] }, index ?? 0)),
};

/**
 * The name of a built-in format.
 *
 * @example
 * const name: FormatName = 'json'; getFormatter(name)
 */
export type FormatName = keyof typeof FORMATTERS;

/**
 * Names of the built-in formats, the default first.
 *
 * @example
 * listFormats() // ['stylish', 'json', 'ndjson', 'sarif', …]
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

// The formats that show assessment.figures; the others never read them.
const FIGURE_FORMATS: ReadonlySet<FormatName> = new Set<FormatName>(['html', 'figures', 'figures-json']);

/**
 * True when a format shows the key figures (`assessment.figures`): a run writing none of these can
 * assess with `{ figures: false }`.
 *
 * @example
 * showsFigures('html') // true
 * showsFigures('json') // false
 */
export function showsFigures(name: string): boolean {
  return isFormatName(name) && FIGURE_FORMATS.has(name);
}

/**
 * The function that formats one entry, for formats that can be written as each report finishes, or
 * undefined for formats that need the whole batch (json, sarif, csv …).
 *
 * @example
 * const line = getItemFormatter('ndjson')?.(assessment, { locale: 'zh-CN' })
 */
export function getItemFormatter(name: string): ItemFormatter | undefined {
  return isFormatName(name) ? ITEM_FORMATTERS[name] : undefined;
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
