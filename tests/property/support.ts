/** Shared pieces of the property tests: the seed reports, a mutation arbitrary, and the one property. */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { isChecklistError } from '../../src/errors.js';

const REPORTS = new URL('../../examples/reports/', import.meta.url);

/** The seed reports shipped in examples/reports. */
export const SEEDS: string[] = readdirSync(REPORTS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, REPORTS), 'utf8'));

// Fixed seed: a failure is reproducible from the test output; vary it locally with FC_SEED.
export const FC = { seed: Number(process.env.FC_SEED ?? 20261201), numRuns: 30 };

/** What reports are made of, so that random text also hits headings, figures and dates. */
const PIECES = ['一、', '（二）', '(三)', '1.', '①', '第一部分', '主要举措', '存在的不足和原因', '下一年度', '2023年', '12月11日', '36件', '98.5%', '\n', '\n\n', '。', ' ', '\u3000', '\r\n', '\f', '- 2 -', '#', '<p>', '\ufffd', '\u0000'];

/** Text built from report pieces and arbitrary characters. */
export const reportLike = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8, unit: 'grapheme' }), fc.string({ maxLength: 8, unit: 'binary' })), { maxLength: 200 })
  .map((parts) => parts.join(''));

/** A seed report with a few cuts, copies, insertions and line swaps. */
export const mutatedSeed = fc
  .tuple(
    fc.constantFrom(...SEEDS),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.constantFrom('cut', 'copy', 'insert', 'swap'), reportLike), { minLength: 1, maxLength: 6 }),
  )
  .map(([seed, edits]) =>
    edits.reduce((text, [at, length, kind, extra]) => {
      const start = text.length === 0 ? 0 : at % text.length;
      const end = Math.min(text.length, start + length);
      if (kind === 'cut') return text.slice(0, start) + text.slice(end);
      if (kind === 'copy') return text.slice(0, end) + text.slice(start, end) + text.slice(end);
      if (kind === 'insert') return text.slice(0, start) + extra + text.slice(start);
      const lines = text.split('\n');
      const i = at % lines.length;
      const j = length % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }, seed),
  );

/** Runs `work`; passes when it returns, or throws one of this library's typed errors. */
export async function typedOrNothing(work: () => unknown): Promise<void> {
  try {
    await work();
  } catch (error) {
    expect(isChecklistError(error), `not a ChecklistError: ${String(error)}`).toBe(true);
  }
}
