/**
 * Where a run's results go: one or more (format, file) pairs, standard output for a format given no
 * file. `--format json -o out.json --format html -o report.html` pairs each --output with the
 * --format before it (or, written first, the one after it), so several outputs come from one run.
 *
 * Each target has a writer. A format that formats item by item (stylish, ndjson) is written as each
 * report is checked, whole items only; any other is formatted once at the end and written whole,
 * to a file through a temporary file renamed over it, so a stopped run never leaves a cut file.
 */
import { getFormatter, getItemFormatter, isFormatName, listFormats, type BatchEntry, type FormatName, type FormatOptions, type ReportError, type ReportSource } from '../format/index.js';
import type { Assessment } from '../types.js';
import { CliError } from './cli-error.js';
import type { CliIo, OutputSink } from './io.js';

/** One output of a run. */
export interface OutputTarget {
  format: FormatName;
  /** The file to write, or null for standard output. */
  file: string | null;
}

/** --format and --output as they came on the command line, in order. */
export type OutputArgs = ReadonlyArray<{ option: 'format' | 'output'; value: string }>;

/** The format used when none is given. */
export const DEFAULT_FORMAT: FormatName = 'stylish';

/**
 * Pairs --format and --output values into targets.
 *
 * @throws CliError FORMAT_UNKNOWN, OUTPUT_WITHOUT_FORMAT (two files for one format),
 *   OUTPUT_STDOUT_TWICE (two formats without a file) or OUTPUT_FILE_TWICE.
 * @example
 * resolveOutputs([{ option: 'format', value: 'json' }, { option: 'output', value: 'out.json' }, { option: 'format', value: 'stylish' }])
 * // [{ format: 'json', file: 'out.json' }, { format: 'stylish', file: null }]
 */
export function resolveOutputs(args: OutputArgs): OutputTarget[] {
  const targets: Array<{ format: string; file: string | null }> = [];
  let pending: string | null = null;
  for (const { option, value } of args) {
    if (option === 'format') {
      targets.push({ format: value, file: pending });
      pending = null;
    } else if (targets.length > 0 && targets.at(-1)!.file === null && pending === null) {
      targets.at(-1)!.file = value;
    } else if (pending === null && targets.length === 0) {
      pending = value;
    } else {
      throw new CliError('OUTPUT_WITHOUT_FORMAT', { file: value });
    }
  }
  if (pending !== null || targets.length === 0) targets.push({ format: DEFAULT_FORMAT, file: pending });
  for (const t of targets) if (!isFormatName(t.format)) throw new CliError('FORMAT_UNKNOWN', { name: t.format, known: listFormats() });
  if (targets.filter((t) => t.file === null).length > 1) {
    throw new CliError('OUTPUT_STDOUT_TWICE', { formats: targets.filter((t) => t.file === null).map((t) => t.format) });
  }
  const files = targets.map((t) => t.file).filter((f): f is string => f !== null);
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice !== undefined) throw new CliError('OUTPUT_FILE_TWICE', { file: twice });
  return targets as OutputTarget[];
}

/** Writes one target as the batch goes. */
export interface OutputWriter {
  readonly target: OutputTarget;
  /** True when items reach the target as they come, rather than at the end. */
  readonly streams: boolean;
  /** A report has been checked. */
  add(assessment: Assessment, source: ReportSource | undefined): void;
  /** A file could not be checked. */
  addUnreadable(report: ReportError): void;
  /** The batch is complete: buffered formats are formatted and written now. */
  finish(): Promise<void>;
  /** The batch was stopped: streamed items stay (each whole), buffered formats write nothing. */
  abort(): Promise<void>;
}

/**
 * A writer for a target. Opens the file of a streaming format at once, so that a path that cannot be
 * written is reported before any report is read.
 *
 * @example
 * const writer = await openWriter(io, { format: 'json', file: 'out.json' }, formatOptions)
 */
export async function openWriter(io: CliIo, target: OutputTarget, options: FormatOptions): Promise<OutputWriter> {
  const item = getItemFormatter(target.format);
  if (item) {
    const sink: OutputSink = target.file === null ? { write: (t) => io.stdout(t), close: async () => undefined } : await io.openFile(target.file);
    let index = 0;
    const write = (text: string) => {
      if (!text) return;
      sink.write(text);
      index++;
    };
    return {
      target,
      streams: true,
      add: (a, source) => write(item(a, options, source, index)),
      addUnreadable: (report) => write(item(report, options, undefined, index)),
      finish: () => sink.close(),
      abort: () => sink.close(),
    };
  }
  const formatter = getFormatter(target.format);
  // Entries in input order, unreadable files in their place, each beside its source.
  const entries: BatchEntry[] = [];
  const sources: Array<ReportSource | undefined> = [];
  return {
    target,
    streams: false,
    add(a, source) {
      entries.push(a);
      sources.push(source);
    },
    addUnreadable(report) {
      entries.push(report);
      sources.push(undefined);
    },
    async finish() {
      const text = formatter(entries, { locale: options.locale, color: options.color, includeText: options.includeText, sources, ...(options.ruleSet ? { ruleSet: options.ruleSet } : {}) });
      if (target.file === null) io.stdout(text);
      else await io.writeFileAtomic(target.file, text);
    },
    abort: async () => undefined,
  };
}
