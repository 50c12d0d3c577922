/**
 * `rules show`: a rule set as a person reads it (title, extends chain, scoring, slots, then a table of
 * requirements with basis and fix under each) and as JSON for programs. Pure functions of the
 * RuleSet; JSON keys are rebuilt in a fixed order, like the assessment JSON.
 */
import { getCliMessages, type RulesMessages, type StylishMessages } from '../messages/cli/index.js';
import { displayWidth, padEnd } from '../text-width.js';
import type { Locale, Requirement, RuleSet, SlotDefinition } from '../types.js';

const DETAIL_INDENT = '      ';

/** A share of the weight as people write it: 0.5 → 50%. */
export function formatShare(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

/** The lines of one slot: its id, then its heading patterns and exclusions under each other. */
export function formatSlot(slot: SlotDefinition, m: RulesMessages, idColumns: number): string[] {
  const quote = (list: readonly string[]) => list.map(m.check.quote).join(m.check.separator);
  const lines = [`  ${padEnd(slot.id, idColumns)}  ${m.headings(quote(slot.headings))}`];
  if (slot.exclude.length > 0) lines.push(`  ${' '.repeat(idColumns)}  ${m.exclude(quote(slot.exclude))}`);
  return lines;
}

function formatHeader(ruleSet: RuleSet, m: RulesMessages, locale: Locale): string[] {
  const { scoring } = ruleSet;
  return [
    `${ruleSet.id} ${ruleSet.version}  ${ruleSet.title[locale]}`,
    m.source(ruleSet.source),
    m.extends(ruleSet.extends),
    m.scoring(m.model[scoring.model], scoring.passMark, formatShare(scoring.partialCredit)),
    m.grades(scoring.grades),
  ];
}

type Row = [string, string, string, string, string, string];

function requirementRow(r: Requirement, m: RulesMessages, s: StylishMessages, locale: Locale): Row {
  const check = r.check ? r.check.kind : r.conditions ? m.rawConditions : m.none;
  return [r.id, s.severity[r.severity], String(r.weight), formatShare(r.partialCredit), check, r.title[locale]];
}

/** Pads every column but the last to its widest cell, so the table lines up in a terminal. */
function alignRows(rows: Row[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => displayWidth(row[i]!))));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i]!))).join('  '));
}

function formatRequirements(ruleSet: RuleSet, m: RulesMessages, s: StylishMessages, locale: Locale): string[] {
  const c = m.requirementColumns;
  const header: Row = [c.id, c.severity, c.weight, c.partial, c.check, c.title];
  const [head = '', ...lines] = alignRows([header, ...ruleSet.requirements.map((r) => requirementRow(r, m, s, locale))]);
  const total = ruleSet.requirements.reduce((sum, r) => sum + r.weight, 0);
  const blocks = ruleSet.requirements.flatMap((r, i) => [
    `  ${lines[i]}`,
    ...(r.basis ? [`${DETAIL_INDENT}${m.basis(r.basis)}`] : []),
    ...(r.fix[locale] ? [`${DETAIL_INDENT}${m.fix(r.fix[locale])}`] : []),
  ]);
  return [m.requirementsHeading(ruleSet.requirements.length, Math.round(total * 100) / 100), `  ${head}`, ...blocks];
}

/**
 * A rule set for a person at a terminal, ending with a newline.
 *
 * @example
 * formatRuleSet(loadRuleSet('fzzf-annual-report'), 'zh-CN')
 * // fzzf-annual-report 1.0.0  法治政府建设年度报告
 * // 来源 rules/fzzf-annual-report.yaml
 * // 继承 (无)
 * // 计分 加权计分 · 及格线 60% · 部分达标默认得权重的 50%
 */
export function formatRuleSet(ruleSet: RuleSet, locale: Locale): string {
  const messages = getCliMessages(locale);
  const m = messages.rules;
  const idColumns = Math.max(0, ...ruleSet.slots.map((slot) => displayWidth(slot.id)));
  const slots = ruleSet.slots.flatMap((slot) => formatSlot(slot, m, idColumns));
  const blocks = [
    formatHeader(ruleSet, m, locale),
    // A rule set of terms only (the 纲要 coverage sets) has no slots: no empty heading for them.
    ...(slots.length > 0 ? [[m.slotsHeading(ruleSet.slots.length), ...slots]] : []),
    formatRequirements(ruleSet, m, messages.stylish, locale),
  ];
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function toJsonRequirement(r: Requirement): Record<string, unknown> {
  return {
    id: r.id,
    title: r.title,
    severity: r.severity,
    weight: r.weight,
    partialCredit: r.partialCredit,
    check: r.check ? { kind: r.check.kind, options: r.check.options } : null,
    conditions: r.conditions,
    appliesTo: r.appliesTo,
    basis: r.basis,
    fix: r.fix,
    rationale: r.rationale,
  };
}

/**
 * A rule set as JSON, followed by a newline: texts in every locale, keys in a fixed order.
 *
 * @example
 * JSON.parse(formatRuleSetJson(loadRuleSet('fzzf-annual-report'))).requirements[0].check.kind // 'genre'
 */
export function formatRuleSetJson(ruleSet: RuleSet): string {
  const { scoring } = ruleSet;
  const printed = {
    id: ruleSet.id,
    version: ruleSet.version,
    title: ruleSet.title,
    source: ruleSet.source,
    extends: ruleSet.extends,
    scoring: { model: scoring.model, passMark: scoring.passMark, grades: scoring.grades, partialCredit: scoring.partialCredit },
    gate: ruleSet.gate,
    slots: ruleSet.slots.map((slot) => ({ id: slot.id, headings: slot.headings, exclude: slot.exclude })),
    requirements: ruleSet.requirements.map(toJsonRequirement),
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}
