/** compliance-checklist/testing: tools for testing rule sets and report drafts under vitest (ESM only, as vitest is). */
export { testRuleSet, type InvalidCase, type RuleSetCases, type ValidCase } from './test-rule-set.js';
export { reportMatchers, type MatcherResult, type NoGapsOptions, type PassChecklistOptions, type ReportMatchers } from './matchers.js';
