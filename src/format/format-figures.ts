/**
 * The key-figures outputs: every figure read from every report, with its quote and line, as CSV
 * (`figures`, one row per figure found) or JSON (`figures-json`, one object per input). An unreadable
 * file keeps its place with its error. Flagged values are listed with their flags, never dropped: the
 * office decides what to do with "行政诉讼(行政复议)案件42件".
 */
import type { Assessment, KeyFigure } from '../types.js';
import { CSV_BOM, csvRow } from './csv-cells.js';
import { headOnce } from './format-buffered.js';
import { formatLabels } from './format-labels.js';
import { streamJsonArray, toJsonError } from './format-json.js';
import { isReportError, type BatchEntry, type FormatOptions, type FormatStream, type ReportError } from './format-types.js';

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
  return CSV_BOM + figuresHeader(m) + entries.map((e) => figureRows(e, m, options)).join('');
}

type Labels = ReturnType<typeof formatLabels>;

function figuresHeader(m: Labels): string {
  const c = m.columns;
  return csvRow([c.file, 'id', c.figure, c.value, c.unit, c.flags, c.line, c.quote, c.error]);
}

/** The rows of one entry: one per figure, none for a report without figures, one for an unreadable file. */
function figureRows(e: BatchEntry, m: Labels, options: FormatOptions): string {
  if (isReportError(e)) return csvRow([e.file, '', '', '', '', '', '', '', `${e.code}: ${e.message}`]);
  return (e.figures ?? [])
    .map((f) =>
      csvRow([
        e.file, f.id, f.title, f.value, `${f.approximate ? (options.locale === 'en' ? '+' : '余') : ''}${f.unit}`,
        f.flags.map((flag) => m.flags[flag]).join('; '), f.line, f.text, '',
      ]),
    )
    .join('');
}

/**
 * The `figures` csv written as the batch goes: the header, then each entry's rows as it is checked.
 *
 * @example
 * const stream = streamFiguresCsv({ locale: 'zh-CN' }); const text = stream.item(assessment) + stream.end()
 */
export function streamFiguresCsv(options: FormatOptions): FormatStream {
  const m = formatLabels(options.locale);
  const take = headOnce(CSV_BOM + figuresHeader(m));
  return { streams: true, item: (e) => take() + figureRows(e, m, options), end: take };
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

/**
 * The `figures-json` array written as the batch goes, member by member.
 *
 * @example
 * const stream = streamFiguresJson({ locale: 'zh-CN' }); const text = stream.item(assessment) + stream.end()
 */
export function streamFiguresJson(_options: FormatOptions): FormatStream {
  const array = streamJsonArray();
  return { streams: true, item: (e) => array.item(isReportError(e) ? toJsonError(e) : toJsonFigures(e)), end: array.end };
}
