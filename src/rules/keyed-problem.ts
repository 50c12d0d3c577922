/**
 * A problem with a message code: its English message is worded from the code and parameters by the
 * English catalogue, and the CLI words the same code in the user's language.
 */
import type { ErrorCode, ProblemKey, RuleSetProblem } from '../errors.js';
import { enProblems } from '../messages/problems/en.js';
import { suggest } from './suggest.js';
import { problemAt, type YamlSource } from './yaml-source.js';

type Params = Readonly<Record<string, string | number>>;

/**
 * `suggestion` (a likely typo of `name`) and `defined` (what may be named instead), the values of a
 * "did you mean" hint, which each catalogue words its own way.
 *
 * @example
 * hintParams('identiy', ['identity', 'timeliness']) // { suggestion: 'identity', defined: 'identity, timeliness' }
 */
export function hintParams(name: string, defined: readonly string[]): { suggestion: string; defined: string } {
  return { suggestion: suggest(name, defined) ?? '', defined: defined.join(', ') };
}

/**
 * A problem at a data path, worded by its code; `owner` (`requirement "x"`) leads the English message,
 * as the path alone would not say which requirement a nested value belongs to.
 *
 * @example
 * keyedProblem(source, 'RULESET_INVALID', ['requirements', 1, 'id'], 'DUPLICATE_ID', { id: 'timeliness', first: 0 })
 */
export function keyedProblem(
  source: YamlSource,
  code: ErrorCode,
  path: ReadonlyArray<string | number>,
  key: ProblemKey,
  params: Params,
  options: { owner?: string; atKey?: boolean } = {},
): RuleSetProblem {
  const text = enProblems[key](params);
  const problem = problemAt(source, code, path, options.owner ? `(${options.owner}) ${text}` : text, options.atKey ?? false);
  problem.key = key;
  problem.params = params;
  return problem;
}

/**
 * The code and parameters of a refusal by patternProblem: a pattern that does not compile, or one
 * that may backtrack catastrophically (told apart by how the refusal begins).
 *
 * @example
 * patternKey('(a+)+', 'may take exponential time …') // { key: 'SLOW_PATTERN', params: { pattern: '(a+)+', detail: 'may take …' } }
 */
export function patternKey(pattern: string, refusal: string): { key: ProblemKey; params: Params } {
  const key: ProblemKey = refusal.startsWith('may take exponential time') ? 'SLOW_PATTERN' : 'INVALID_PATTERN';
  return { key, params: { pattern, detail: refusal } };
}
