/**
 * parseReport and assess on text nobody wrote on purpose: arbitrary strings and seed reports cut,
 * copied, spliced and shuffled. They may refuse (a typed error) but never crash, and the same input
 * always gives byte-identical JSON.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.js';
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
  // Needs a count of regex steps or fact evaluations from the engine to assert linear growth without
  // timing; the engine does not expose one yet.
  it.todo('a 100k-digit line is assessed in linear time (size-scaling check on counts, not wall time)');
});
