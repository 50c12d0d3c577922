/**
 * A requirement's check in words: its kind's describer for the catalogue's locale (each kind's
 * module, src/kinds/<kind>/describe.ts), with the helpers that quote patterns and name scopes,
 * nested checks (ifThen) included. Pure: the words come from the kinds and the message catalogue,
 * the structure from the rule set.
 */
import { KIND_DESCRIBERS } from '../kinds/describers.js';
import type { CheckHelpers, CheckWords, RulesMessages } from '../messages/cli/index.js';
import { fieldsOf } from '../rules/check-kinds.js';
import type { Requirement, RuleSetGate } from '../types.js';

const INDENT = '  ';

type Describer = (options: never, h: CheckHelpers) => string[];

/** The describer of a kind the language has, in the catalogue's locale, or null for a newer kind. */
function describerOf(words: CheckWords, kind: string): Describer | null {
  return Object.hasOwn(KIND_DESCRIBERS, kind) ? KIND_DESCRIBERS[kind as keyof typeof KIND_DESCRIBERS][words.locale] : null;
}

function helpers(words: CheckWords): CheckHelpers {
  const h: CheckHelpers = {
    scope: (scope) => {
      if (scope === undefined || scope === 'report') return words.scopes.report;
      return scope === 'headings' ? words.scopes.headings : words.scopes.slot(scope);
    },
    patterns: (list) => list.map(words.quote).join(words.separator),
    slots: (list) => list.join(words.separator),
    nested: (spec) => {
      const [entry] = Object.entries((spec ?? {}) as Record<string, unknown>);
      if (!entry) return [];
      const [first = '', ...rest] = describeSpec(entry[0], entry[1], words, h);
      return [`${INDENT}${entry[0]}: ${first}`, ...rest.map((line) => `${INDENT}${line}`)];
    },
  };
  return h;
}

function describeSpec(kind: string, options: unknown, words: CheckWords, h: CheckHelpers): string[] {
  const describe = describerOf(words, kind);
  if (!describe) return words.other(kind, JSON.stringify(options));
  return describe((options ?? {}) as never, h);
}

/**
 * What a requirement checks, one sentence per line: its check kind in words (or its raw
 * conditions), then when it applies.
 *
 * @example
 * describeCheck(requirement, getCliMessages('zh-CN').rules)
 * // ['把 shortcomings 一节的正文逐条拆开…', '原因标志词:「原因(是|在于)」、「究其原因」…']
 */
export function describeCheck(requirement: Requirement, m: RulesMessages, gate: RuleSetGate | null = null): string[] {
  const words = m.check;
  const lines: string[] = [];
  if (requirement.check) lines.push(...describeSpec(requirement.check.kind, requirement.check.options, words, helpers(words)));
  else if (requirement.conditions) lines.push(...words.conditions(JSON.stringify(requirement.conditions, null, 2)));
  if (gate && gate.requirement !== requirement.id) lines.push(words.appliesTo(gate.requirement, gate.status.map((s) => m.status[s])));
  const applies = requirement.appliesTo;
  if (applies) lines.push(words.appliesTo(applies.requirement, applies.status.map((s) => m.status[s])));
  return lines;
}

/**
 * The slot ids a requirement's check refers to, each once, in the order they appear.
 *
 * @example
 * slotsOfCheck(requirement) // ['shortcomings']
 */
export function slotsOfCheck(requirement: Requirement): string[] {
  if (!requirement.check) return [];
  const { slots } = fieldsOf(requirement.check.kind, requirement.check.options);
  return [...new Set(slots.map((s) => s.value).filter((v): v is string => typeof v === 'string'))];
}
