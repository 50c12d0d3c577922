/**
 * The `csv` format: one row per report for a spreadsheet: file, title, year, issuer, level, score,
 * grade, passed, then one column per requirement with its status, then the error of an unreadable
 * file. UTF-8 with a BOM, RFC 4180 quoting, formula-like cells neutralised (see csv-cells.ts).
 */
import type { Assessment } from '../types.js';
import { batchRequirements, type BatchRequirement } from './batch-requirements.js';
import { CSV_BOM, csvRow } from './csv-cells.js';
import { formatLabels } from './format-labels.js';
import { bufferedStream, headOnce } from './format-buffered.js';
import { isReportError, type BatchEntry, type FormatOptions, type FormatStream } from './format-types.js';

/**
 * Formats a batch as CSV: a header row, then one row per input in input order. Requirement columns are
 * headed by the requirement id (stable across locales and rule-set versions); statuses, levels and
 * yes/no are words of the locale.
 *
 * @example
 * writeFileSync('reports.csv', formatCsv(entries, { locale: 'zh-CN', ruleSet }))
 */
export function formatCsv(entries: BatchEntry[], options: FormatOptions): string {
  const m = formatLabels(options.locale);
  const requirements = batchRequirements(entries, options);
  return CSV_BOM + headerRow(requirements, m) + entries.map((e) => entryRow(e, requirements, m)).join('');
}

type Labels = ReturnType<typeof formatLabels>;

function headerRow(requirements: readonly BatchRequirement[], m: Labels): string {
  const c = m.columns;
  return csvRow([c.file, c.title, c.year, c.issuer, c.level, c.score, c.grade, c.passed, ...requirements.map((r) => r.id), c.error]);
}

function entryRow(e: BatchEntry, requirements: readonly BatchRequirement[], m: Labels): string {
  if (isReportError(e)) {
    return csvRow([e.file, '', '', '', '', '', '', '', ...requirements.map(() => ''), `${e.code}: ${e.message}`]);
  }
  const a: Assessment = e;
  const status = new Map(a.findings.map((f) => [f.requirement, m.status[f.status]]));
  const d = a.document;
  return csvRow([
    a.file, d.title, d.year, d.issuer, d.level ? m.level[d.level] : '', a.score, a.grade, a.passed ? m.yes : m.no,
    ...requirements.map((r) => status.get(r.id) ?? ''), '',
  ]);
}

/**
 * csv written as the batch goes: the header, then a row per entry as it is checked. The columns come
 * from the rule set; without one they are read off every report's findings, so the rows wait for the end.
 *
 * @example
 * const stream = streamCsv({ locale: 'zh-CN', ruleSet }); const text = stream.item(assessment) + stream.end()
 */
export function streamCsv(options: FormatOptions): FormatStream {
  if (!options.ruleSet) return bufferedStream(formatCsv, options);
  const m = formatLabels(options.locale);
  const requirements = batchRequirements([], options);
  const take = headOnce(CSV_BOM + headerRow(requirements, m));
  return { streams: true, item: (e) => take() + entryRow(e, requirements, m), end: take };
}
