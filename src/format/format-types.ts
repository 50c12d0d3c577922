/**
 * The formatter contract: a pure function from assessments to text. No fs, no process, so the same
 * formatters run in the CLI, in a browser and in tests.
 */
import type { InputFormat } from '../input/types.js';
import type { Assessment, Locale, RuleSet } from '../types.js';

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
  /**
   * The rule set the assessments were made with. sarif describes every requirement from it (fix and
   * rationale included even where every report met it); without it, formats read requirements off the findings.
   */
  ruleSet?: RuleSet;
}

/**
 * Turns the assessments of one run into the text of one output format.
 *
 * @example
 * const countGaps: Formatter = (assessments) => assessments.map((a) => `${a.file}: ${a.gaps.length}`).join('\n')
 */
export type Formatter = (assessments: Assessment[], options: FormatOptions) => string;

/**
 * A file of a batch that could not be assessed (unreadable, wrong encoding, too large): it still gets an
 * entry in every machine format, so every input is accounted for.
 *
 * @example
 * entries.filter(isReportError).map((e) => e.code) // ['INPUT_UNSUPPORTED']
 */
export interface ReportError {
  /** The input's name (a file path). */
  file: string;
  /** Always `error`: what tells this entry from an assessment. */
  status: 'error';
  /** The error code (SCREAMING_SNAKE), e.g. `INPUT_ENCODING`. */
  code: string;
  /** The error message, already in the run's locale. */
  message: string;
}

/**
 * One entry of a batch: the assessment of a report, or the error that stopped it being read.
 *
 * @example
 * const entries: BatchEntry[] = [assessment, { file: 'x.doc', status: 'error', code: 'INPUT_UNSUPPORTED', message: '…' }]
 */
export type BatchEntry = Assessment | ReportError;

/** Turns every entry of one run, unreadable files included, into the text of one output format. */
export type BatchFormatter = (entries: BatchEntry[], options: FormatOptions) => string;

/**
 * Turns one entry into its own piece of output, for formats written as each report finishes (ndjson,
 * stylish). `source` is that entry's source; `index` its place among the pieces written so far. An
 * empty string means the entry has no piece in this format (stylish leaves unreadable files to stderr).
 *
 * @example
 * const write: ItemFormatter = (entry) => `${JSON.stringify(entry)}\n`
 */
export type ItemFormatter = (entry: BatchEntry, options: FormatOptions, source?: ReportSource, index?: number) => string;

/**
 * True when the entry is an unreadable file rather than an assessment. Looks at the data, not at a class,
 * so entries that went through JSON still answer.
 *
 * @example
 * entries.filter((e) => !isReportError(e)) // the assessments
 */
export function isReportError(entry: BatchEntry): entry is ReportError {
  return (entry as ReportError).status === 'error';
}

/**
 * One output of a batch written as the batch goes: the text of each entry as soon as it is checked,
 * then the rest at the end. Joining everything `item` and `end` return, in order, gives exactly what
 * the format's batch formatter gives for the same entries. A stream keeps only what its end needs
 * (counts, or the text of parts that must come after a total), never the assessments.
 *
 * @example
 * const stream = streamJson({ locale: 'zh-CN' })
 * for (const a of assessments) out.write(stream.item(a))
 * out.write(stream.end())
 */
export interface FormatStream {
  /**
   * True when `item` returns the entry's text (so the output grows as the batch goes); false when the
   * format needs every entry first (a total in its head, a chart) and `end` returns everything.
   */
  readonly streams: boolean;
  /** The text for the next entry, in input order (may be empty); `source` is what it was read from. */
  item(entry: BatchEntry, source?: ReportSource): string;
  /** The text after the last entry: closing brackets, or the parts that follow the entries. */
  end(): string;
}

/** Starts a {@link FormatStream} for one batch. */
export type StreamFormatter = (options: FormatOptions) => FormatStream;
