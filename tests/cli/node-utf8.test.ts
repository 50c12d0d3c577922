/**
 * The CLI's UTF-8 decoder must give exactly what the core's TextDecoder gives, and refuse exactly what
 * it refuses: readInput trusts it as a drop-in, and a difference would change a report's text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/cli/node-utf8.js';
import { readInput } from '../../src/input/read-input.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const platform = (bytes: Uint8Array): string | null => {
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
};
const bytesOf = (...b: number[]) => new Uint8Array(b);

describe('decodeUtf8', () => {
  it.each([
    ['Chinese text', new TextEncoder().encode('某县2023年法治政府建设年度报告\n一、主要举措和成效')],
    ['characters beyond the BMP (surrogate pairs)', new TextEncoder().encode('a😀b𠀀c')],
    ['a byte-order mark kept as U+FEFF', bytesOf(0xef, 0xbb, 0xbf, 0x41)],
    ['U+FFFD written in the text itself', new TextEncoder().encode('坏\ufffd字')],
    ['nothing', bytesOf()],
    ['a stray continuation byte', bytesOf(0x41, 0x80, 0x42)],
    ['a truncated sequence at the end', bytesOf(0xe6, 0x8a)],
    ['an overlong encoding', bytesOf(0xc0, 0xaf)],
    ['an encoded surrogate', bytesOf(0xed, 0xa0, 0x80)],
    ['a code point past U+10FFFF', bytesOf(0xf4, 0x90, 0x80, 0x80)],
    ['GBK bytes', bytesOf(0xb1, 0xa8, 0xb8, 0xe6)],
  ])('agrees with TextDecoder on %s', (_name, bytes) => {
    expect(decodeUtf8(bytes)).toBe(platform(bytes));
  });

  it('agrees with TextDecoder on any text and on any bytes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => decodeUtf8(new TextEncoder().encode(text)) === platform(new TextEncoder().encode(text))), { numRuns: 300 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => decodeUtf8(bytes) === platform(bytes)), { numRuns: 500 });
  });

  it('reads a view into a larger buffer, not the whole buffer', () => {
    const whole = new TextEncoder().encode('前言报告后记');
    expect(decodeUtf8(whole.subarray(6, 12))).toBe('报告');
  });

  it('gives readInput the same text and encoding as TextDecoder does', async () => {
    const bytes = new TextEncoder().encode('某县2023年法治政府建设年度报告\n一、主要举措和成效\n全年办结行政复议案件64件。');
    const [fast, plain] = await Promise.all([readInput(bytes, { name: 'a.txt', utf8: decodeUtf8 }), readInput(bytes, { name: 'a.txt' })]);
    expect(fast).toEqual(plain);
    expect(fast.encoding).toBe('utf-8');
  });

  it('is what readInput decodes UTF-8 with, when given', async () => {
    const bytes = new TextEncoder().encode('全年办结行政复议案件64件。');
    expect((await readInput(bytes, { utf8: () => '换了的文本' })).text).toBe('换了的文本');
    // A decoder that refuses the bytes sends readInput on to the next encoding, as TextDecoder would.
    expect((await readInput(bytes, { utf8: () => null })).encoding).not.toBe('utf-8');
  });
});
