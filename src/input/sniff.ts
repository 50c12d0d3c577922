/**
 * Which reader an input needs, from its first bytes, its name and a peek at its content, or why it cannot
 * be read at all. Pure and cheap: it looks at a few KB of the start (and, for ZIP files, of the end),
 * never decodes the whole input, and throws nothing, so the caller decides how to report a refusal.
 *
 * Magic bytes win over the name: government sites often serve HTML under a `.doc` name, and users
 * rename files. A name is trusted only when the bytes do not contradict it.
 */
import type { ErrorCode } from '../errors.js';
import type { InputFormat } from './types.js';

/** What {@link sniffFormat} decided: a format to read, or a refusal with a message that says what to do. */
export type SniffResult = { format: InputFormat } | { refuse: { code: ErrorCode; message: string; params: { kind: string; detail?: string } } };

/** Extensions whose name alone decides the format (when the magic bytes do not say otherwise). */
const EXTENSIONS: Record<string, InputFormat> = {
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  json: 'json',
  txt: 'text',
  text: 'text',
};

const HEAD_BYTES = 4096;
const HTML_PEEK = 2048;
/** A ZIP's central directory sits at the end: its comment is at most 64 KB, the entries a few KB. */
const ZIP_TAIL_BYTES = 70_000;

/**
 * Picks the reader for an input: magic bytes first, then the name's extension, then the content.
 *
 * @param bytes The whole input (only its start and, for ZIP files, its end are read).
 * @param name The input's name or path, when known.
 * @example
 * sniffFormat(new TextEncoder().encode('<!doctype html><html>…'), 'page.doc') // { format: 'html' }
 * sniffFormat(new TextEncoder().encode('# 2023年法治政府建设年度报告'), 'report.txt') // { format: 'text' }
 * sniffFormat(pngBytes, 'scan.png') // { refuse: { code: 'INPUT_UNSUPPORTED', message: 'scan.png is an image (PNG), …' } }
 */
export function sniffFormat(bytes: Uint8Array, name?: string): SniffResult {
  const label = name ?? 'the input';
  const magic = sniffMagic(bytes, label);
  if (magic) return magic;
  const byName = EXTENSIONS[extensionOf(name)];
  if (byName) return { format: byName };
  return { format: sniffContent(previewText(bytes.subarray(0, HEAD_BYTES))) };
}

function sniffMagic(bytes: Uint8Array, label: string): SniffResult | null {
  const image = imageKind(bytes);
  if (image) {
    return refuse(`${label} is an image (${image}), not a report: check the report's text instead (a .txt, .docx, .html or .md file)`, 'image', image);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    return refuse(
      `${label} is a PDF file, which cannot be read directly: copy the text out of the PDF (or save it as text from your PDF reader) and check that; text copied from a PDF is supported`,
      'pdf',
    );
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return refuse(`${label} is an old binary Office file (.doc, .wps or .xls), which cannot be read: save it as .docx in Word/WPS and check that`, 'old-office');
  }
  if (startsWith(bytes, ascii('{\\rtf'))) {
    return refuse(`${label} is an RTF file, which cannot be read: save it as .docx in Word/WPS and check that`, 'rtf');
  }
  if (isZip(bytes)) return sniffZip(bytes, label);
  const archive = archiveKind(bytes);
  if (archive) return refuse(`${label} is an archive (${archive}), not a report: unpack it and check the report inside`, 'archive', archive);
  if (isMhtml(bytes)) {
    return refuse(
      `${label} is a saved web archive (.mht/.mhtml), which cannot be read: open it in a browser and save it as "Web page, HTML only" (.html), or copy its text`,
      'mhtml',
    );
  }
  return null;
}

function imageKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'GIF';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes.subarray(8), ascii('WEBP'))) return 'WebP';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'TIFF';
  // "BM" alone could start a text file; the four reserved bytes after the size are zero in a real BMP.
  if (startsWith(bytes, ascii('BM')) && bytes.length >= 26 && bytes.subarray(6, 10).every((b) => b === 0)) return 'BMP';
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return 'ICO';
  if (startsWith(bytes.subarray(4), ascii('ftyp'))) return 'HEIC/AVIF/MP4';
  return null;
}

function archiveKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, ascii('Rar!\x1a\x07'))) return 'RAR';
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, ascii('BZh')) && startsWith(bytes.subarray(4), [0x31, 0x41, 0x59, 0x26, 0x53, 0x59])) return 'bzip2';
  return null;
}

