/**
 * Where a run's results go: one or more (format, file) pairs, standard output for a format given no
 * file. `--format json -o out.json --format html -o report.html` pairs each --output with the
 * --format before it (or, written first, the one after it), so several outputs come from one run.
 *
 * Each target has a writer, which hands each report to its format's stream as soon as the report and
 * all before it are checked, and writes what the stream gives at once: a batch keeps no assessment,
 * only what a format's end needs (see FormatStream). stylish and ndjson, whole a report at a time, go
 * straight into their file, so a stopped run leaves it complete so far; any other format is one
 * document, written to a temporary file renamed over the target at the end, so a stopped run never
 * leaves a cut file. On standard output, a stopped run closes the document after the reports done so
 * far (`]` for json), and a format that needs the whole batch (junit, sarif, html) writes nothing.
 */
import { isFormatName, listFormats, type FormatName, type FormatOptions, type ReportError, type ReportSource } from '../format/index.js';
import { startStream } from '../format/format-streams.js';
import type { Assessment } from '../types.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './io.js';

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
  /** A report has been checked. */
  add(assessment: Assessment, source: ReportSource | undefined): void;
  /** A file could not be checked. */
  addUnreadable(report: ReportError): void;
  /** The batch is complete: the format's end is written, and a file put in place. */
  finish(): Promise<void>;
  /** The batch was stopped: see the module comment for what stays. */
  abort(): Promise<void>;
}

/** Where a target's text goes, and what ends it. */
interface Sink {
  write(text: string): void;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

/** Formats whose file is written in place: each piece is whole, so a cut file is complete so far. */
const IN_PLACE: ReadonlySet<FormatName> = new Set(['stylish', 'ndjson']);

async function openSink(io: CliIo, target: OutputTarget): Promise<Sink> {
  if (target.file === null) return { write: (t) => io.stdout(t), finish: async () => undefined, abort: async () => undefined };
  if (IN_PLACE.has(target.format)) {
    const file = await io.openFile(target.file);
    return { write: file.write, finish: () => file.close(), abort: () => file.close() };
  }
  const file = await io.openFileAtomic(target.file);
  return { write: file.write, finish: () => file.commit(), abort: () => file.discard() };
}

/**
 * A writer for a target. Opens its file at once, so that a path that cannot be written is reported
 * before any report is read.
 *
 * @example
 * const writer = await openWriter(io, { format: 'json', file: 'out.json' }, formatOptions)
 */
export async function openWriter(io: CliIo, target: OutputTarget, options: FormatOptions): Promise<OutputWriter> {
  const sink = await openSink(io, target);
  const stream = startStream(target.format, options);
  // Into a file, pieces are gathered into blocks: each write to a file stream is a round trip through
  // libuv's thread pool. Standard output takes each report as soon as it is done (a terminal or a pipe
  // read as it comes, e.g. ndjson into jq), and its writes are synchronous anyway.
  const block = target.file === null ? 0 : BLOCK_CHARS;
  let pending = '';
  const flush = () => {
    if (pending) sink.write(pending);
    pending = '';
  };
  const write = (text: string) => {
    pending += text;
    if (pending.length >= block) flush();
  };
  return {
    target,
    add: (a, source) => write(stream.item(a, source)),
    addUnreadable: (report) => write(stream.item(report)),
    async finish() {
      write(stream.end());
      flush();
      await sink.finish();
    },
    async abort() {
      // What is on standard output stays: close it, so that it reads as a whole document of the reports done.
      if (target.file === null && stream.streams) write(stream.end());
      flush();
      await sink.abort();
    },
  };
}

/** How many characters are gathered before a write (up to ~3 bytes each in UTF-8). */
const BLOCK_CHARS = 32 * 1024;
