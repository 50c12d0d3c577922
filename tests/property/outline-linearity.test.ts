/**
 * Cost on long outlines grows linearly with the outline: asserted on work counted by the parser and
 * the document index (src/parse/work-counts.ts), never on time. Each layout is assessed at n and 2n
 * through readInput, as the CLI reads a file; twice the outline must be at most about twice the work.
 * A scan from the start of the text (or of a list) once per heading, per item or per quote makes the
 * ratio approach 4.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.js';
import { readInput } from '../../src/input/read-input.js';
import { resetWorkCounts, workCounts, type WorkCounts } from '../../src/parse/work-counts.js';
import { loadRuleSet } from '../../src/rules/load-rule-set.js';
import { manyHeadings, numberedItems, oneLineHeadings, pdfCopy, pdfCopySignedAcrossPages, spacedHeading } from './outline-layouts.js';

const ruleSet = loadRuleSet('fzzf-annual-report');

async function work(text: string): Promise<WorkCounts> {
  const input = await readInput(new TextEncoder().encode(text), { name: 'report.txt' });
  resetWorkCounts();
  await assess(input, ruleSet);
  return { ...workCounts };
}

// Layout, its generator, n, and the counters of the loops its size drives (what a quadratic loop
// there would show): the blocks of each section found by binary search, the section holding each
// quoted offset likewise, the furniture spans a quote steps over from the one before it, the search
// for where each inline heading ends bounded by the next marker.
const layouts: Array<[string, (n: number) => string, number, Array<keyof WorkCounts>]> = [
  ['many headings', manyHeadings, 2000, ['blockSteps', 'headingReach']],
  ['many numbered items', numberedItems, 2000, ['blockSteps', 'sectionSteps', 'headingReach']],
  ['a PDF copy with running heads and page numbers', pdfCopy, 1000, ['furnitureSteps', 'sectionSteps', 'blockSteps']],
  ['a PDF copy whose signature a page break splits', pdfCopySignedAcrossPages, 1000, ['furnitureSteps', 'sectionSteps']],
  ['one line with inline headings', oneLineHeadings, 2000, ['headingReach', 'blockSteps']],
  ['a heading with a long run of spaces in a flattened line', spacedHeading, 20_000, ['headingReach']],
];

describe('work grows linearly with the outline', () => {
  it.each(layouts)('%s', async (_name, layout, n, counters) => {
    const small = await work(layout(n));
    const large = await work(layout(2 * n));
    for (const counter of counters) {
      // Counted at all (the loop ran once per heading, item or quote), and twice the outline is at
      // most about twice the work.
      expect(small[counter], counter).toBeGreaterThanOrEqual(n);
      expect(large[counter] / small[counter], counter).toBeLessThan(2.2);
    }
  });
});
