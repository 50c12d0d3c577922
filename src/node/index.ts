/** compliance-checklist/node: what needs Node's file system. Named re-exports only. */
export { loadRuleSetFile, type LoadRuleSetFileOptions, type RuleSetFiles } from './load-rule-set-file.js';