function isZip(bytes: Uint8Array): boolean {
  // A local file header, or the end-of-central-directory record of an empty archive.
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/**
 * Office Open XML files are ZIPs told apart by their part names. Those names appear in the local headers
 * at the start (Word writes word/document.xml third) and in the central directory at the end, so both
 * ends are searched; a truncated .docx is still called docx here and left to the docx reader to refuse.
 */
function sniffZip(bytes: Uint8Array, label: string): SniffResult {
  const head = bytes.subarray(0, HEAD_BYTES);
  const tail = bytes.subarray(Math.max(HEAD_BYTES, bytes.length - ZIP_TAIL_BYTES));
  const has = (name: string) => indexOf(head, ascii(name)) >= 0 || indexOf(tail, ascii(name)) >= 0;
  if (extensionOf(label) === 'docx' || has('word/document') || has('word/_rels/')) return { format: 'docx' };
  if (has('application/vnd.oasis.opendocument.text')) {
    return refuse(`${label} is an OpenDocument text file (.odt), which cannot be read: save it as .docx in Word/WPS and check that`, 'odt');
  }
  const [kind, code] = has('xl/workbook') ? ['an Excel workbook (.xlsx)', 'spreadsheet'] : has('ppt/presentation') ? ['a PowerPoint file (.pptx)', 'slides'] : ['an archive (ZIP)', 'archive'];
  return refuse(`${label} is ${kind}, not a report: check the report's text instead (a .txt, .docx, .html or .md file)`, code, code === 'archive' ? 'ZIP' : undefined);
}

function isMhtml(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  // Outside UTF-16, the preview keeps ASCII bytes as they are: without "mime-" in the bytes, in any
  // case, there is no MIME-Version line, and no preview need be made for every report of a batch.
  if (!startsWith(head, [0xff, 0xfe]) && !startsWith(head, [0xfe, 0xff]) && !hasMimeDash(head)) return false;
  const preview = previewText(head);
  return /^MIME-Version:/im.test(preview) && /multipart\/related/i.test(preview);
}

/** Whether the bytes hold "mime-" in ASCII, in any case. */
function hasMimeDash(bytes: Uint8Array): boolean {
  for (let i = 0; i + 4 < bytes.length; i++) {
    if (((bytes[i] as number) | 0x20) !== 0x6d) continue;
    if (((bytes[i + 1] as number) | 0x20) === 0x69 && ((bytes[i + 2] as number) | 0x20) === 0x6d && ((bytes[i + 3] as number) | 0x20) === 0x65 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

/**
 * Format by content, in order of how sure the signal is: an HTML document, a JSON object, Markdown
 * headings, then HTML fragments (a copied `<div>`/`<p>`), so a Markdown file with a stray tag stays Markdown.
 */
function sniffContent(preview: string): InputFormat {
  const start = preview.replace(/^[\uFEFF\s]+/, '');
  const htmlPeek = preview.slice(0, HTML_PEEK);
  if (/^<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i.test(start.slice(0, HTML_PEEK))) return 'html';
  if (start.startsWith('{')) return 'json';
  if (/^#{1,6}[ \t]+\S/m.test(preview)) return 'markdown';
  if (/<(div|p|br|table|h[1-6])[\s>/]/i.test(htmlPeek)) return 'html';
  return 'text';
}

/**
 * The start of the input as a string in which only ASCII is reliable, which is all the content checks
 * look for. UTF-16 (by its BOM) is decoded properly; anything else loses a UTF-8 BOM, keeps ASCII bytes and
 * turns other bytes into U+FFFD. GBK trail bytes can fall in ASCII (even `{`), but never on `<`, `#` or a line
 * break, and a trail byte never comes first, so the checks below cannot be fooled by them.
 */
function previewText(head: Uint8Array): string {
  if (startsWith(head, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(head);
  if (startsWith(head, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(head);
  const body = startsWith(head, [0xef, 0xbb, 0xbf]) ? head.subarray(3) : head;
  // One string from the codes, not a string per byte: every input of a batch is peeked at.
  const codes = new Uint16Array(body.length);
  for (let i = 0; i < body.length; i++) {
    const byte = body[i] as number;
    codes[i] = byte < 0x80 ? byte : 0xfffd;
  }
  return String.fromCharCode.apply(null, codes as unknown as number[]);
}

/** A refusal, with what the input is (`kind`, `detail`) for the locale catalogues to say in their words. */
function refuse(message: string, kind: string, detail?: string): SniffResult {
  return { refuse: { code: 'INPUT_UNSUPPORTED', message, params: detail === undefined ? { kind } : { kind, detail } } };
}

/** The lower-case extension of a path or URL without its query, or '' (stdin `-`, no name, no dot). */
function extensionOf(name: string | undefined): string {
  const base = (name ?? '').split(/[?#]/)[0]!.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function indexOf(haystack: Uint8Array, needle: readonly number[]): number {
  const first = needle[0];
  for (let i = haystack.indexOf(first!); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first!, i + 1)) {
    if (needle.every((b, j) => haystack[i + j] === b)) return i;
  }
  return -1;
}
