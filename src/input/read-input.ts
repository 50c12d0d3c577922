/**
 * bytes (or a string) → ExtractedText: check the size, sniff the container, decode, and hand the
 * text to the reader for its format. Pure: no file system, so it runs in a browser too; the CLI
 * reads the file and passes the bytes.
 */
import { InputError } from '../errors.js';
import { decodeBytes } from './decode.js';
import { extractJson } from './json-input.js';
import { extractMarkdown } from './markdown.js';
import { extractPdfText, readPdfCopy } from './pdf-text.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './size-limit.js';
import { sniffFormat } from './sniff.js';
import { plainText, type ExtractedText, type InputFormat, type ReadOptions } from './types.js';

export { DEFAULT_MAX_BYTES } from './size-limit.js';

function label(options: ReadOptions): string {
  return options.name ?? 'the report';
}

/** Picks the format of text that arrived as a string (no magic bytes to go by). */
function formatOfText(text: string, options: ReadOptions): InputFormat {
  if (options.format) return options.format;
  const sniffed = sniffFormat(new TextEncoder().encode(text.slice(0, 4096)), options.name);
  return 'format' in sniffed ? sniffed.format : 'text';
}

// The HTML and Word readers (htmlparser2; mammoth with JSZip and an XML parser) are imported when a
// report in that format is read: a run over text reports, and the CLI's start, never load them, and
// a bundler splits them into chunks of their own.
const htmlReader = () => import('./html.js');

/** Runs the reader for a decoded text format. */
async function extractText(text: string, format: InputFormat, encoding: string | null, options: ReadOptions): Promise<ExtractedText> {
  if (text.trim().length === 0) {
    throw new InputError('INPUT_EMPTY', `${label(options)} is empty: there is no text to check`, { file: options.name ?? null });
  }
  const extracted = format === 'html' ? (await htmlReader()).extractHtml(text, options.name) : extractPlain(text, format, encoding, options);
  // Set on the reader's own fresh object: a spread with an extra key costs a hidden class per report.
  extracted.encoding = encoding;
  return extracted;
}

/** The readers of formats that need no parser library. */
function extractPlain(text: string, format: InputFormat, encoding: string | null, options: ReadOptions): ExtractedText {
  switch (format) {
    case 'markdown':
      return extractMarkdown(text);
    case 'json':
      return extractJson(text, options.name);
    case 'pdf-text':
      return extractPdfText(text);
    case 'docx':
      throw new InputError('INPUT_INVALID', `${label(options)}: a .docx must be passed as bytes, not as a string`, { file: options.name ?? null });
    default:
      return readPdfCopy(text) ?? plainText(text, 'text', encoding);
  }
}

/**
 * Reads a report as users have it: UTF-8/GBK/GB18030/UTF-16 text, an HTML page, a Word .docx, Markdown,
 * text copied from a PDF, or a pre-parsed JSON report.
 *
 * @throws InputError INPUT_TOO_LARGE, INPUT_EMPTY, INPUT_ENCODING, INPUT_UNSUPPORTED (.doc, images, PDF files), INPUT_INVALID
 * @example
 * const extracted = await readInput(await readFile('报告.docx'), { name: '报告.docx' })
 * const assessment = await assess(extracted, loadRuleSet('fzzf-annual-report'))
 */
export async function readInput(input: Uint8Array | string, options: ReadOptions = {}): Promise<ExtractedText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof input === 'string' ? input.length * 3 : input.byteLength;
  if (size > maxBytes && (typeof input !== 'string' || new TextEncoder().encode(input).byteLength > maxBytes)) {
    throw new InputError(
      'INPUT_TOO_LARGE',
      `${label(options)} is larger than the limit of ${formatBytes(maxBytes)}; a report is rarely over 1 MB — check that this is the right file, or raise the limit (--max-size)`,
      { file: options.name ?? null },
    );
  }
  if (typeof input === 'string') return extractText(input, formatOfText(input, options), null, options);
  if (input.byteLength === 0) {
    throw new InputError('INPUT_EMPTY', `${label(options)} is empty: there is no text to check`, { file: options.name ?? null });
  }
  const sniffed = sniffFormat(input, options.name);
  if ('refuse' in sniffed && !options.format) {
    throw new InputError(sniffed.refuse.code, sniffed.refuse.message, { file: options.name ?? null, params: sniffed.refuse.params });
  }
  const format = options.format ?? ('format' in sniffed ? sniffed.format : 'text');
  if (format === 'docx') return (await import('./docx.js')).extractDocx(input, options.name, maxBytes);
  // A page's own <meta charset> is the best guide when no encoding was forced.
  const declared = format === 'html' && !options.encoding ? (await htmlReader()).declaredCharset(latin1Head(input)) : null;
  const { text, encoding, warning } = decodeWithFallback(input, declared, options);
  const extracted = await extractText(text, format, encoding, options);
  if (warning) extracted.decodeWarnings = [warning];
  return extracted;
}

function decodeWithFallback(bytes: Uint8Array, declared: string | null, options: ReadOptions) {
  if (declared) {
    try {
      return decodeBytes(bytes, { encoding: declared, name: options.name, utf8: options.utf8 });
    } catch {
      // A wrong declaration is common on old portals: fall back to detection.
    }
  }
  return decodeBytes(bytes, { encoding: options.encoding, name: options.name, utf8: options.utf8 });
}

/** The first 2 KB as Latin-1: enough to read a <meta charset> whatever the real encoding is. */
function latin1Head(bytes: Uint8Array): string {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 2048); i++) head += String.fromCharCode(bytes[i] as number);
  return head;
}

