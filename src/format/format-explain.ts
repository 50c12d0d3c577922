/**
 * `explain <requirement-id>`: one requirement in words — what it checks (from its check spec), the
 * slots it looks for and their heading patterns, its weight and severity, basis, rationale and fix.
 */
import { getCliMessages } from '../messages/cli/index.js';
import { displayWidth } from '../text-width.js';
import type { Locale, Requirement, RuleSet, SlotDefinition } from '../types.js';
import { describeCheck, slotsOfCheck } from './describe-check.js';
import { formatShare, formatSlot } from './format-rule-set.js';

const INDENT = '  ';

/**
 * Explains one requirement of a rule set, ending with a newline.
 *
 * @example
 * formatExplain(ruleSet, ruleSet.requirements[3]!, 'zh-CN')
 * // shortcoming-causes · 不足的原因分析
 * // 规则集 fzzf-annual-report 1.0.0(法治政府建设年度报告)
 * // 严重程度 警告 · 权重 10 · 部分达标得权重的 50%
 * //
 * // 检查什么(causes):
 * //   把 shortcomings 一节的正文逐条拆开…
 */
export function formatExplain(ruleSet: RuleSet, requirement: Requirement, locale: Locale): string {
  const messages = getCliMessages(locale);
  const m = messages.rules;
  const r = requirement;
  const kind = r.check ? r.check.kind : r.conditions ? m.rawConditions : m.none;
  const header = [
    `${r.id} · ${r.title[locale]}`,
    m.inRuleSet(ruleSet.id, ruleSet.version, ruleSet.title[locale]),
    m.requirementMeta(messages.stylish.severity[r.severity], r.weight, formatShare(r.partialCredit)),
  ];
  const check = [m.checkHeading(kind), ...describeCheck(r, m, ruleSet.gate).map((line) => `${INDENT}${line}`)];
  const ids = slotsOfCheck(r);
  const slots = ids.map((id): SlotDefinition => ruleSet.slots.find((s) => s.id === id) ?? { id, headings: [], exclude: [], fallback: null, roles: [] });
  const idColumns = Math.max(0, ...ids.map(displayWidth));
  const slotLines = slots.flatMap((slot) =>
    slot.headings.length > 0 ? formatSlot(slot, m, idColumns) : [`${INDENT}${slot.id}  ${m.undefinedSlot}`],
  );
  const texts = [
    ...(r.basis ? [m.basis(r.basis)] : []),
    ...(r.rationale[locale] ? [m.rationale(r.rationale[locale])] : []),
    ...(r.fix[locale] ? [m.fix(r.fix[locale])] : []),
  ];
  const blocks = [header, check, ...(slotLines.length > 0 ? [[m.usedSlots, ...slotLines]] : []), texts];
  return `${blocks.filter((b) => b.length > 0).map((b) => b.join('\n')).join('\n\n')}\n`;
}
