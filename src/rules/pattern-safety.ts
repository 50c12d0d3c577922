/**
 * User regular expressions are compiled and checked for catastrophic backtracking when the rule set
 * loads, so that a bad pattern is a rule-set error with a place, not a hung check.
 *
 * The checker is safe-regex2 (fastify, maintained, MIT, one small dependency, pure JS so it runs in a
 * browser). It rejects star height above one — a quantified group that contains another quantifier,
 * as in `(a+)+` or `(\d+)*` — the shape behind exponential backtracking, in microseconds. We tried
 * redos-detector too: it scores backtracking more precisely, but rejects the bounded windows rule
 * sets are made of (`主要负责(人|同志).{0,12}(履行|职责)`) and takes seconds per rule set.
 */
import safeRegex from 'safe-regex2';

// safe-regex2's parser (ret) does not know lookbehind; a lookbehind group is a group like any other
// for star height, so the check reads it as a plain group. Escaped parentheses are left alone.
const LOOKBEHIND = /(?<!\\)((?:\\\\)*)\(\?<[=!]/g;

/** safe-regex2 also caps the number of quantifiers (25 by default); length alone is not the danger. */
const NO_QUANTIFIER_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * Why a user pattern cannot be used — it does not compile (with the `u` flag, as the engine runs it)
 * or it may backtrack catastrophically — or null when it is fine.
 *
 * @example
 * patternProblem('存在的?问题') // null
 * patternProblem('(a+)+$') // 'may take exponential time on some inputs …'
 */
export function patternProblem(pattern: string): string | null {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: /, '');
    return `is not a valid regular expression: ${reason}; escape ( ) [ ] { } * + ? . with a backslash where you mean the character`;
  }
  if (!safeRegex(pattern.replace(LOOKBEHIND, '$1(?:'), { limit: NO_QUANTIFIER_LIMIT })) {
    return 'may take exponential time on some inputs: a repeated group contains another repetition, as in (a+)+; rewrite it without nested quantifiers (e.g. (a+)+ → a+, (\\d+,)* → [\\d,]*)';
  }
  return null;
}
