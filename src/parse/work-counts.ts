/**
 * Work counters of the parser and the document index, so tests can assert that cost grows linearly
 * with the outline (many headings, many numbered items, PDF copies, one-line documents) by counting
 * work rather than timing it, as the figure scans do (src/figures/scan-counts.ts). Each is added to
 * once per search, with the length that search covered: no cost worth measuring in the loops, and
 * nothing in the output depends on them.
 */

/** Work done by the parser and the document index since the last {@link resetWorkCounts}. */
export interface WorkCounts {
  /** Characters read to find where headings end (a 一是 glued to one, runs of spaces in a flattened line). */
  headingReach: number;
  /** Furniture spans (page numbers, running heads) looked at to leave them out of a slice or a quote. */
  furnitureSteps: number;
  /** Sections looked at to find the section that holds an offset. */
  sectionSteps: number;
  /** Blocks looked at to find the blocks inside a section. */
  blockSteps: number;
}

/** The counters, shared by every parse and index in this module's copy of the library. */
export const workCounts: WorkCounts = { headingReach: 0, furnitureSteps: 0, sectionSteps: 0, blockSteps: 0 };

/**
 * Sets every counter to 0.
 *
 * @example
 * resetWorkCounts(); await assess(text, ruleSet); workCounts.furnitureSteps // the work of one assessment
 */
export function resetWorkCounts(): void {
  workCounts.headingReach = 0;
  workCounts.furnitureSteps = 0;
  workCounts.sectionSteps = 0;
  workCounts.blockSteps = 0;
}

