/**
 * The dashboard's two charts as inline SVG (no chart library, no script): how many reports miss each
 * requirement (missing and partial stacked), and how the scores are spread. Every label is escaped.
 */
import { escapeXml as x } from '../xml-escape.js';

/** One bar of the gaps chart. */
export interface GapBar {
  label: string;
  missing: number;
  partial: number;
}

const COLORS = { missing: '#cf222e', partial: '#bf8700', bar: '#0969da' };

/**
 * A horizontal bar per requirement, longest first is up to the caller; lengths are shares of `total`.
 *
 * @example
 * gapsChart([{ label: '不足的原因分析', missing: 3, partial: 1 }], 5, { missing: '缺失', partial: '部分满足' })
 */
export function gapsChart(bars: readonly GapBar[], total: number, words: { missing: string; partial: string; title: string }): string {
  const labelWidth = 260;
  const width = 640;
  const row = 26;
  const scale = (n: number) => (total > 0 ? (n / total) * (width - labelWidth - 60) : 0);
  const rows = bars.map((b, i) => {
    const y = 24 + i * row;
    const wm = scale(b.missing);
    const wp = scale(b.partial);
    return [
      `<g class="bar" data-missing="${b.missing}" data-partial="${b.partial}">`,
      `<title>${x(`${b.label}: ${words.missing} ${b.missing}, ${words.partial} ${b.partial}`)}</title>`,
      `<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end">${x(b.label.length > 20 ? `${b.label.slice(0, 19)}…` : b.label)}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${wm.toFixed(1)}" height="18" fill="${COLORS.missing}"/>`,
      `<rect x="${(labelWidth + wm).toFixed(1)}" y="${y}" width="${wp.toFixed(1)}" height="18" fill="${COLORS.partial}"/>`,
      `<text x="${(labelWidth + wm + wp + 6).toFixed(1)}" y="${y + 13}">${b.missing + b.partial}</text>`,
      '</g>',
    ].join('');
  });
  const height = 24 + bars.length * row + 8;
  const legend = `<rect x="${labelWidth}" y="2" width="12" height="12" fill="${COLORS.missing}"/><text x="${labelWidth + 16}" y="12">${x(words.missing)}</text>`
    + `<rect x="${labelWidth + 90}" y="2" width="12" height="12" fill="${COLORS.partial}"/><text x="${labelWidth + 106}" y="12">${x(words.partial)}</text>`;
  return `<svg id="gaps-chart" role="img" aria-label="${x(words.title)}" viewBox="0 0 ${width} ${height}" width="100%">${legend}${rows.join('')}</svg>`;
}

/**
 * Ten columns of 10 points each (the last 90–100) counting the reports whose percent falls in them.
 *
 * @example
 * histogramBins([93, 84, 62.5]) // [0, 0, 0, 0, 0, 0, 1, 0, 1, 1]
 */
export function histogramBins(percents: readonly number[]): number[] {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const p of percents) bins[Math.min(9, Math.max(0, Math.floor(p / 10)))]! += 1;
  return bins;
}

/**
 * The score histogram: one column per 10-point bin, its count above it.
 *
 * @example
 * scoreHistogram([93, 84], '得分分布')
 */
export function scoreHistogram(percents: readonly number[], title: string): string {
  const bins = histogramBins(percents);
  const max = Math.max(1, ...bins);
  const width = 420;
  const height = 220;
  const base = height - 24;
  const col = (width - 20) / 10;
  const bars = bins.map((n, i) => {
    const h = (n / max) * (base - 24);
    const xPos = 10 + i * col;
    return `<g class="bin" data-count="${n}"><title>${i * 10}–${i === 9 ? 100 : i * 10 + 9}: ${n}</title>`
      + `<rect x="${(xPos + 2).toFixed(1)}" y="${(base - h).toFixed(1)}" width="${(col - 4).toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS.bar}"/>`
      + (n > 0 ? `<text x="${(xPos + col / 2).toFixed(1)}" y="${(base - h - 4).toFixed(1)}" text-anchor="middle">${n}</text>` : '')
      + `<text x="${(xPos + col / 2).toFixed(1)}" y="${height - 8}" text-anchor="middle">${i * 10}</text></g>`;
  });
  return `<svg id="score-histogram" role="img" aria-label="${x(title)}" viewBox="0 0 ${width} ${height}" width="100%"><line class="axis" x1="10" y1="${base}" x2="${width - 10}" y2="${base}"/>${bars.join('')}</svg>`;
}
