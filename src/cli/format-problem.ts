/**
 * A rule-set or waivers problem as the CLI prints it, in the user's language: the place, the code
 * and the path stay as they are (they are what a rule author searches for), the message is rendered
 * from the problem's code and parameters by the locale catalogue.
 */
import type { RuleSetProblem } from '../errors.js';
import type { CliMessages } from '../messages/cli/index.js';

/**
 * `file:line:col CODE path message`, then the source line with a caret, as formatProblem lays it out.
 *
 * @example
 * formatLocalProblem(problem, getCliMessages('zh-CN'))
 * // 'rules/x.yaml:9:13 RULESET_SCHEMA requirements[0].weight 应为数字。\n    weight: heavy\n            ^'
 */
export function formatLocalProblem(problem: RuleSetProblem, messages: CliMessages): string {
  const place = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  const head = `${place} ${problem.code} ${problem.path ? `${problem.path} ` : ''}${messages.problem(problem)}`;
  return problem.excerpt ? `${head}\n${problem.excerpt}` : head;
}
