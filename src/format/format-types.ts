/**
 * The formatter contract: a pure function from assessments to text. No fs, no process, so the same
 * formatters run in the CLI, in a browser and in tests.
 */
import type { InputFormat } from '../input/types.js';
import type { Assessment, Locale } from '../types.js';

/** What a report was read from: the text its evidence line numbers refer to, and how it was decoded. */
export interface ReportSource {
  /** The container format that was read. */
  format: InputFormat;
  /** The character encoding, or null when there was none to detect (a .docx, a string). */
  encoding: string | null;
  /** The text the user sees in the original (the extracted text for HTML, .docx and JSON). */
  text: string;
}

/**
 * A file of the batch that could not be read or checked. Machine formats give it an entry of its
 * own, so that every file of a batch is accounted for.
 */
export interface UnreadableReport {
  /** The file as named on the command line or found in a folder. */
  file: string;
  status: 'error';
  /** The error code (SCREAMING_SNAKE), e.g. INPUT_ENCODING. */
  code: string;
  /** What went wrong and what to do, in the run's locale. */
  message: string;
  /** How many assessments come before it in input order: where it stands among them. */
  position: number;
}

/** Options every formatter accepts. */
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
  /** Files of the batch that could not be checked, each with its place among the assessments. */
  unreadable?: readonly UnreadableReport[];
}

/**
 * Turns the assessments of one run into the text of one output format. A format whose output is a
 * sequence of independent pieces (ndjson lines, stylish blocks) also formats one item at a time, so
 * the CLI can write each report as soon as it is checked; `index` is the item's place in the output.
 */
export interface Formatter {
  (assessments: Assessment[], options: FormatOptions): string;
  /** One assessment's piece of the output. */
  formatItem?: (assessment: Assessment, options: FormatOptions, index: number) => string;
  /** One unreadable file's piece of the output; formats without it leave such files to standard error. */
  formatUnreadable?: (report: UnreadableReport, options: FormatOptions, index: number) => string;
}
