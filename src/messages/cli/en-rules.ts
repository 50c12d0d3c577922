/**
 * English for the rule-set commands, and the words every check kind's description shares (what each
 * kind looks for is said by its own module: src/kinds/<kind>/describe.ts).
 */
import type { CheckWords, RulesMessages } from './rules-types.js';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const check: CheckWords = {
  locale: 'en',
  other: (kind, json) => [`Check kind ${kind} (unknown to this version of the tool), options: ${json}`],
  conditions: (json) => ['Judged by json-rules-engine conditions (met, partial):', ...json.split('\n').map((l) => `  ${l}`)],
  appliesTo: (requirement, statuses) => `Applies only when ${requirement} is ${statuses.join(' or ')}; otherwise not applicable and left out of the score.`,
  scopes: { report: 'the whole report', headings: 'the headings', slot: (id) => `the ${id} section` },
  quote: (pattern) => `"${pattern}"`,
  separator: ', ',
};

/** The en words of the rule-set commands. */
export const enRules: RulesMessages = {
  listColumns: { id: 'id', version: 'version', requirements: 'requirements', title: 'title' },
  requirementColumns: { id: 'id', severity: 'severity', weight: 'weight', partial: 'partial', check: 'check', title: 'title' },
  model: { weighted: 'weighted', flat: 'flat', 'pass-fail': 'pass/fail' },
  status: { met: 'met', partial: 'partial', missing: 'missing', unknown: 'unknown', 'not-applicable': 'not applicable', waived: 'waived' },
  none: '—',
  source: (source) => `source ${source}`,
  extends: (chain) => `extends ${chain.length > 0 ? chain.join(' → ') : '(nothing)'}`,
  scoring: (model, passMark, partialCredit) => `scoring ${model} · pass mark ${passMark}% · partial credit ${partialCredit} of the weight by default`,
  grades: (bands) => `grades ${bands.map((b) => `${b.grade} ≥${b.min}%`).join(' · ')}`,
  slotsHeading: (count) => `Outline slots (${count}, found by their headings):`,
  requirementsHeading: (count, totalWeight) => `Requirements (${count}, total weight ${totalWeight}):`,
  headings: (patterns) => `headings ${patterns}`,
  exclude: (patterns) => `except ${patterns}`,
  basis: (basis) => `basis: ${basis}`,
  fix: (fix) => `to meet it: ${fix}`,
  rationale: (rationale) => `why: ${rationale}`,
  rawConditions: 'conditions',
  inRuleSet: (id, version, title) => `rule set ${id} ${version} (${title})`,
  requirementMeta: (severity, weight, partialCredit) => `severity ${severity} · weight ${weight} · partial credit ${partialCredit} of the weight`,
  checkHeading: (kind) => `What it checks (${kind}):`,
  usedSlots: 'Outline slots it uses:',
  undefinedSlot: '(not defined in the rule set)',
  valid: (file, requirements) => `✔ ${file}: ${plural(requirements, 'requirement')}, valid`,
  invalid: (file, problems) => `✖ ${file}: ${plural(problems, 'problem')}`,
  check,
};
