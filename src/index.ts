/** compliance-checklist: the public API. Named re-exports only. */
export { assess } from './assess.js';
export { parseReport, type ReportInput } from './report-input.js';
export { readInput, DEFAULT_MAX_BYTES } from './input/read-input.js';
export type { ExtractedText, HeadingHint, InputFormat, ReadOptions } from './input/types.js';
export type { Utf8Decoder } from './input/decode.js';
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
  PROBLEM_KEYS,
  type ErrorCode,
  type ProblemKey,
  type RuleSetProblem,
} from './errors.js';
export {
  getFormatter,
  getItemFormatter,
  isReportError,
  listFormats,
  formatJson,
  formatStylish,
  type Formatter,
  type FormatOptions,
  type FormatName,
  type ReportSource,
  type JsonAssessment,
  type JsonEvidence,
  type JsonFinding,
  type BatchEntry,
  type ReportError,
} from './format/index.js';
export { extractKeyFigures } from './figures/extract-figures.js';
// Named, not `export type *`: a type added to types.ts for internal use must not become public by accident.
export type {
  // assessments
  Assessment,
  AssessOptions,
  AssessedDocument,
  Finding,
  FindingStatus,
  FindingWaiver,
  GateOutcome,
  LookalikeKind,
  KeyFigure,
  KeyFigureFlag,
  KeyFigureKind,
  Gap,
  Evidence,
  Waiver,
  // rule sets
  RuleSet,
  Requirement,
  CheckSpec,
  RuleSetGate,
  RoleDefinition,
  SlotDefinition,
  SlotFallback,
  KeyFigureSet,
  KeyFigureSpec,
  ScoringOptions,
  ScoringModel,
  GradeBand,
  Severity,
  // documents
  ReportDocument,
  ReportMeta,
  Section,
  Paragraph,
  ListItem,
  MarkerKind,
  SourceSpan,
  DecodeWarning,
  IssuerLevel,
  IsoDate,
  ParseOptions,
  StructureHints,
  // text
  Locale,
  LocalizedText,
} from './types.js';
