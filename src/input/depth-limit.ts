/**
 * Nesting limits for containers whose readers walk a tree. Thousands of nested HTML elements or JSON
 * sections would overflow the call stack of the recursive walks (ours, DomUtils', ajv's) with a bare
 * RangeError; measuring the depth first, with a loop, turns that into a typed error naming the file.
 * Real pages nest a few dozen elements deep and real reports four or five section levels.
 */
import { InputError } from '../errors.js';

/** The deepest HTML element nesting read: far above real pages (30–60), far below the stack's reach. */
export const MAX_HTML_DEPTH = 400;
/** The deepest JSON nesting read (objects and arrays): a section level takes two. */
export const MAX_JSON_DEPTH = 200;

/**
 * How deep a tree goes, measured without recursion, stopping as soon as it passes `limit`.
 *
 * @example
 * treeDepth({ children: [{ children: [] }] }, (n) => n.children, 10) // 2
 */
export function treeDepth<T>(root: T, childrenOf: (node: T) => readonly T[] | null, limit: number): number {
  let deepest = 0;
  const stack: Array<[T, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of childrenOf(node) ?? []) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The children of a JSON value: an array's items, an object's values. */
export function jsonChildren(value: unknown): readonly unknown[] | null {
  if (Array.isArray(value)) return value;
  return value !== null && typeof value === 'object' ? Object.values(value) : null;
}

/**
 * The error for a container nested beyond its limit.
 *
 * @example
 * throw tooDeep('page.html', 'HTML elements', MAX_HTML_DEPTH)
 */
export function tooDeep(name: string | undefined, what: string, limit: number): InputError {
  return new InputError(
    'INPUT_INVALID',
    `${name ?? 'the input'} nests ${what} more than ${limit} levels deep, beyond what a report needs and what this reader walks; it is refused rather than read`,
    { file: name ?? null },
  );
}
