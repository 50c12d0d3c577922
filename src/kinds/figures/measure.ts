/**
 * `figures`: concrete numbers for results (counts, rates, amounts with a unit), Chinese numerals
 * included. Dates, ordinals (第3次), document numbers and numbers inside 《titles》 are not figures.
 */
import type { Evidence } from '../../types.js';
import { lineAt } from '../../parse/lines.js';
import { sliceEvidence, type DocumentIndex, type Slice } from '../../engine/document-index.js';
import { atLeast, type CheckKind, type Measurement } from '../check-kind.js';
import { scanFigures } from '../../figures/figure-scan.js';
import type { FiguresOptions } from './spec.js';

const DEFAULT_UNITS = [
  '人次', '件次', '家次', '场次', '个百分点', '百分点', '万元', '亿元', '千元', '元', '万人', '件', '次', '人', '个', '家', '项', '场', '条', '份', '宗', '起', '卷', '名', '户', '期', '批', '篇', '所', '台', '辆', '处', '册', '部', '%', '‰', '倍', '小时', '天', '公里', '平方米', '亩',
];

// Two numerals of 一…九 ("一二", "三四") are an enumeration or a phrase, not a quantity.
const LISTED_NUMERALS = /^[一二三四五六七八九]{2}$/;

const TITLE = /《[^》]{0,60}》/g;

/** Offsets of 《…》 titles in a text, whose numbers are part of a name; asked for only when a block has a figure. */
function titleRanges(text: string): Array<[number, number]> {
  if (!text.includes('《')) return [];
  return Array.from(text.matchAll(TITLE), (m) => [m.index, m.index + m[0].length]);
}

/** Calls `visit` with each figure's block and range, in reading order; quoting is left to the caller. */
function eachFigure(blocks: readonly Slice[], units: readonly string[], visit: (block: Slice, at: number, end: number) => void): void {
  for (const block of blocks) {
    let titles: Array<[number, number]> | null = null;
    scanFigures(block.text, units, (at, end, ordinal, number) => {
      if (ordinal || LISTED_NUMERALS.test(number)) return;
      titles ??= titleRanges(block.text);
      for (const [s, e] of titles) if (at >= s && at < e) return;
      visit(block, at, end);
    });
  }
}

function measure(index: DocumentIndex, raw: Record<string, unknown>): Measurement {
  const options = raw as unknown as FiguresOptions;
  const slot = options.in ? index.slot(options.in) : null;
  // Sub-headings are content too: "（一）全年办理案件126件。" is often a whole numbered item.
  const blocks = slot ? index.blocksIn(slot).filter((b) => !index.isOwnHeading(slot, b)) : index.blocks;
  const units = options.units ?? DEFAULT_UNITS;
  // Every figure is counted; only the first of each of the first three lines is quoted (one evidence
  // entry per line is enough to show where the figures are, and quoting is the costly part).
  let count = 0;
  const byLine = new Map<number, Evidence>();
  eachFigure(blocks, units, (block, at, end) => {
    count++;
    if (byLine.size >= 3) return;
    const line = lineAt(index.doc.lineStarts, block.offset(at));
    if (!byLine.has(line)) byLine.set(line, sliceEvidence(index, block, at, end));
  });
  return { count, scoped: slot !== null, evidence: [...byLine.values()] };
}

export const figuresCheck: CheckKind = {
  fact: 'figures',
  measure,
  conditions(options) {
    return atLeast('figures', options, 'count', (options.min as number | undefined) ?? 3, 1);
  },
};
