/**
 * `rules list`: the built-in rule sets, one line each (id, version, number of requirements, title),
 * or as JSON for programs.
 */
import { getCliMessages } from '../messages/cli/index.js';
import { displayWidth, padEnd } from '../text-width.js';
import type { Locale, RuleSet } from '../types.js';

/**
 * The rule sets as an aligned table with a header row, ending with a newline.
 *
 * @example
 * formatRuleList([loadRuleSet('fzzf-annual-report')], 'en')
 * // id                  version  requirements  title
 * // fzzf-annual-report  1.0.0    10            Annual report on building a rule-of-law government
 */
export function formatRuleList(ruleSets: readonly RuleSet[], locale: Locale): string {
  const c = getCliMessages(locale).rules.listColumns;
  const rows = [
    [c.id, c.version, c.requirements, c.title],
    ...ruleSets.map((r) => [r.id, r.version, String(r.requirements.length), r.title[locale]]),
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => displayWidth(row[i]!))));
  const lines = rows.map((row) => row.map((cell, i) => (i < 3 ? padEnd(cell, widths[i]!) : cell)).join('  '));
  return `${lines.join('\n')}\n`;
}

/**
 * The rule sets as a JSON array, followed by a newline: titles in every locale.
 *
 * @example
 * JSON.parse(formatRuleListJson([loadRuleSet('fzzf-annual-report')]))[0]
 * // { id: 'fzzf-annual-report', version: '1.0.0', title: { 'zh-CN': …, en: … }, requirementCount: 10 }
 */
export function formatRuleListJson(ruleSets: readonly RuleSet[]): string {
  const printed = ruleSets.map((r) => ({ id: r.id, version: r.version, title: r.title, requirementCount: r.requirements.length }));
  return `${JSON.stringify(printed, null, 2)}\n`;
}
