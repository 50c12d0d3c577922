/**
 * The key-figures outputs: every figure read from every report, with its quote and line, as CSV
 * (`figures`, one row per figure found) or JSON (`figures-json`, one object per input). An unreadable
 * file keeps its place with its error. Flagged values are listed with their flags, never dropped: the
 * office decides what to do with "行政诉讼(行政复议)案件42件".
 */
import type { Assessment, KeyFigure } from '../types.js';
import { CSV_BOM, csvRow } from './csv-cells.js';
import { formatLabels } from './format-labels.js';
import { toJsonError } from './format-json.js';
import { isReportError, type BatchEntry, type FormatOptions, type ReportError } from './format-types.js';

/** One figure as printed: offsets left out, as in the json format's evidence. */
export type JsonKeyFigure = Omit<KeyFigure, 'start' | 'end'>;

/** One input in the `figures-json` output. */
export type JsonFigures = { file: string | null; title: string | null; year: number | null; issuer: string | null; figures: JsonKeyFigure[] } | ReportError;

const toJsonFigure = (f: KeyFigure): JsonKeyFigure => ({
  id: f.id, title: f.title, kind: f.kind, value: f.value, unit: f.unit, approximate: f.approximate, flags: [...f.flags], line: f.line, text: f.text,
});

/**
 * The figure to show for `id` in a one-value-per-report table: the first that carries no flag, else
 * the first found, else undefined.
 *
 * @example
 * primaryFigure(assessment.figures ?? [], 'appearance-rate')?.value // 100
 */
export function primaryFigure(figures: readonly KeyFigure[], id: string): KeyFigure | undefined {
  const all = figures.filter((f) => f.id === id);
  return all.find((f) => f.flags.length === 0) ?? all[0];
}

/**
 * The figures of a batch as CSV (UTF-8 with a BOM, RFC 4180): file, figure id, name, value, unit, flags,
 * line, quote. A report without figures has no row; an unreadable file has one row with its error.
 *
 * @example
 * writeFileSync('figures.csv', formatFiguresCsv(entries, { locale: 'zh-CN' }))
 */
export function formatFiguresCsv(entries: BatchEntry[], options: FormatOptions): string {
  const m = formatLabels(options.locale);
  const c = m.columns;
  const header = csvRow([c.file, 'id', c.figure, c.value, c.unit, c.flags, c.line, c.quote, c.error]);
  const rows = entries.flatMap((e) => {
    if (isReportError(e)) return [csvRow([e.file, '', '', '', '', '', '', '', `${e.code}: ${e.message}`])];
    return (e.figures ?? []).map((f) =>
      csvRow([
        e.file, f.id, f.title, f.value, `${f.approximate ? (options.locale === 'en' ? '+' : '余') : ''}${f.unit}`,
        f.flags.map((flag) => m.flags[flag]).join('; '), f.line, f.text, '',
      ]),
    );
  });
  return CSV_BOM + header + rows.join('');
}

function toJsonFigures(a: Assessment): JsonFigures {
  return { file: a.file, title: a.document.title, year: a.document.year, issuer: a.document.issuer, figures: (a.figures ?? []).map(toJsonFigure) };
}

/**
 * The figures of a batch as one JSON array, one object per input, followed by a newline.
 *
 * @example
 * JSON.parse(formatFiguresJson(entries, { locale: 'zh-CN' }))[0].figures[0] // { id, value, unit, flags, line, text, … }
 */
export function formatFiguresJson(entries: BatchEntry[], _options: FormatOptions): string {
  const printed = entries.map((e) => (isReportError(e) ? toJsonError(e) : toJsonFigures(e)));
  return `${JSON.stringify(printed, null, 2)}\n`;
}
