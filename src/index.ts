/** compliance-checklist: the public API. Named re-exports only. */
export { assess } from './assess.js';
export { parseReport, type ReportInput } from './report-input.js';
export { readInput, DEFAULT_MAX_BYTES } from './input/read-input.js';
export type { ExtractedText, HeadingHint, InputFormat, ReadOptions } from './input/types.js';
export { REPORT_JSON_SCHEMA, type ReportJson } from './input/json-input.js';
export { loadRuleSet, parseRuleSet, listBuiltinRuleSets, type LoadRuleSetOptions, type RuleSetResolver } from './rules/load-rule-set.js';
export { parseWaivers } from './rules/waivers.js';
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
export { getFormatter, getItemFormatter, listFormats, formatJson, formatStylish, isReportError } from './format/index.js';
export type { BatchEntry, FormatOptions, ReportError } from './format/index.js';
export { extractKeyFigures } from './figures/extract-figures.js';
export type * from './types.js';
