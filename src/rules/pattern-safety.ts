/**
 * User regular expressions are compiled and checked for catastrophic backtracking when the rule set
 * loads, so that a bad pattern is a rule-set error with a place, not a hung check.
 *
 * The engine runs patterns on JavaScript's backtracking RegExp, so the check is about the shapes that
 * make backtracking explode, read from the pattern's syntax tree (parsed by @eslint-community/regexpp,
 * the parser ESLint's regexp rules use: pure JS, no dependencies, runs in a browser). Three shapes are
 * refused inside an unbounded repetition (`*`, `+`, `{n,}`, or a bound of 100 or more):
 *
 * 1. nested repetition: the repeated part contains another unbounded repetition, as in `(a+)+`;
 * 2. ambiguous alternatives: the repeated group has two alternatives that can start the same text, as
 *    in `(.|\s)*` or `(依法|依法行政|行政)*` — each iteration can split the text two ways, so a failing
 *    match tries 2ⁿ splits (safe-regex2, which we used before, misses this shape);
 * 3. overlapping neighbours: the repetition is followed by another unbounded repetition over some of
 *    the same characters, as in `\d+\d+` or `.*\s*` — polynomial time on a long line without a match.
 *
 * Bounded windows (`.{0,20}`), which rule sets are made of, are never refused. The analysis errs on the
 * strict side: it may refuse a pattern that would in fact run fast, and says how to rewrite it.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { ANY, escapeSet, intersects, NONE, single, union, complement, type CharSet } from './char-set.js';

/** A repetition bound at or above this counts as unbounded: `{0,1000}` backtracks like `*`. */
const UNBOUNDED = 100;
/** How many fixed characters of an alternative are compared with another's. */
const PREFIX_LENGTH = 8;

type Node = AST.Node;
type Element = AST.Element;

const parser = new RegExpParser({ ecmaVersion: 2025 });

const isUnbounded = (node: Node): node is AST.Quantifier => node.type === 'Quantifier' && node.max >= UNBOUNDED;

/** The characters a single-character node matches, or null for anything else. */
function leafSet(node: Node): CharSet | null {
  switch (node.type) {
    case 'Character':
      return single(node.value);
    case 'CharacterSet':
      return escapeSet(node.kind, 'negate' in node ? Boolean(node.negate) : false);
    case 'CharacterClass': {
      const parts = node.elements.map((e: Node): CharSet => (e.type === 'CharacterClassRange' ? [[e.min.value, e.max.value]] : (leafSet(e) ?? ANY)));
      const set = union(...parts);
      return node.negate ? complement(set) : set;
    }
    default:
      return null;
  }
}

function alternativesOf(node: Node): AST.Alternative[] {
  return node.type === 'Group' || node.type === 'CapturingGroup' || node.type === 'Pattern' ? node.alternatives : [];
}

/** True when the node can match the empty string. */
function nullable(node: Node): boolean {
  if (leafSet(node)) return false;
  if (node.type === 'Assertion' || node.type === 'Backreference') return true;
  if (node.type === 'Quantifier') return node.min === 0 || nullable(node.element);
  if (node.type === 'Alternative') return node.elements.every(nullable);
  return alternativesOf(node).some(nullable);
}

/** Every character that a match of the node can contain. */
function charsOf(node: Node): CharSet {
  const leaf = leafSet(node);
  if (leaf) return leaf;
  if (node.type === 'Backreference') return ANY;
  if (node.type === 'Assertion') return NONE;
  if (node.type === 'Quantifier') return node.max === 0 ? NONE : charsOf(node.element);
  if (node.type === 'Alternative') return union(...node.elements.map(charsOf));
  return union(...alternativesOf(node).map(charsOf));
}

/** The characters a match of the elements can start with. */
function firstOfSequence(elements: readonly Element[]): CharSet {
  const sets: CharSet[] = [];
  for (const element of elements) {
    sets.push(firstOf(element));
    if (!nullable(element)) break;
  }
  return union(...sets);
}

function firstOf(node: Node): CharSet {
  const leaf = leafSet(node);
  if (leaf) return leaf;
  if (node.type === 'Backreference') return ANY;
  if (node.type === 'Assertion') return NONE;
  if (node.type === 'Quantifier') return node.max === 0 ? NONE : firstOf(node.element);
  if (node.type === 'Alternative') return firstOfSequence(node.elements);
  return union(...alternativesOf(node).map((a) => firstOfSequence(a.elements)));
}

/** The character sets of the fixed-width start of a sequence, up to the first variable part. */
function prefixOf(elements: readonly Element[], out: CharSet[] = []): { sets: CharSet[]; complete: boolean } {
  for (const element of elements) {
    if (out.length >= PREFIX_LENGTH) return { sets: out, complete: false };
    if (element.type === 'Assertion') continue;
    const leaf = leafSet(element);
    if (leaf) {
      out.push(leaf);
      continue;
    }
    if (element.type === 'Quantifier' && element.min === element.max && leafSet(element.element)) {
      for (let i = 0; i < Math.min(element.min, PREFIX_LENGTH); i++) out.push(leafSet(element.element) as CharSet);
      continue;
    }
    const alternatives = alternativesOf(element);
    if (alternatives.length === 1 && !prefixOf(alternatives[0]!.elements, out).complete) return { sets: out, complete: false };
    if (alternatives.length !== 1) return { sets: out, complete: false };
  }
  return { sets: out, complete: true };
}

