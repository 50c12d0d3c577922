/**
 * Bytes → text. Detects UTF-8 (with or without BOM), UTF-16 LE/BE and GB18030/GBK, or decodes with an
 * encoding the user names, and refuses bytes that are not text in any of them.
 *
 * Only the platform's TextDecoder is used (WHATWG encodings, available in Node 20 and browsers), so this
 * file runs in a browser and carries no mapping tables. Every decoder is `fatal`: a wrong guess must fail
 * and move on to the next encoding rather than yield mojibake that would then be scored as a report.
 */
import { InputError } from '../errors.js';
import type { DecodeWarning } from '../types.js';

/** What {@link decodeBytes} returns. */
export interface DecodedText {
  /** The decoded text, without a byte-order mark. */
  text: string;
  /** The encoding used: `utf-8`, `utf-16le`, `utf-16be`, `gb18030` or `big5`. */
  encoding: string;
  /** Present when invalid bytes were replaced (lenient decoding): how many, and on which lines. */
  warning?: DecodeWarning;
}

/** Options of {@link decodeBytes}. */
export interface DecodeOptions {
  /** Decode with this encoding instead of detecting one (aliases such as `gbk` or `utf8` are accepted). */
  encoding?: string;
  /** The input's name, used in error messages. */
  name?: string;
  /** A faster strict UTF-8 decoder than TextDecoder, if the platform has one (see ReadOptions.utf8). */
  utf8?: Utf8Decoder;
}

/**
 * A strict UTF-8 decoder: the text, exactly as `new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })`
 * gives it, or null when the bytes are not valid UTF-8.
 *
 * @example
 * // In Node 20, node:buffer's simdutf validation and ICU conversion beat TextDecoder several times over:
 * const utf8: Utf8Decoder = (bytes) => (isUtf8(bytes) ? transcode(Buffer.from(bytes), 'utf8', 'utf16le').toString('utf16le') : null)
 * const extracted = await readInput(bytes, { name: 'report.txt', utf8 })
 */
export type Utf8Decoder = (bytes: Uint8Array) => string | null;

/**
 * Accepted names (lower-case, without `-`, `_` or spaces, so `UTF_8`, `GB-2312` and `big5-hkscs` match;
 * HTML `<meta charset>` values arrive here too) → the TextDecoder label. GBK and GB2312 decode with the
 * gb18030 superset; the WHATWG big5 decoder is Big5-HKSCS.
 */
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  utf16: 'utf-16',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  unicode: 'utf-16',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  xgbk: 'gb18030',
  gb2312: 'gb18030',
  gb231280: 'gb18030',
  csgb2312: 'gb18030',
  euccn: 'gb18030',
  cp936: 'gb18030',
  ms936: 'gb18030',
  windows936: 'gb18030',
  big5: 'big5',
  big5hkscs: 'big5',
  cnbig5: 'big5',
  xxbig5: 'big5',
  cp950: 'big5',
};

const SUPPORTED = 'utf-8, utf-16le, utf-16be, utf-16 (by its byte-order mark), gbk, gb2312, gb18030, big5';
const ADVICE = 'save the report as UTF-8 or GBK text, or pass --encoding';

interface Bom {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
}

