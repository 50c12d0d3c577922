/**
 * The stream of each built-in format, for the CLI to write a batch as it goes (see FormatStream): every
 * format but html writes or gathers each report as it is checked and keeps no assessment.
 */
import { formatHtml } from './format-html.js';
import { bufferedStream } from './format-buffered.js';
import { streamCsv } from './format-csv.js';
import { streamFiguresCsv, streamFiguresJson } from './format-figures.js';
import { streamJson } from './format-json.js';
import { streamJunit } from './format-junit.js';
import { streamMarkdown } from './format-markdown.js';
import { streamNdjson } from './format-ndjson.js';
import { streamSarif } from './format-sarif.js';
import { formatStylishItem } from './format-stylish.js';
import { isReportError, type FormatOptions, type FormatStream, type StreamFormatter } from './format-types.js';
import type { FormatName } from './index.js';

/** stylish a report at a time; unreadable files have no block of their own (the CLI reports them on stderr). */
function streamStylish(options: FormatOptions): FormatStream {
  let index = 0;
  return {
    streams: true,
    item(entry, source) {
      if (isReportError(entry)) return '';
      return formatStylishItem(entry, { locale: options.locale, color: options.color, sources: [source] }, index++);
    },
    end: () => '',
  };
}

const STREAMS: Record<FormatName, StreamFormatter> = {
  stylish: streamStylish,
  json: streamJson,
  ndjson: streamNdjson,
  sarif: streamSarif,
  junit: streamJunit,
  csv: streamCsv,
  markdown: streamMarkdown,
  // The dashboard's totals and charts open the page: it needs every report first.
  html: (options) => bufferedStream(formatHtml, options),
  figures: streamFiguresCsv,
  'figures-json': streamFiguresJson,
};

/**
 * Starts the stream of a built-in format for one batch.
 *
 * @example
 * const stream = startStream('json', { locale: 'zh-CN', ruleSet })
 */
export function startStream(name: FormatName, options: FormatOptions): FormatStream {
  return STREAMS[name](options);
}
