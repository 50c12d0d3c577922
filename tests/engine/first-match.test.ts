/**
 * firstMatch joins a pattern list into one alternation. It must find exactly what trying each
 * pattern in turn finds (the earliest match; at one place, the first pattern in list order), for the
 * pattern lists of the shipped rule sets over every sentence of the bundled example reports, and keep
 * lists whose groups cannot be joined (back-references, named groups) as lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePatterns, firstMatch } from '../../src/engine/document-index.js';
import { listBuiltinRuleSets, loadRuleSet } from '../../src/rules/load-rule-set.js';

const REPORTS = new URL('../../examples/reports/', import.meta.url);
const sentences = readdirSync(REPORTS)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(new URL(f, REPORTS), 'utf8').split(/(?<=[。;；!?\n])/));

/** Every list of pattern sources in a value (a rule set's slots, roles and check options). */
function patternLists(value: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(value)) {
    if (value.length > 1 && value.every((v) => typeof v === 'string')) out.push(value as string[]);
    else for (const v of value) patternLists(v, out);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) patternLists(v, out);
  return out;
}

/** The reference: each pattern on its own, the earliest match, ties to the first in the list. */
function oneByOne(patterns: readonly RegExp[], text: string): [number, number] | null {
  let best: [number, number] | null = null;
  for (const re of patterns) {
    const m = new RegExp(re.source, 'u').exec(text);
    if (m && (!best || m.index < best[0])) best = [m.index, m.index + m[0].length];
  }
  return best;
}

const lists = listBuiltinRuleSets().flatMap((id) => {
  const ruleSet = loadRuleSet(id);
  return patternLists([ruleSet.slots, ruleSet.roles, ruleSet.requirements.map((r) => r.check)]);
});

describe('firstMatch over a joined pattern list', () => {
  it('finds what each pattern in turn finds, for every pattern list of the shipped rule sets', () => {
    expect(lists.length).toBeGreaterThan(20);
    let compared = 0;
    let matched = 0;
    for (const list of lists) {
      let patterns: RegExp[];
      try {
        patterns = compilePatterns(list);
      } catch {
        continue; // a list of plain words that is not a pattern list (names, ids)
      }
      for (const text of sentences) {
        const expected = oneByOne(patterns, text);
        expect(firstMatch(patterns, text), `${list.join(' | ')} on ${text}`).toEqual(expected);
        compared++;
        if (expected) matched++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(matched).toBeGreaterThan(200);
  });

  it.each([
    ['ties go to the first pattern in the list', ['法治', '法治政府'], '推进法治政府建设', [2, 4]],
    ['the earliest place wins over list order', ['政府', '推进'], '推进法治政府建设', [0, 2]],
    ['a back-reference keeps its own numbering', ['(执法)\\1', '(审核)\\1'], '审核审核,执法执法', [0, 4]],
    ['named groups stay apart', ['(?<a>公示)', '(?<a>审核)'], '法制审核和公示', [2, 4]],
    ['nothing matches', ['不足', '原因'], '全面完成年度任务', null],
  ])('%s', (_name, sources, text, expected) => {
    expect(firstMatch(compilePatterns(sources), text)).toEqual(expected);
  });
});
