/**
 * Reading one report file into text. Kept behind one function so the encoding detection planned in
 * src/input/ (GBK, UTF-16, HTML, .docx) can replace the UTF-8-only decoding here without touching the CLI.
 */
import { CliError } from './cli-error.js';
import { describeSystemError, type CliIo } from './io.js';

// fatal: a GBK file must fail loudly rather than be checked as mojibake and scored 0.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes bytes as UTF-8 (dropping a BOM), or returns null when they are not UTF-8.
 *
 * @example
 * decodeUtf8(new TextEncoder().encode('报告')) // '报告'
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Reads a report file as text.
 *
 * @throws CliError INPUT_NOT_FOUND, INPUT_DIRECTORY, INPUT_UNREADABLE, INPUT_NOT_UTF8 or INPUT_EMPTY.
 * @example
 * const text = await readReport(nodeIo(), 'reports/2023.txt')
 */
export async function readReport(io: CliIo, path: string): Promise<string> {
  const stat = await io.stat(path);
  if (stat === null) throw new CliError('INPUT_NOT_FOUND', { file: path, detail: '' });
  // Anything but a folder is read: process substitution (<(…)) and named pipes are not regular files.
  if (stat.isDirectory) throw new CliError('INPUT_DIRECTORY', { file: path });
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new CliError('INPUT_UNREADABLE', { file: path, detail: describeSystemError(error) }, { cause: error });
  }
  const text = decodeUtf8(bytes);
  if (text === null) throw new CliError('INPUT_NOT_UTF8', { file: path });
  // trim() also removes the full-width space U+3000 that pads many Chinese documents.
  if (text.trim() === '') throw new CliError('INPUT_EMPTY', { file: path, detail: '' });
  return text;
}
