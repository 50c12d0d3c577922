/**
 * The `ndjson` format: one JSON object per line, one line per input, in the shape of the json format's
 * array items. Lines stand alone, so the CLI can write each as its report finishes and an interrupted
 * run still leaves valid, complete-so-far output.
 */
import { toJsonEntry } from './format-json.js';
import type { BatchEntry, FormatOptions, FormatStream, ReportSource } from './format-types.js';

/**
 * One entry as one line of ndjson, newline included. `source` is printed only with `includeText`.
 *
 * @example
 * process.stdout.write(formatNdjsonLine(assessment, { locale: 'zh-CN' })) // '{"file":"a.txt",…}\n'
 */
export function formatNdjsonLine(entry: BatchEntry, options: FormatOptions, source?: ReportSource): string {
  return `${JSON.stringify(toJsonEntry(entry, options.includeText ? source : undefined))}\n`;
}

/**
 * Every entry as ndjson: one line each, in input order; no entries, no output.
 *
 * @example
 * formatNdjson([a, b], { locale: 'zh-CN' }).split('\n').filter(Boolean).map((l) => JSON.parse(l)) // [a, b] as json
 */
export function formatNdjson(entries: BatchEntry[], options: FormatOptions): string {
  return entries.map((e, i) => formatNdjsonLine(e, options, options.sources?.[i])).join('');
}

/**
 * ndjson written as the batch goes: a line per entry, nothing at the end.
 *
 * @example
 * streamNdjson({ locale: 'zh-CN' }).item(assessment) // '{"file":"a.txt",…}\n'
 */
export function streamNdjson(options: FormatOptions): FormatStream {
  return { streams: true, item: (entry, source) => formatNdjsonLine(entry, options, source), end: () => '' };
}
