/**
 * The document index finds the section holding an offset by binary search, and furniture (page
 * numbers, running headers) while slicing with a cursor. Both must give what a scan of every section
 * and every furniture span gives: checked at every offset of every fixture report and of a PDF copy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { DocumentIndex, type IndexedSection } from '../../src/engine/document-index.js';
import { loadRuleSet, parseReport } from '../../src/index.js';

const dir = path.resolve(import.meta.dirname, '../fixtures/reports');
const pdfCopy = Array.from({ length: 12 }, (_, i) =>
  [`（${i + 1}）推进依法行政第${i + 1}项工`, '作，全年办理行政复议案件126件，同比增长', `- ${i + 1} -`, '某县人民政府 2023年法治政府建设年度报告', '12.5%，培训执法人员3400人次。'].join('\n'),
).join('\n');
const reports: Array<[string, string]> = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f): [string, string] => [f, readFileSync(path.join(dir, f), 'utf8')]),
  ['a PDF copy with page numbers and running headers', pdfCopy],
];
const slots = loadRuleSet('fzzf-annual-report').slots;

// What sectionAt and slice did before: scan everything.
function scanSectionAt(index: DocumentIndex, offset: number): IndexedSection | null {
  let best: IndexedSection | null = null;
  for (const s of index.sections) if (offset >= s.section.start && offset < Math.max(s.section.end, s.section.headingSpan.end)) best = s;
  return best;
}

function scanSlice(index: DocumentIndex, start: number, end: number): string {
  const chars: string[] = [];
  for (let i = start; i < end; ) {
    const furniture = index.doc.boilerplate.find((b) => i >= b.start && i < b.end);
    if (furniture) {
      i = furniture.end;
      continue;
    }
    const c = index.norm[i] as string;
    if (c === '\n' || c === '\r') {
      while (chars[chars.length - 1] === ' ') chars.pop();
      for (i++; i < end && /\s/.test(index.norm[i] as string); ) i++;
      continue;
    }
    chars.push(c);
    i++;
  }
  return chars.join('');
}

it.each(reports)('%s: sectionAt and slice agree with a full scan', (_name, text) => {
  const index = new DocumentIndex(parseReport(text), slots);
  for (let offset = 0; offset <= text.length; offset++) {
    if (index.sectionAt(offset) !== scanSectionAt(index, offset)) throw new Error(`sectionAt(${offset}) differs`);
  }
  const step = Math.max(1, Math.floor(text.length / 60));
  for (let start = 0; start < text.length; start += step) {
    for (const end of [start + 7, start + 90, text.length]) {
      const a = index.slice(start, Math.min(end, text.length));
      if (/[\n\r]/.test(index.norm.slice(start, end))) expect(a.text).toBe(scanSlice(index, start, Math.min(end, text.length)));
    }
  }
});

it('the PDF copy has furniture to skip', () => {
  expect(parseReport(pdfCopy).boilerplate.length).toBeGreaterThan(5);
});
