/**
 * Helpers of the format streams: the fallback stream of a format that needs the whole batch before it
 * can write anything (the html dashboard's charts and totals; csv and sarif without the rule set, whose
 * columns and rules are then read off every report's findings), whose entries are kept and formatted
 * once at the end; and the head a streamed document writes once.
 */
import type { BatchEntry, BatchFormatter, FormatOptions, FormatStream, ReportSource } from './format-types.js';

/**
 * A stream that keeps every entry and calls `formatter` at the end. Sources are kept only when the
 * formatter reads them (`withSources`), since they hold each report's whole text.
 *
 * @example
 * const stream = bufferedStream(formatHtml, { locale: 'zh-CN', ruleSet })
 */
export function bufferedStream(formatter: BatchFormatter, options: FormatOptions, withSources = false): FormatStream {
  const entries: BatchEntry[] = [];
  const sources: Array<ReportSource | undefined> = [];
  return {
    streams: false,
    item(entry, source) {
      entries.push(entry);
      if (withSources) sources.push(source);
      return '';
    },
    end: () => formatter(entries, withSources ? { ...options, sources } : options),
  };
}

/**
 * The head of a streamed document, handed out once: before the first entry's text, or at the end of
 * an empty batch.
 *
 * @example
 * const head = headOnce('a,b\r\n'); head() + head() // 'a,b\r\n'
 */
export function headOnce(text: string): () => string {
  let head = text;
  return () => {
    const out = head;
    head = '';
    return out;
  };
}