/** True when two alternatives can start with the same text (one may be a prefix of the other). */
function canStartAlike(a: AST.Alternative, b: AST.Alternative): boolean {
  const pa = prefixOf(a.elements).sets;
  const pb = prefixOf(b.elements).sets;
  const n = Math.min(pa.length, pb.length);
  if (n === 0) return intersects(firstOfSequence(a.elements), firstOfSequence(b.elements));
  for (let i = 0; i < n; i++) if (!intersects(pa[i]!, pb[i]!)) return false;
  return true;
}

function descendants(node: Node, visit: (n: Node) => void): void {
  visit(node);
  if (node.type === 'Quantifier') descendants(node.element, visit);
  else if (node.type === 'Alternative') node.elements.forEach((e) => descendants(e, visit));
  else if (node.type === 'Assertion' && 'alternatives' in node) node.alternatives.forEach((a) => descendants(a, visit));
  else alternativesOf(node).forEach((a) => descendants(a, visit));
}

/** The repeated group's alternatives, looking through groups of one alternative. */
function repeatedAlternatives(node: Node): AST.Alternative[] {
  const alternatives = alternativesOf(node);
  if (alternatives.length === 1 && alternatives[0]!.elements.length === 1) return repeatedAlternatives(alternatives[0]!.elements[0]!);
  return alternatives;
}

function nestedProblem(q: AST.Quantifier): string | null {
  let inner: AST.Quantifier | null = null;
  descendants(q.element, (n) => {
    if (!inner && isUnbounded(n)) inner = n;
  });
  if (!inner) return null;
  return `may take exponential time on some inputs: the repeated part ${q.raw} contains another repetition (${(inner as AST.Quantifier).raw}), as in (a+)+; rewrite it without nested repetition (e.g. (a+)+ → a+, (\\d+,)* → [\\d,]*)`;
}

function ambiguityProblem(q: AST.Quantifier): string | null {
  const alternatives = repeatedAlternatives(q.element);
  for (let i = 0; i < alternatives.length; i++) {
    for (let j = i + 1; j < alternatives.length; j++) {
      const [a, b] = [alternatives[i]!, alternatives[j]!];
      if (!canStartAlike(a, b)) continue;
      return `may take exponential time on some inputs: the repeated group ${q.raw} has alternatives that can match the same text ("${a.raw}" and "${b.raw}"), as in (.|\\s)* or (依法|依法行政)*; make the alternatives exclusive, use a character class ((.|\\s)* → [\\s\\S]*), or drop the repetition`;
    }
  }
  return null;
}

function neighbourProblem(q: AST.Quantifier): string | null {
  const parent = q.parent;
  if (parent.type !== 'Alternative') return null;
  const chars = charsOf(q.element);
  for (const next of parent.elements.slice(parent.elements.indexOf(q) + 1)) {
    if (isUnbounded(next) && intersects(chars, firstOf(next))) {
      return `may take polynomial time on long lines: ${q.raw} is followed by ${next.raw}, which can match the same characters, as in \\d+\\d+ or .*\\s*; merge them into one repetition or bound one of them (e.g. .{0,20})`;
    }
    if (!nullable(next)) break;
  }
  return null;
}

/**
 * Why a user pattern cannot be used — it does not compile (with the `u` flag, as the engine runs it)
 * or it may backtrack catastrophically — or null when it is fine.
 *
 * @example
 * patternProblem('存在的?问题') // null
 * patternProblem('(a+)+$') // 'may take exponential time on some inputs …'
 * patternProblem('(依法|依法行政|行政)*报告') // 'may take exponential time … alternatives that can match the same text …'
 */
export function patternProblem(pattern: string): string | null {
  // Rule sets that extend each other repeat their bases' patterns: analyse each pattern once.
  const known = verdicts.get(pattern);
  if (known !== undefined) return known;
  const verdict = analyse(pattern);
  if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
  verdicts.set(pattern, verdict);
  return verdict;
}

const verdicts = new Map<string, string | null>();
const MAX_VERDICTS = 10_000;

function analyse(pattern: string): string | null {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: /, '');
    return `is not a valid regular expression: ${reason}; escape ( ) [ ] { } * + ? . with a backslash where you mean the character`;
  }
  let tree: AST.Pattern;
  try {
    tree = parser.parsePattern(pattern, 0, pattern.length, { unicode: true });
  } catch {
    // The platform accepts a syntax the parser does not know yet: nothing to analyse it with.
    return null;
  }
  let problem: string | null = null;
  descendants(tree, (node) => {
    if (problem || !isUnbounded(node)) return;
    problem = nestedProblem(node) ?? ambiguityProblem(node) ?? neighbourProblem(node);
  });
  return problem;
}