/**
 * Decodes a report's bytes, detecting the encoding unless one is given.
 *
 * Detection order: a byte-order mark; strict UTF-8; UTF-16 without a BOM when the zero bytes say so;
 * UTF-8 with a stray byte or two; GB18030 (which covers GBK and GB2312). Each candidate must also look
 * like text (see {@link textProblem}).
 *
 * One stray byte must not make a report unreadable: when no encoding decodes the bytes strictly but one
 * decodes them with only a few invalid sequences (see {@link LENIENT_SHARE}), they are replaced with
 * U+FFFD and the result carries a `warning` saying how many and where. Bytes that are not text are
 * still refused.
 *
 * @throws InputError `INPUT_ENCODING` when the bytes are not text in any tried (or the given) encoding;
 *   `INPUT_INVALID` for an unknown encoding name.
 * @example
 * decodeBytes(new Uint8Array([0xb1, 0xa8, 0xb8, 0xe6]), {}) // { text: '报告', encoding: 'gb18030' }
 * decodeBytes(bytes, { encoding: 'gbk', name: 'report.txt' })
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const bom = detectBom(bytes);
  const tryDecode = decoderWith(options.utf8);
  if (options.encoding !== undefined) return decodeExplicit(bytes, options.encoding, bom, options.name, tryDecode);
  if (bom) return decodeWithBom(bytes, bom, options.name, tryDecode);

  const tried: string[] = [];
  // Valid bytes that do not read as text (a run of dashes) are not repaired by replacing bytes.
  let validSomewhere = false;
  const attempt = (encoding: string): DecodedText | null => {
    const result = tryDecode(bytes, encoding);
    if (result !== null) validSomewhere = true;
    const problem = result === null ? 'invalid byte sequences' : textProblem(result);
    if (result !== null && problem === null) return { text: result, encoding };
    tried.push(`${encoding} (${problem})`);
    return null;
  };

  // UTF-8 with a stray byte comes before strict GB18030, which would read UTF-8 as mojibake.
  const nearUtf8 = () => (validSomewhere ? null : decodeLeniently(bytes, 'utf-8', STRAY_SHARE));
  const damaged = () => (validSomewhere ? null : leastDamaged(bytes, ['gb18030', 'utf-8']));
  const found = attempt('utf-8') ?? tryUtf16(bytes, attempt) ?? nearUtf8() ?? attempt('gb18030') ?? damaged();
  if (found) return found;
  throw encodingError(options.name, `is not text in a supported encoding (tried ${tried.join(', ')}): ${ADVICE}`);
}

/** At most this share of replaced sequences (and at least a few) leaves a text "overwhelmingly valid". */
export const LENIENT_SHARE = 1 / 200;
/** The stricter share for UTF-8 before GB18030 is tried: a GBK report read as UTF-8 breaks at every character. */
const STRAY_SHARE = 1 / 1000;
/** Always allowed, however short the text: one stray byte must not make a report unreadable. */
const LENIENT_MINIMUM = 2;
const MAX_WARNING_LINES = 20;

/** The encoding, of those given, that decodes the bytes with the fewest replacements, if few enough. */
function leastDamaged(bytes: Uint8Array, encodings: string[]): DecodedText | null {
  const decoded = encodings.map((e) => decodeLeniently(bytes, e, LENIENT_SHARE)).filter((d): d is DecodedText => d !== null);
  decoded.sort((a, b) => (a.warning?.replaced ?? 0) - (b.warning?.replaced ?? 0));
  return decoded[0] ?? null;
}

/**
 * Decodes with replacement characters, or null when the result has too many of them (more than
 * `share` of its characters, and more than a few) or does not look like text.
 */
function decodeLeniently(bytes: Uint8Array, encoding: string, share: number): DecodedText | null {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  const lines: number[] = [];
  let replaced = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0xfffd) {
      replaced++;
      if (lines.length < MAX_WARNING_LINES && lines[lines.length - 1] !== line) lines.push(line);
    }
  }
  if (replaced === 0) return null; // strictly valid: the strict attempt decides about it
  const allowed = Math.max(LENIENT_MINIMUM, text.length * share);
  // A short text that is mostly replacements is not "overwhelmingly valid", whatever the minimum says.
  if (replaced > allowed || replaced * 10 > text.length || textProblem(text) !== null) return null;
  return { text, encoding, warning: { encoding, replaced, lines } };
}

/** An INPUT_ENCODING error whose message starts with the input's name. */
function encodingError(name: string | undefined, rest: string): InputError {
  return new InputError('INPUT_ENCODING', `${name ?? 'the input'} ${rest}`, { file: name ?? null });
}

function detectBom(bytes: Uint8Array): Bom | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** A BOM is near-certain evidence, so a file that then fails to decode is an error, not a cue to guess on. */
function decodeWithBom(bytes: Uint8Array, bom: Bom, name: string | undefined, tryDecode: StrictDecoder): DecodedText {
  const text = tryDecode(bytes.subarray(bom.length), bom.encoding);
  const problem = text === null ? 'invalid byte sequences' : textProblem(text);
  if (text !== null && problem === null) return { text, encoding: bom.encoding };
  const lenient = text === null ? decodeLeniently(bytes.subarray(bom.length), bom.encoding, LENIENT_SHARE) : null;
  if (lenient) return lenient;
  throw encodingError(name, `starts with a ${bom.encoding} byte-order mark but is not ${bom.encoding} text (${problem}): ${ADVICE}`);
}

