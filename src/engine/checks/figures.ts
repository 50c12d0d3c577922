/**
 * `figures`: concrete numbers for results (counts, rates, amounts with a unit), Chinese numerals
 * included. Dates, ordinals (第3次), document numbers and numbers inside 《titles》 are not figures.
 */
import type { Evidence } from '../../types.js';
import { lineAt } from '../../parse/lines.js';
import { sliceEvidence, type DocumentIndex, type Slice } from '../document-index.js';
import { atLeast, type CheckKind, type Measurement } from './types.js';
import type { FiguresOptions } from '../../rules/check-kind-options.js';

const DEFAULT_UNITS = [
  '人次', '件次', '家次', '场次', '个百分点', '百分点', '万元', '亿元', '千元', '元', '万人', '件', '次', '人', '个', '家', '项', '场', '条', '份', '宗', '起', '卷', '名', '户', '期', '批', '篇', '所', '台', '辆', '处', '册', '部', '%', '‰', '倍', '小时', '天', '公里', '平方米', '亩',
];

// Arabic numbers, or Chinese numerals of two or more characters ("二十余场"): a lone 一/三 is too
// often part of a phrase ("一件事一次办", "三项制度") to count as a figure.
// Each alternative starts only where its run starts (the lookbehinds): a later start inside a run can
// only find a match the run's first character would have found, and trying every start made a long
// run of digits or numerals without a unit quadratic (80k digits: 17 s).
const NUMBER = '(?:(?<!\\d[.,]?)\\d+(?:[.,]\\d+)*|(?<![零〇一二两三四五六七八九十百千万亿])[零〇一二两三四五六七八九十百千万亿]{2,})';

/** The figures pattern for a unit list: an optional 第, a number, qualifiers, a unit. */
export function figurePattern(units: readonly string[]): RegExp {
  const sorted = [...units].sort((a, b) => b.length - a.length).map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(第)?(${NUMBER})\\s*(?:余|多|近|约|以上)?\\s*(?:万|亿)?(?:${sorted.join('|')})`, 'gu');
}

const patternCache = new Map<string, RegExp>();

/** Offsets of 《…》 titles in a text, whose numbers are part of a name. */
function titleRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(/《[^》]{0,60}》/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

/** Calls `visit` with each figure's block and range, in reading order; quoting is left to the caller. */
function eachFigure(blocks: readonly Slice[], units: readonly string[], visit: (block: Slice, at: number, end: number) => void): void {
  const key = units.join('|');
  let re = patternCache.get(key);
  if (!re) {
    re = figurePattern(units);
    patternCache.set(key, re);
  }
  for (const block of blocks) {
    const titles = titleRanges(block.text);
    for (const m of block.text.matchAll(re)) {
      const at = m.index ?? 0;
      if (m[1] || titles.some(([s, e]) => at >= s && at < e)) continue;
      if (/^[一二三四五六七八九十]{2}$/.test(m[2] as string) && !/[十百千万]/.test(m[2] as string)) continue;
      visit(block, at, at + m[0].length);
    }
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
