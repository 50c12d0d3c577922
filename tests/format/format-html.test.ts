/**
 * The html dashboard as text, in every environment (the browser test is `npm run test:e2e`): one page
 * with nothing to fetch, every part present and counted from the batch, report text escaped.
 */
import { parseDocument, DomUtils } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index.js';
import { formatHtml } from '../../src/format/format-html.js';
import { histogramBins } from '../../src/format/html/dashboard-charts.js';
import type { BatchEntry } from '../../src/format/format-types.js';
import type { Assessment } from '../../src/types.js';
import { exampleBatch } from './example-assessments.js';

const ruleSet = loadRuleSet('fzzf-annual-report');
let batch: BatchEntry[];
let html: string;
let dom: ReturnType<typeof parseDocument>;
const assessed = () => batch.filter((e): e is Assessment => !('status' in e));
const byId = (id: string) => DomUtils.getElementById(id, dom)!;
const all = (selectorTag: string, root: any) => DomUtils.getElementsByTagName(selectorTag, root);

beforeAll(async () => {
  batch = await exampleBatch();
  html = formatHtml(batch, { locale: 'zh-CN', ruleSet });
  dom = parseDocument(html);
});

describe('formatHtml', () => {
  it('is one page that loads nothing: no src, no href, no url(), a CSP that forbids fetching', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/\s(src|href)=/);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//);
    expect(html).toContain("default-src 'none'");
  });

  it('counts the summary from the batch', () => {
    const text = DomUtils.textContent(byId('summary'));
    const passed = assessed().filter((a) => a.passed).length;
    expect(text).toContain(`报告数${batch.length} 无法读取 1`);
    expect(text).toContain(`通过${passed} 未通过 ${assessed().length - passed}`);
    expect(text).toContain(`通过率${Math.round((passed / assessed().length) * 1000) / 10}%`);
  });

  it('draws a bar per requirement some report misses, with the counts of the findings', () => {
    const bars = DomUtils.getElementsByTagName('g', byId('gaps-chart'));
    for (const r of ruleSet.requirements) {
      const missing = assessed().filter((a) => a.findings.find((f) => f.requirement === r.id)?.status === 'missing').length;
      const partial = assessed().filter((a) => a.findings.find((f) => f.requirement === r.id)?.status === 'partial').length;
      const bar = bars.find((b) => DomUtils.textContent(b).startsWith(`${r.title['zh-CN']}:`));
      if (missing + partial === 0) expect(bar).toBeUndefined();
      else expect([bar?.attribs['data-missing'], bar?.attribs['data-partial']]).toEqual([String(missing), String(partial)]);
    }
  });

  it('puts every assessed report in the histogram and the table, and gives each its details', () => {
    const bins = all('g', byId('score-histogram')).map((g) => Number(g.attribs['data-count']));
    expect(bins).toEqual(histogramBins(assessed().map((a) => a.percent)));
    expect(all('tr', all('tbody', byId('reports'))[0])).toHaveLength(assessed().length);
    expect(DomUtils.getElements({ class: 'report' }, dom, true)).toHaveLength(assessed().length);
  });

  it('has a key-figures column group with the rule set’s figures, flagged values marked', () => {
    const headers = all('th', byId('reports')).map((th) => DomUtils.textContent(th));
    for (const f of ruleSet.keyFigures!.figures) expect(headers).toContain(f.title['zh-CN']);
    const flagged = DomUtils.getElements({ class: (c?: string) => (c ?? '').split(' ').includes('flagged') }, byId('reports'), true);
    expect(flagged.length).toBeGreaterThan(0);
    for (const td of flagged) expect((td as unknown as { attribs: Record<string, string> }).attribs.title).toMatch(/^数值异常:/);
  });

  it.each([
    ['a script in a title', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['quotes that would close an attribute', '" onmouseover="x', '&quot; onmouseover=&quot;x'],
  ])('escapes %s', (_name, title, escaped) => {
    const [a] = assessed();
    const page = formatHtml([{ ...a!, file: title, document: { ...a!.document, title } }], { locale: 'zh-CN', ruleSet });
    expect(page).toContain(escaped);
    expect(page).not.toContain(title);
  });
});

describe('histogramBins', () => {
  it.each([
    [[0, 9.9, 10, 59.9, 60, 99.9, 100], [2, 1, 0, 0, 0, 1, 1, 0, 0, 2]],
    [[], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ])('bins %j as %j', (percents, bins) => {
    expect(histogramBins(percents)).toEqual(bins);
  });
});
