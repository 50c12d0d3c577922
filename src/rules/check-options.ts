/**
 * Problems in the options of one check kind, wherever they are written (a requirement's `check`, or
 * the `params` of a raw condition on a check-kind fact): slots nobody defines, patterns that do not
 * compile or may backtrack catastrophically, and options that contradict each other.
 */
import type { RuleSetProblem } from '../errors.js';
import { checkOptionProblems, fieldsOf } from './check-kinds.js';
import { patternProblem } from './pattern-safety.js';
import { didYouMean, suggest } from './suggest.js';
import { problemAt, type YamlSource } from './yaml-source.js';

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
  const say = (path: Path, message: string) => problems.push(problemAt(ctx.source, 'RULESET_INVALID', [...at, ...path], `(${owner}) ${message}`));
  const { patterns, slots } = fieldsOf(kind, options);
  for (const { path, value } of patterns) {
    const problem = typeof value === 'string' ? patternProblem(value) : null;
    if (problem) {
      say(path, problem);
      // The two refusals of patternProblem, told apart for the catalogues by how they begin.
      const unsafe = problem.startsWith('may take exponential time');
      Object.assign(problems.at(-1)!, { key: unsafe ? 'SLOW_PATTERN' : 'INVALID_PATTERN', params: { pattern: String(value) } });
    }
  }
  if (ctx.slots) {
    for (const { path, value } of slots) {
      if (typeof value === 'string' && /^[a-z][a-z0-9-]*$/.test(value) && !ctx.slots.has(value)) {
        say(path, undefinedSlot(value, ctx));
        const defined = [...ctx.slots];
        // Worded again by the catalogues from these values, in the user's language.
        Object.assign(problems.at(-1)!, { key: 'UNDEFINED_SLOT', params: { owner, slot: value, defined: defined.join(', '), suggestion: suggest(value, defined) ?? '', extended: ctx.extended ? 1 : 0 } });
      }
    }
  }
  for (const { path, value } of checkOptionProblems(kind, options)) say(path, String(value));
  return problems;
}

function undefinedSlot(slot: string, ctx: RefContext): string {
  const where = ctx.extended ? 'under "sections" here or in a base rule set' : 'under "sections"';
  const hint = didYouMean(slot, [...(ctx.slots ?? [])], 'defined');
  return `names the slot "${slot}", which no entry ${where} defines, so it could never match${hint}; define the slot under "sections" or name a defined one`;
}
