/** compliance-checklist: the public API. Named re-exports only. */
export { assess } from './assess.js';
export { parseReport } from './parse/parse-report.js';
export { loadRuleSet, parseRuleSet, listBuiltinRuleSets, type LoadRuleSetOptions } from './rules/load-rule-set.js';
export {
  ChecklistError,
  InputError,
  RuleSetError,
  UnknownRuleSetError,
  UsageError,
  isChecklistError,
  isRuleSetError,
  formatProblem,
  type ErrorCode,
  type RuleSetProblem,
} from './errors.js';
export { getFormatter, listFormats, formatJson, formatStylish } from './format/index.js';
export type * from './types.js';
