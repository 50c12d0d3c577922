/** Helpers for rule-set tests: load from an in-memory set of files, and compare exact problem lists. */
import path from 'node:path';
import { expect } from 'vitest';
import { isRuleSetError, type ErrorCode, type RuleSetError, type RuleSetProblem } from '../../src/errors.js';
import { parseRuleSet, type RuleSetResolver } from '../../src/rules/load-rule-set.js';
import type { RuleSet } from '../../src/types.js';

/** [file, code, line, column, path, a fragment of the message] */
export type ExpectedProblem = [string, ErrorCode, number, number, string, string];

/** A resolver over in-memory files: paths are relative to the file that names them. */
export function memoryResolver(files: Record<string, string>): RuleSetResolver {
  return (ref, from) => {
    const name = path.posix.normalize(path.posix.join(path.posix.dirname(from), ref));
    return Object.hasOwn(files, name) ? { name, text: files[name] as string } : null;
  };
}

/** Loads `root` from `files`, resolving extends among them. */
export function loadFrom(files: Record<string, string>, root: string): RuleSet {
  return parseRuleSet(files[root] as string, { name: root, resolve: memoryResolver(files) });
}

/** Runs a load that must fail and returns its RuleSetError. */
export function rejection(load: () => unknown): RuleSetError {
  try {
    load();
  } catch (error) {
    if (isRuleSetError(error)) return error;
    throw error;
  }
  throw new Error('the rule set was accepted');
}

/** The problems must be exactly these, in this order; each message must contain its fragment. */
export function expectProblems(error: RuleSetError, expected: ExpectedProblem[]): void {
  const summary = (p: RuleSetProblem) => [p.file, p.code, p.line, p.column, p.path];
  expect(error.problems.map(summary)).toEqual(expected.map((e) => e.slice(0, 5)));
  error.problems.forEach((p, i) => expect(p.message).toContain(expected[i]![5]));
}
