import { T2S_PAIRS } from './t2s-table.generated.js';

/**
 * A matching view of the input: the same length as the original, character for character, so every
 * offset found in it is an offset in the original too. No offset map is needed because each mapping
 * here replaces one UTF-16 unit with one.
 */

const CHUNK = 8192;

const SPACE_LIKE = [0x3000, 0x00a0, 0x2002, 0x2003, 0x2009, 0x200b, 0xfeff, 0x2028, 0x2029];

// The matching form of every UTF-16 code unit, filled on first sight (0 = not looked up yet): one
// table read per character instead of a chain of tests, and the traditional → simplified lookup,
// which is slow, done once per distinct character.
const table = new Uint16Array(0x10000);

/** Maps one character to its matching form: full-width ASCII to half-width, odd spaces to a space. */
function normalizeUnit(code: number): number {
  if (code >= 0x3400 && code <= 0x9fff) return simplified(code);
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (SPACE_LIKE.includes(code)) return 0x20;
  if (code === 0x2014 || code === 0x2013 || code === 0x2212) return 0x2d; // dashes in "2021—2025"
  return code;
}

function lookUp(code: number): number {
  const out = normalizeUnit(code);
  // U+0000 maps to itself and stays 0 in the table: looked up each time, at no cost.
  table[code] = out;
  return out;
}

// Decodes the code units in one native call. A lone surrogate would come out as U+FFFD, and the view
// must keep every code unit of the original, so text holding one takes the slower path below.
let utf16: TextDecoder | null | undefined;

function decoder(): TextDecoder | null {
  if (utf16 === undefined) {
    try {
      utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
      // The typed array is read in the platform's byte order, which must be little-endian here.
      if (utf16.decode(new Uint16Array([0x4e00])) !== '\u4e00') utf16 = null;
    } catch {
      utf16 = null;
    }
  }
  return utf16;
}

/**
 * Returns the matching view of `text`: same length, full-width ASCII folded to half-width
 * (（一） → (一), ：→ :, １ → 1), unusual spaces folded to a space, traditional characters folded to
 * simplified (報告 → 报告).
 *
 * @example
 * normalizeText('（一）主要举措：') // '(一)主要举措:'
 */
export function normalizeText(text: string): string {
  const known = recall(text);
  if (known !== undefined) return known;
  const norm = computeNormalized(text);
  remember(text, norm);
  return norm;
}

// The last few long texts normalised, with their views. A report read from a file is normalised
// twice: by the PDF-copy test when it is read, and by the parser when it is assessed, with up to
// three other files read in between in a batch. Looked up by identity first (the same string
// object comes back), which makes a hit free; short texts (titles, lines) are cheap to redo.
const RECENT = 8;
const MIN_REMEMBERED = 256;
const recentTexts: string[] = [];
const recentNorms: string[] = [];
let nextSlot = 0;

function recall(text: string): string | undefined {
  if (text.length < MIN_REMEMBERED) return undefined;
  for (let i = 0; i < recentTexts.length; i++) if (recentTexts[i] === text) return recentNorms[i];
  return undefined;
}

function remember(text: string, norm: string): void {
  if (text.length < MIN_REMEMBERED) return;
  recentTexts[nextSlot] = text;
  recentNorms[nextSlot] = norm;
  nextSlot = (nextSlot + 1) % RECENT;
}

function computeNormalized(text: string): string {
  const n = text.length;
  const out = new Uint16Array(n);
  let lone = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    out[i] = table[code] || lookUp(code);
    if ((code & 0xf800) === 0xd800) lone ||= isLoneSurrogate(text, i, code);
  }
  const native = lone ? null : decoder();
  if (native) return native.decode(out);
  let result = '';
  // fromCharCode takes its arguments on the stack: convert in chunks. `apply` reads the typed array
  // directly (3× faster than spreading it through its iterator).
  for (let i = 0; i < n; i += CHUNK) result += String.fromCharCode.apply(null, out.subarray(i, i + CHUNK) as unknown as number[]);
  return result;
}

function isLoneSurrogate(text: string, i: number, code: number): boolean {
  if (code < 0xdc00) {
    const next = text.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
  return !(prev >= 0xd800 && prev <= 0xdbff);
}

// Reports reprinted in traditional characters are matched as if simplified. Converted one character
// at a time (phrase conversions could change the length, and offsets must not move), by a table taken
// from opencc-js at build time (scripts/embed-t2s.mjs).
let toSimplified: Map<number, number> | null = null;

function simplified(code: number): number {
  if (!toSimplified) {
    toSimplified = new Map();
    for (let i = 0; i < T2S_PAIRS.length; i += 2) toSimplified.set(T2S_PAIRS.charCodeAt(i), T2S_PAIRS.charCodeAt(i + 1));
  }
  return toSimplified.get(code) ?? code;
}

const normalized = new WeakMap<object, string>();

/** Remembers the matching view computed for a document, so later stages need not compute it again. */
export function rememberNormalized(owner: object, norm: string): void {
  normalized.set(owner, norm);
}

/** The matching view of a document's text: remembered by the parser, or computed now. */
export function normalizedOf(owner: object, text: string): string {
  return normalized.get(owner) ?? normalizeText(text);
}