function decodeExplicit(bytes: Uint8Array, requested: string, bom: Bom | null, name: string | undefined, tryDecode: StrictDecoder): DecodedText {
  const key = requested.trim().toLowerCase().replace(/[-_\s]/g, '');
  let encoding = ALIASES[key];
  if (encoding === undefined) {
    throw new InputError('INPUT_INVALID', `unknown encoding "${requested}": supported encodings are ${SUPPORTED}`, {
      file: name ?? null,
    });
  }
  // "utf-16" means whatever its BOM says, defaulting to little-endian as Windows' "Unicode" does.
  if (encoding === 'utf-16') encoding = bom?.encoding === 'utf-16be' ? 'utf-16be' : 'utf-16le';
  // A BOM that contradicts the named encoding means the name is wrong; decoding anyway would give mojibake.
  if (bom && bom.encoding !== encoding) {
    throw encodingError(name, `starts with a ${bom.encoding} byte-order mark, so it is not ${requested}: drop --encoding or pass --encoding ${bom.encoding}`);
  }
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const text = tryDecode(body, encoding);
  const problem = text === null ? 'it has byte sequences that are invalid in that encoding' : textProblem(text);
  if (text !== null && problem === null) return { text, encoding };
  // A stray byte in a file of the named encoding: read the rest, and say where the byte was.
  const lenient = text === null ? decodeLeniently(body, encoding, LENIENT_SHARE) : null;
  if (lenient) return lenient;
  throw encodingError(name, `is not ${requested} text (${problem}): check the file's encoding, or drop --encoding to detect it`);
}

/** Strict decoding; null when the bytes are invalid in `encoding`. The caller strips any BOM itself. */
type StrictDecoder = (bytes: Uint8Array, encoding: string) => string | null;

function platformDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The strict decoder, with the caller's UTF-8 decoder for UTF-8 when it gives one. */
function decoderWith(utf8: Utf8Decoder | undefined): StrictDecoder {
  if (!utf8) return platformDecode;
  return (bytes, encoding) => (encoding === 'utf-8' ? utf8(bytes) : platformDecode(bytes, encoding));
}

/**
 * UTF-16 without a BOM, only when the zero bytes make it near-certain. In UTF-16 every ASCII character and
 * line break puts a zero in the high byte; Chinese reports measure ~10% of code units like that, with ~1%
 * zeros on the other side (一 is U+4E00). UTF-8 and GBK text has no zero bytes at all, so the only other
 * reading of such a file is "binary", which the text checks after decoding still catch.
 */
function tryUtf16(bytes: Uint8Array, attempt: (encoding: string) => DecodedText | null): DecodedText | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  const pairs = sample.length / 2;
  if (pairs < 2 || bytes.length % 2 !== 0) return null;
  let highZero = 0; // zero in the second byte of a pair: little-endian ASCII
  let lowZero = 0; // zero in the first byte: big-endian ASCII
  for (let i = 0; i < sample.length; i += 2) {
    const first = sample[i]!;
    const second = sample[i + 1]!;
    if (first === 0 && second === 0) return null; // U+0000 is not text in any encoding
    if (second === 0) highZero++;
    else if (first === 0) lowZero++;
  }
  const decisive = (major: number, minor: number) => major >= Math.max(2, pairs * 0.05) && minor * 4 <= major;
  if (decisive(highZero, lowZero)) return attempt('utf-16le');
  if (decisive(lowZero, highZero)) return attempt('utf-16be');
  return null;
}

/**
 * Why a decoded text is not a report's text, or null when it looks like text. Binary data can decode
 * "successfully" (any even-length byte string is valid UTF-16; GB18030 accepts much), so every candidate
 * is checked for NULs, control characters, and a plausible share of letters.
 */
function textProblem(text: string): string | null {
  let controls = 0;
  let wordy = 0; // CJK ideographs, ASCII letters and digits, full-width letters and digits
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 'it contains NUL bytes';
    if (c <= 0x20 || c === 0x3000) {
      // Tab, line feed, carriage return, form feed (PDF page breaks) and vertical tab (Word's manual line
      // break, when text is copied out of Word) are ordinary in text.
      if (c < 0x20 && (c < 0x09 || c > 0x0d)) controls++;
      continue;
    }
    visible++;
    // DEL and C1 controls never occur in a report, but appear when binary data is read as text.
    if (c === 0x7f || (c >= 0x80 && c <= 0x9f)) controls++;
    else if (isWordy(c)) wordy++;
  }
  if (controls > Math.max(2, text.length * 0.01)) return `${controls} control characters`;
  if (visible >= 200 && wordy < visible * 0.2) return 'too few letters or Chinese characters';
  return null;
}

function isWordy(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff10 && c <= 0xff5a) ||
    // High surrogates of planes 2–3, where the rarer CJK ideographs (extensions B–H) live.
    (c >= 0xd840 && c <= 0xd8bf)
  );
}
