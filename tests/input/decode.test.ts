/**
 * decodeBytes on the real seed reports of ../shared/corpus, encoded here with iconv-lite into every
 * encoding offices send, and on bytes that are not text at all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isChecklistError, type ErrorCode } from '../../src/errors.js';
import { decodeBytes } from '../../src/input/decode.js';

const seedsDir = path.resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const present = existsSync(seedsDir);
if (!present) console.warn(`seed-report decoding tests skipped: ${seedsDir} is not there (it sits beside the checkout)`);
const seeds = present
  ? readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((file) => ({ file, text: readFileSync(path.join(seedsDir, file), 'utf8') }))
  : [];

const ADVICE = 'save the report as UTF-8 or GBK text, or pass --encoding';
const bytesOf = (buffer: Uint8Array) => new Uint8Array(buffer);
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

/** Deterministic "random" bytes (a 32-bit LCG), so a failure can be reproduced. */
function noise(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

/** Runs decodeBytes expecting an InputError; returns it for the message checks. */
function decodeError(bytes: Uint8Array, options: { encoding?: string; name?: string }, code: ErrorCode) {
  try {
    decodeBytes(bytes, options);
  } catch (error) {
    expect(isChecklistError(error) && error.code).toBe(code);
    return error as Error & { file: string | null };
  }
  throw new Error('decodeBytes did not throw');
}

/** How each seed is encoded: [label, encoder, encoding decodeBytes must report]. */
const ENCODINGS: [string, (text: string) => Uint8Array, string][] = [
  ['UTF-8', (t) => utf8(t), 'utf-8'],
  ['UTF-8 with BOM', (t) => concat([0xef, 0xbb, 0xbf], utf8(t)), 'utf-8'],
  ['GB18030', (t) => bytesOf(iconv.encode(t, 'gb18030')), 'gb18030'],
  ['UTF-16LE with BOM', (t) => bytesOf(iconv.encode(t, 'utf-16le', { addBOM: true })), 'utf-16le'],
  ['UTF-16BE with BOM', (t) => bytesOf(iconv.encode(t, 'utf-16be', { addBOM: true })), 'utf-16be'],
  ['UTF-16LE without BOM', (t) => bytesOf(iconv.encode(t, 'utf-16le')), 'utf-16le'],
  ['UTF-16BE without BOM', (t) => bytesOf(iconv.encode(t, 'utf-16be')), 'utf-16be'],
];

describe.runIf(present).each(seeds)('seed $file', ({ file, text }) => {
  it.each(ENCODINGS)('%s decodes to the exact original text', (_label, encode, encoding) => {
    expect(decodeBytes(encode(text), { name: file })).toEqual({ text, encoding });
  });

  it('GBK decodes as gb18030 (characters GBK lacks, such as • or U+2002, come back as iconv-lite wrote them)', () => {
    const gbk = bytesOf(iconv.encode(text, 'gbk'));
    expect(decodeBytes(gbk, { name: file })).toEqual({ text: iconv.decode(Buffer.from(gbk), 'gbk'), encoding: 'gb18030' });
  });

  it.each(['gbk', 'GBK', 'gb2312', 'GB18030', 'cp936'])('GB18030 bytes with --encoding %s', (encoding) => {
    expect(decodeBytes(bytesOf(iconv.encode(text, 'gb18030')), { encoding, name: file })).toEqual({ text, encoding: 'gb18030' });
  });

  it.each([
    ['utf8', utf8(text), 'utf-8'],
    ['UTF_16LE', bytesOf(iconv.encode(text, 'utf-16le', { addBOM: true })), 'utf-16le'],
    ['utf-16', bytesOf(iconv.encode(text, 'utf-16be', { addBOM: true })), 'utf-16be'],
  ])('--encoding %s decodes and drops the BOM', (encoding, bytes, expected) => {
    expect(decodeBytes(bytes, { encoding, name: file })).toEqual({ text, encoding: expected });
  });

  it('GBK bytes with --encoding utf-8 are an INPUT_ENCODING error naming utf-8', () => {
    const error = decodeError(bytesOf(iconv.encode(text, 'gbk')), { encoding: 'utf-8', name: file }, 'INPUT_ENCODING');
    expect(error.message).toContain(`${file} is not utf-8 text`);
    expect(error.file).toBe(file);
  });

  it('UTF-8 bytes with --encoding gbk are an INPUT_ENCODING error naming gbk', () => {
    const error = decodeError(utf8(text), { encoding: 'gbk', name: file }, 'INPUT_ENCODING');
    expect(error.message).toContain(`${file} is not gbk text`);
    expect(error.message).toContain('drop --encoding');
  });

  it('a UTF-16 file with --encoding gbk is refused by its BOM', () => {
    const bytes = bytesOf(iconv.encode(text, 'utf-16le', { addBOM: true }));
    expect(decodeError(bytes, { encoding: 'gbk', name: file }, 'INPUT_ENCODING').message).toContain(
      'starts with a utf-16le byte-order mark, so it is not gbk',
    );
  });
});

describe('Big5 (traditional characters) with --encoding', () => {
  const traditional =
    '某某縣2023年度法治政府建設工作報告\n\n一、深入學習貫徹習近平法治思想\n' +
    '本年度，全縣各級各部門認真貫徹落實《法治政府建設實施綱要（2021—2025年）》，嚴格規範公正文明執法，行政複議和行政應訴工作穩步推進。\n';
  const big5 = bytesOf(iconv.encode(traditional, 'big5'));

  it('the sample is representable in Big5', () => {
    expect(iconv.decode(Buffer.from(big5), 'big5')).toBe(traditional);
  });

  it.each(['big5', 'Big5', 'big5-hkscs', 'cp950'])('--encoding %s', (encoding) => {
    expect(decodeBytes(big5, { encoding })).toEqual({ text: traditional, encoding: 'big5' });
  });

  it('traditional characters in UTF-8 need no option', () => {
    expect(decodeBytes(utf8(traditional), {})).toEqual({ text: traditional, encoding: 'utf-8' });
  });
});

describe('small texts', () => {
  it.each<[string, Uint8Array, string, string]>([
    ['ASCII', utf8('Annual report\n'), 'Annual report\n', 'utf-8'],
    ['a PDF copy with form feeds', utf8('一、总体情况\f\n- 2 -\n二、'), '一、总体情况\f\n- 2 -\n二、', 'utf-8'],
    ['text copied out of Word, with manual line breaks', utf8('一、总体情况\v（一）\v（二）'), '一、总体情况\v（一）\v（二）', 'utf-8'],
    ['GB2312 title', Uint8Array.from([0xb1, 0xa8, 0xb8, 0xe6]), '报告', 'gb18030'],
    ['English UTF-16LE without BOM', bytesOf(iconv.encode('Law-based government report 2023\r\n', 'utf-16le')), 'Law-based government report 2023\r\n', 'utf-16le'],
    ['English UTF-16BE without BOM', bytesOf(iconv.encode('Law-based government report 2023\n', 'utf-16be')), 'Law-based government report 2023\n', 'utf-16be'],
  ])('%s', (_label, bytes, text, encoding) => {
    expect(decodeBytes(bytes, {})).toEqual({ text, encoding });
  });
});

describe('bad encoding options', () => {
  it.each(['latin1', 'shift_jis', 'utf-32', ''])('unknown encoding %j is INPUT_INVALID listing the supported ones', (encoding) => {
    const error = decodeError(utf8('报告'), { encoding, name: 'a.txt' }, 'INPUT_INVALID');
    expect(error.message).toContain(`unknown encoding "${encoding}"`);
    expect(error.message).toMatch(/utf-8.*gbk.*gb18030.*big5/);
  });

  it('--encoding utf-16le on an odd number of bytes is INPUT_ENCODING', () => {
    expect(decodeError(utf8('报告。'), { encoding: 'utf-16le' }, 'INPUT_ENCODING').message).toContain('is not utf-16le text');
  });

  it('an explicit encoding still refuses binary', () => {
    expect(decodeError(new Uint8Array(64), { encoding: 'utf-8', name: 'zeros.txt' }, 'INPUT_ENCODING').message).toContain('NUL');
  });
});

describe('bytes that are not text', () => {
  const png = concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], utf8('IHDR'), noise(4000, 7));
  const pdf = concat(
    utf8('%PDF-1.7\n%'),
    [0xe2, 0xe3, 0xcf, 0xd3],
    utf8('\n1 0 obj\n<< /Length 3000 /Filter /FlateDecode >>\nstream\n'),
    noise(3000, 3),
    utf8('\nendstream\nendobj\n'),
  );
  const ole2 = concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(500), noise(3000, 5));
  const controls = utf8(Array.from({ length: 200 }, (_, i) => `ab\x01cd${i}\x02`).join(''));

  it.each<[string, string, Uint8Array, string]>([
    ['a PNG header and random bytes', 'scan.png', png, 'utf-8'],
    ['a file of NULs', 'zeros.txt', new Uint8Array(4096), 'NUL'],
    ['random bytes', 'noise.bin', noise(4096), 'gb18030'],
    ['a PDF', 'report.pdf', pdf, 'gb18030'],
    ['an OLE2 .doc', 'report.doc', ole2, 'gb18030 (invalid byte sequences)'],
    ['text full of control characters', 'ctl.txt', controls, 'control characters'],
    ['a long run of punctuation', 'dashes.txt', utf8('—'.repeat(600)), 'too few letters'],
  ])('%s is INPUT_ENCODING with what to do', (_label, name, bytes, detail) => {
    const error = decodeError(bytes, { name }, 'INPUT_ENCODING');
    expect(error.message).toMatch(new RegExp(`^${name.replace('.', '\\.')} is not text in a supported encoding \\(tried `));
    expect(error.message).toContain(detail);
    expect(error.message).toContain(ADVICE);
    expect(error.file).toBe(name);
  });

  it('a UTF-8 BOM followed by GBK bytes is an error, not a guess', () => {
    const bytes = concat([0xef, 0xbb, 0xbf], iconv.encode('法治政府建设年度报告', 'gbk'));
    const error = decodeError(bytes, { name: 'mixed.txt' }, 'INPUT_ENCODING');
    expect(error.message).toBe(
      `mixed.txt starts with a utf-8 byte-order mark but is not utf-8 text (invalid byte sequences): ${ADVICE}`,
    );
  });

  it('without a name the message says "the input"', () => {
    expect(decodeError(new Uint8Array(16), {}, 'INPUT_ENCODING').message).toMatch(/^the input is not text/);
  });
});
