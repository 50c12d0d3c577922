/**
 * parseReport and assess on text nobody wrote on purpose: arbitrary strings and seed reports cut,
 * copied, spliced and shuffled. They may refuse (a typed error) but never crash, and the same input
 * always gives byte-identical JSON.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.js';
import { resetScanCounts, scanCounts } from '../../src/figures/scan-counts.js';
import { formatJson } from '../../src/format/index.js';
import { parseReport } from '../../src/report-input.js';
import { loadRuleSet } from '../../src/rules/load-rule-set.js';
import { FC, mutatedSeed, reportLike, SEEDS, typedOrNothing } from './support.js';

const ruleSet = loadRuleSet('fzzf-annual-report');

describe('parseReport and assess never throw anything but a ChecklistError', () => {
  it('on arbitrary strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 2000, unit: 'grapheme' }), async (text) => {
        await typedOrNothing(() => parseReport(text));
        await typedOrNothing(() => assess(text, ruleSet));
      }),
      FC,
    );
  });

  it('on report-like text', async () => {
    await fc.assert(fc.asyncProperty(reportLike, (text) => typedOrNothing(() => assess(text, ruleSet))), FC);
  });

  it('on mutated seed reports', async () => {
    expect(SEEDS.length).toBeGreaterThan(0);
    await fc.assert(fc.asyncProperty(mutatedSeed, (text) => typedOrNothing(() => assess(text, ruleSet))), FC);
  });
});

describe('the same input gives byte-identical JSON', () => {
  it('for mutated seed reports, assessed twice', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSeed, async (text) => {
        const first = formatJson([await assess(text, ruleSet, { name: 'r.txt', today: '2025-03-01' })]);
        const second = formatJson([await assess(text, ruleSet, { name: 'r.txt', today: '2025-03-01' })]);
        expect(second).toBe(first);
      }),
      { ...FC, numRuns: 15 },
    );
  });
});

describe('cost on long runs of figures', () => {
  // Linear growth is asserted on work counted by the figure scans, never on time: the characters
  // each attempt of the figures pattern can read (a quadratic scan tries it inside every run) and the
  // characters walked to find clause starts for the key figures.
  const HEAD = '某县2023年法治政府建设年度报告\n一、主要举措和成效\n';
  const lines: Array<[string, (n: number) => string, keyof typeof scanCounts]> = [
    ['digits without a unit', (n) => '1'.repeat(n), 'reach'],
    ['Chinese numerals without a unit', (n) => '三'.repeat(n), 'reach'],
    ['numbers split by points', (n) => '1.'.repeat(n / 2), 'reach'],
    ['one clause full of key-figure subjects', (n) => '行政复议1件'.repeat(n / 6), 'clauseSteps'],
  ];

  async function work(line: string, counter: keyof typeof scanCounts): Promise<number> {
    resetScanCounts();
    await assess(`${HEAD}${line}\n`, ruleSet);
    return scanCounts[counter];
  }

  it.each(lines)('a 100k-character line of %s is assessed in linear time', async (_name, line, counter) => {
    const small = await work(line(100_000), counter);
    const large = await work(line(200_000), counter);
    // Counted at all (the line was scanned), and twice the text is at most about twice the work.
    expect(small).toBeGreaterThanOrEqual(50_000);
    expect(large / small).toBeLessThan(2.2);
  });
});
