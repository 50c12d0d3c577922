/**
 * Shared set-up for the check-kind tests: a one-requirement rule set around a check written as in a
 * rule-set file (with the built-in rule set's slots), and the real seeds when they are there.
 */
import { stringify } from 'yaml';
import { assess, loadRuleSet, parseRuleSet } from '../../src/index.js';
import type { Finding, RuleSet } from '../../src/index.js';

const sections = stringify({
  sections: Object.fromEntries(loadRuleSet('fzzf-annual-report').slots.map((s) => [s.id, { headings: s.headings, exclude: s.exclude }])),
});
const ruleSets = new Map<string, RuleSet>();

/** A one-requirement rule set whose check is written as in a rule-set file. */
export function ruleSetWith(check: string): RuleSet {
  let rs = ruleSets.get(check);
  if (!rs) {
    rs = parseRuleSet(`id: kind-test\nversion: 1.0.0\ntitle: kind test\n${sections}requirements:\n  - { id: r, title: r, basis: test, severity: error, weight: 1, fix: fix it, check: ${check} }\n`);
    ruleSets.set(check, rs);
  }
  return rs;
}

/** The one finding of a check (or a ready rule set) on a report. */
export async function findingOf(text: string, check: string | RuleSet): Promise<Finding> {
  return (await assess(text, typeof check === 'string' ? ruleSetWith(check) : check)).findings[0]!;
}

/** A title line that makes a text an annual report for 2023. */
export const head = '青禾县2023年度法治政府建设情况报告\n';

// The labelled real reports: optional data beside the checkout.
export { SEEDS_DIR as seeds, haveSeeds, noteSkipped } from '../support/optional-corpus.js';
