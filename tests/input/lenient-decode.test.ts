/** One stray byte must not make a report unreadable: it is replaced, counted and placed. */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.js';
import { isChecklistError } from '../../src/errors.js';
import { decodeBytes } from '../../src/input/decode.js';
import { readInput } from '../../src/input/read-input.js';
import { loadRuleSet } from '../../src/rules/load-rule-set.js';

const REPORT = readFileSync(new URL('../../examples/reports/meitan-county-2020.txt', import.meta.url), 'utf8');
const LINE = 5;

/** The report's bytes with `stray` inserted at the start of line LINE. */
function withStray(bytes: Uint8Array, text: string, stray: number[], encode: (s: string) => Uint8Array): Uint8Array {
  const cut = encode(text.split('\n').slice(0, LINE - 1).join('\n') + '\n').length;
  return Uint8Array.from([...bytes.subarray(0, cut), ...stray, ...bytes.subarray(cut)]);
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));

describe.each([
  ['UTF-8', utf8, 'utf-8', undefined],
  ['UTF-8, with --encoding utf-8', utf8, 'utf-8', 'utf-8'],
  ['GBK', gbk, 'gb18030', undefined],
  ['GBK, with --encoding gbk', gbk, 'gb18030', 'gbk'],
])('a %s report with one stray byte', (_, encode, encoding, forced) => {
  const bytes = withStray(encode(REPORT), REPORT, [0xff], encode);

  it('is decoded, with the byte replaced and a warning saying how many and where', () => {
    const decoded = decodeBytes(bytes, forced ? { encoding: forced } : {});
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warning).toEqual({ encoding, replaced: 1, lines: [LINE] });
    expect(decoded.text.replace('\ufffd', '')).toBe(REPORT);
  });
});

describe('lenient decoding has limits', () => {
  it('a report with a bad byte every few characters is still refused', () => {
    const bytes = utf8(REPORT);
    for (let i = 0; i < bytes.length; i += 20) bytes[i] = 0xff;
    const error = (() => {
      try {
        return decodeBytes(bytes, { name: 'garbled.txt' });
      } catch (e) {
        return e;
      }
    })();
    expect(isChecklistError(error) && error.code).toBe('INPUT_ENCODING');
  });

  it('valid UTF-8 that does not read as text is not "repaired" as another encoding', () => {
    expect(() => decodeBytes(utf8('—'.repeat(600)))).toThrow(/too few letters/);
  });
});

describe('the warning reaches the assessment', () => {
  const ruleSet = loadRuleSet('fzzf-annual-report');

  it('as document.decodeWarnings, with the same findings as the clean report', async () => {
    const clean = await assess(await readInput(utf8(REPORT), { name: 'r.txt' }), ruleSet);
    const stray = await assess(await readInput(withStray(utf8(REPORT), REPORT, [0xff], utf8), { name: 'r.txt' }), ruleSet);
    expect(stray.document.decodeWarnings).toEqual([{ encoding: 'utf-8', replaced: 1, lines: [LINE] }]);
    expect(stray.findings.map((f) => f.status)).toEqual(clean.findings.map((f) => f.status));
  });

  it('not at all for a cleanly decoded report', async () => {
    const clean = await assess(await readInput(utf8(REPORT), { name: 'r.txt' }), ruleSet);
    expect('decodeWarnings' in clean.document).toBe(false);
  });
});
