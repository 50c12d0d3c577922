/**
 * Reading one report for `check`: a file or standard input (`-`) as bytes, handed to the input stage
 * (readInput) which detects the container and the encoding. The CLI itself only knows about paths:
 * what is not there, a folder, what cannot be read, and a file too large to be worth reading.
 */
import { isChecklistError } from '../errors.js';
import { readInput } from '../input/read-input.js';
import type { ExtractedText, InputFormat } from '../input/types.js';
import { CliError } from './cli-error.js';
import { decodeUtf8 } from './node-utf8.js';
import { describeSystemError, type CliIo, type FileStat } from './io.js';

/** The file name that stands for standard input. */
export const STDIN = '-';
/** How standard input is named in messages and output. */
export const STDIN_NAME = '<stdin>';

/** How to read each report: what the user forced on the command line, and the size limit. */
export interface ReadReportOptions {
  /** Force this character encoding (--encoding). */
  encoding?: string | undefined;
  /** Force this container format (--input-format). */
  format?: InputFormat | undefined;
  /** Refuse reports larger than this many bytes (--max-size). */
  maxBytes: number;
}

/**
 * The name a report goes by in messages and output: its path, or `<stdin>` for `-`.
 *
 * @example
 * reportName('-') // '<stdin>'
 */
export function reportName(path: string): string {
  return path === STDIN ? STDIN_NAME : path;
}

function tooLarge(file: string, maxBytes: number, cause?: unknown): CliError<'INPUT_TOO_LARGE'> {
  return new CliError('INPUT_TOO_LARGE', { file, detail: '', limit: maxBytes }, { cause });
}

/** Refuses what came back longer than the limit: the readers stop one byte past it. */
function capped(bytes: Uint8Array, file: string, maxBytes: number): Uint8Array {
  if (bytes.byteLength > maxBytes) throw tooLarge(file, maxBytes);
  return bytes;
}

/** What lies at a path; a symlink loop or a path too long is unreadable, not an internal error. */
async function statOf(io: CliIo, path: string): Promise<Awaited<ReturnType<CliIo['stat']>>> {
  try {
    return await io.stat(path);
  } catch (error) {
    throw new CliError('INPUT_UNREADABLE', { file: path, detail: describeSystemError(error) }, { cause: error });
  }
}

async function readBytes(io: CliIo, path: string, maxBytes: number, known: FileStat | undefined): Promise<Uint8Array> {
  if (path === STDIN) {
    let bytes: Uint8Array;
    try {
      // Capped: a 1 GiB pipe with --max-size 1MB is stopped after 1 MB, not read whole first.
      bytes = await io.readStdin(maxBytes);
    } catch (error) {
      throw new CliError('INPUT_UNREADABLE', { file: STDIN_NAME, detail: describeSystemError(error) }, { cause: error });
    }
    return capped(bytes, STDIN_NAME, maxBytes);
  }
  const stat = known ?? (await statOf(io, path));
  if (stat === null) throw new CliError('INPUT_NOT_FOUND', { file: path, detail: '' });
  // Anything but a folder is read: process substitution (<(…)) and named pipes are not regular files.
  if (stat.isDirectory) throw new CliError('INPUT_DIRECTORY', { file: path });
  // Refuse before reading, so a disk image passed by mistake is not loaded into memory first.
  if (stat.size !== undefined && stat.size > maxBytes) throw tooLarge(path, maxBytes);
  let bytes: Uint8Array;
  try {
    // Capped too: a device or a pipe (/dev/zero, <(…)) has no size to refuse it by beforehand.
    bytes = await io.readFile(path, maxBytes);
  } catch (error) {
    throw new CliError('INPUT_UNREADABLE', { file: path, detail: describeSystemError(error) }, { cause: error });
  }
  return capped(bytes, path, maxBytes);
}

/**
 * Reads a report file (or standard input for `-`) into the text to check, detecting its format
 * (text, HTML, .docx, Markdown, PDF copy, JSON) and encoding unless the options force them. `known`
 * is what a stat of the path gave moments before (expanding the command line), so it is not stat'ed twice.
 *
 * @throws CliError INPUT_NOT_FOUND, INPUT_DIRECTORY, INPUT_UNREADABLE, INPUT_TOO_LARGE or
 *   INPUT_NOT_IN_ENCODING; the InputError of readInput (INPUT_EMPTY, INPUT_ENCODING, INPUT_UNSUPPORTED,
 *   INPUT_INVALID) for content it refuses.
 * @example
 * const extracted = await readReport(nodeIo(), 'reports/2023.html', { maxBytes: DEFAULT_MAX_BYTES })
 */
export async function readReport(io: CliIo, path: string, options: ReadReportOptions, known?: FileStat): Promise<ExtractedText> {
  const name = reportName(path);
  const bytes = await readBytes(io, path, options.maxBytes, known);
  try {
    return await readInput(bytes, {
      name,
      maxBytes: options.maxBytes,
      utf8: decodeUtf8,
      ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
      ...(options.format !== undefined ? { format: options.format } : {}),
    });
  } catch (error) {
    throw rewordInputError(error, name, options);
  }
}

/** Two refusals the CLI words itself, because it knows the option behind them. */
function rewordInputError(error: unknown, name: string, options: ReadReportOptions): unknown {
  if (!isChecklistError(error)) return error;
  // The bytes were within the limit (they were read with a cap), so this is what a .docx inflates
  // to: its own message names the part and the limit.
  if (error.code === 'INPUT_TOO_LARGE') return new CliError('INPUT_TOO_LARGE', { file: name, detail: error.message }, { cause: error });
  if (error.code === 'INPUT_ENCODING' && options.encoding !== undefined) {
    // Not "unknown encoding" but "not in the encoding you named": the advice is the opposite.
    return new CliError('INPUT_NOT_IN_ENCODING', { file: name, encoding: options.encoding, detail: error.message }, { cause: error });
  }
  return error;
}
