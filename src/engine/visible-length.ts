/**
 * Characters of a text that are not whitespace: what section and length checks count. Counted by a
 * loop over a table rather than by deleting whitespace with a regex, which built a copy of every
 * block each time a section was measured.
 */

// ECMAScript's \s within one UTF-16 unit: WhiteSpace (tab, VT, FF, space, NBSP, ZWNBSP, the Zs
// spaces) and LineTerminator (LF, CR, LS, PS). A test holds it equal to /\s/ on every code unit.
const SPACES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const WHITESPACE = new Uint8Array(0x10000);
for (const c of SPACES) WHITESPACE[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) WHITESPACE[c] = 1;

/**
 * Whether a UTF-16 code unit is whitespace as `\s` means it.
 *
 * @example
 * isWhitespace('\u3000'.charCodeAt(0)) // true
 */
export function isWhitespace(code: number): boolean {
  // charCodeAt past the end is NaN: kept away from the table, whose loads turn generic on one NaN key.
  return code >= 0 && WHITESPACE[code] === 1;
}

/**
 * The number of characters of `text` that are not whitespace, as `text.replace(/\s/g, '').length`.
 *
 * @example
 * visibleLength('一、 主要举措\n') // 6
 */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (WHITESPACE[text.charCodeAt(i)] !== 1) n++;
  return n;
}
