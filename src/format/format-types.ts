/**
 * The formatter contract: a pure function from assessments to text. No fs, no process, so the same
 * formatters run in the CLI, in a browser and in tests.
 */
import type { InputFormat } from '../input/types.js';
import type { Assessment, Locale } from '../types.js';

/**
 * What a report was read from: the text its evidence line numbers refer to, and how it was decoded.
 *
 * @example
 * getFormatter('json')([assessment], { locale: 'en', sources: [{ format: 'html', encoding: 'utf-8', text: extracted.text }], includeText: true })
 */
export interface ReportSource {
  /** The container format that was read. */
  format: InputFormat;
  /** The character encoding, or null when there was none to detect (a .docx, a string). */
  encoding: string | null;
  /** The text the user sees in the original (the extracted text for HTML, .docx and JSON). */
  text: string;
}

/**
 * Options every formatter accepts.
 *
 * @example
 * getFormatter('stylish')(assessments, { locale: 'en', color: false })
 */
export interface FormatOptions {
  /** Language of labels and phrases the formatter adds (findings carry their own locale). */
  locale: Locale;
  /** Use ANSI colours. Only formatters meant for terminals look at it. Default false. */
  color?: boolean;
  /**
   * What each assessment was read from, in the same order (`undefined` where unknown). The stylish header
   * names a format or encoding other than plain UTF-8 text; json adds them only with `includeText`.
   */
  sources?: ReadonlyArray<ReportSource | undefined>;
  /** json only: add `source: { format, encoding, text }` to each assessment that has a source. Default false. */
  includeText?: boolean;
}

/**
 * Turns the assessments of one run into the text of one output format.
 *
 * @example
 * const countGaps: Formatter = (assessments) => assessments.map((a) => `${a.file}: ${a.gaps.length}`).join('\n')
 */
export type Formatter = (assessments: Assessment[], options: FormatOptions) => string;
