/**
 * Problems in the options of one check kind, wherever they are written (a requirement's `check`, or
 * the `params` of a raw condition on a check-kind fact): slots nobody defines, patterns that do not
 * compile or may backtrack catastrophically, and options that contradict each other.
 */
import type { ProblemKey, RuleSetProblem } from '../errors.js';
import { checkOptionProblems, fieldsOf } from './check-kinds.js';
import { patternProblem } from './pattern-safety.js';
import { keyedProblem, patternKey } from './keyed-problem.js';
import { suggest } from './suggest.js';
import type { YamlSource } from './yaml-source.js';

type Path = Array<string | number>;

/** What the checks of one rule-set file can see. */
export interface RefContext {
  source: YamlSource;
  /** Slot ids a check may name (this file's and its bases'); null when a base could not be read. */
  slots: ReadonlySet<string> | null;
  /** True when the file extends other rule sets (messages then say "here or in a base rule set"). */
  extended: boolean;
}

/**
 * Problems in a check kind's options at `at`, each message led by `owner` (`(requirement "x")`).
 *
 * @example
 * checkOptionsProblems('section', { slot: 'plan' }, ['requirements', 0, 'check', 'section'], 'requirement "plan"', ctx)
 */
export function checkOptionsProblems(kind: string, options: unknown, at: Path, owner: string, ctx: RefContext): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  const say = (path: Path, key: ProblemKey, params: Record<string, string | number>) => problems.push(keyedProblem(ctx.source, 'RULESET_INVALID', [...at, ...path], key, params, { owner }));
  const { patterns, slots } = fieldsOf(kind, options);
  for (const { path, value } of patterns) {
    const problem = typeof value === 'string' ? patternProblem(value) : null;
    if (problem) {
      const { key, params } = patternKey(String(value), problem);
      say(path, key, params);
    }
  }
  if (ctx.slots) {
    const defined = [...ctx.slots];
    for (const { path, value } of slots) {
      if (typeof value === 'string' && /^[a-z][a-z0-9-]*$/.test(value) && !ctx.slots.has(value)) {
        say(path, 'UNDEFINED_SLOT', { owner, slot: value, defined: defined.join(', '), suggestion: suggest(value, defined) ?? '', extended: ctx.extended ? 1 : 0 });
      }
    }
  }
  for (const { path, key, params } of checkOptionProblems(kind, options)) say(path, key, params);
  return problems;
}
