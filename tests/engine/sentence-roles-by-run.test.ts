/**
 * The document index tags sentence roles a run of blocks at a time (from one heading to the next),
 * when a check first asks about one of them. A role carried from a lead-in stops at a heading, so
 * each block must get exactly the roles that one pass over the whole report gives it, whatever
 * order the blocks are asked for in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentIndex } from '../../src/engine/document-index.js';
import { RoleTagger } from '../../src/engine/sentence-roles.js';
import { parseReport } from '../../src/report-input.js';
import { loadRuleSet } from '../../src/rules/builtin-rule-sets.js';

const ruleSet = loadRuleSet('fzzf-annual-report');
const tagger = new RoleTagger(ruleSet.roles);

const folders = [path.resolve(import.meta.dirname, '../fixtures/reports'), path.resolve(import.meta.dirname, '../../examples/reports')];
const reports = folders.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')] as const));

// Written for this test: a lead-in that carries "plan" over its list, a run-in heading inside the
// list (content, so the role carries on), and a heading that ends it.
const CARRIED = [
  '某县2023年法治政府建设年度报告',
  '一、主要举措和成效',
  '全年办结行政复议案件64件。',
  '二、下一年度工作安排',
  '2024年，我县将重点抓好以下工作:',
  '(一)压实责任。逐级签订责任书。',
  '(二)加强培训。组织执法人员轮训。',
  '三、其他需要报告的情况',
  '无其他需要报告的情况。',
].join('\n');

/** Every block's roles from one pass over the whole report, as the index once tagged them. */
function wholePass(index: DocumentIndex): string[][] {
  const runIn = (b: DocumentIndex['blocks'][number]) => b.kind === 'heading' && !b.section?.section.runIn;
  return tagger.tag(index.blocks.map((b) => ({ text: b.text, heading: runIn(b) }))).map((sentences) => sentences.map((s) => `${s.at}:${s.role}`));
}

describe('sentence roles tagged a run at a time', () => {
  it.each([...reports, ['carried over a list, ended by a heading', CARRIED] as const])('%s: every block as one pass tags it', (_name, text) => {
    const doc = parseReport(text);
    const expected = wholePass(new DocumentIndex(doc, ruleSet.slots, tagger));
    // Asked last to first, and first to last, on fresh indexes: the order must not matter.
    for (const order of ['backwards', 'forwards'] as const) {
      const index = new DocumentIndex(doc, ruleSet.slots, tagger);
      const at = index.blocks.map((_, i) => i);
      if (order === 'backwards') at.reverse();
      const got: string[][] = [];
      for (const i of at) got[i] = index.sentences(index.blocks[i]!).map((s) => `${s.at}:${s.role}`);
      expect(got).toEqual(expected);
    }
  });

  it('carries a lead-in role over its list and stops at the next heading', () => {
    const index = new DocumentIndex(parseReport(CARRIED), ruleSet.slots, tagger);
    const roleOf = (needle: string) => index.blocks.flatMap((b) => index.sentences(b)).find((s) => s.text.includes(needle))?.role;
    expect(roleOf('逐级签订责任书')).toBe('plan');
    expect(roleOf('组织执法人员轮训')).toBe('plan');
    expect(roleOf('无其他需要报告的情况')).toBe('done');
  });
});
