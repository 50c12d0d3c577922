/** compliance-checklist/testing: tools for testing rule sets and report drafts under vitest. */
export { testRuleSet, type InvalidCase, type RuleSetCases, type ValidCase } from './test-rule-set.js';
export { reportMatchers } from './matchers.js';
