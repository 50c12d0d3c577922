import { Converter } from 'opencc-js/t2cn';

/**
 * A matching view of the input: the same length as the original, character for character, so every
 * offset found in it is an offset in the original too. No offset map is needed because each mapping
 * here replaces one UTF-16 unit with one.
 */

const CHUNK = 8192;

const SPACE_LIKE = new Set([0x3000, 0x00a0, 0x2002, 0x2003, 0x2009, 0x200b, 0xfeff, 0x2028, 0x2029]);

/** Maps one character to its matching form: full-width ASCII to half-width, odd spaces to a space. */
function normalizeUnit(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (SPACE_LIKE.has(code)) return 0x20;
  if (code === 0x2014 || code === 0x2013 || code === 0x2212) return 0x2d; // dashes in "2021—2025"
  return code;
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
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i] = code >= 0x3400 && code <= 0x9fff ? simplified(code) : normalizeUnit(code);
  }
  let result = '';
  // fromCharCode takes its arguments on the stack: convert in chunks. `apply` reads the typed array
  // directly (3× faster than spreading it through its iterator); TextDecoder would be as fast but
  // turns a lone surrogate into U+FFFD, and the view must keep every code unit of the original.
  for (let i = 0; i < out.length; i += CHUNK) result += String.fromCharCode.apply(null, out.subarray(i, i + CHUNK) as unknown as number[]);
  return result;
}

// Reports reprinted in traditional characters are matched as if simplified. Converted one character
// at a time (phrase conversions could change the length, and offsets must not move), and remembered
// in a table indexed by code unit (0 = not looked up yet).
let toSimplified: ((text: string) => string) | null = null;
const simplifiedTable = new Uint16Array(0x10000);

function simplified(code: number): number {
  let out = simplifiedTable[code] as number;
  if (out === 0) {
    toSimplified ??= Converter({ from: 't', to: 'cn' });
    const converted = toSimplified(String.fromCharCode(code));
    out = converted.length === 1 ? converted.charCodeAt(0) : code;
    simplifiedTable[code] = out;
  }
  return out;
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
