/**
 * The import graph, followed through every file: src/rules (the rule-set loader) never reaches the
 * engine, directly or through another module — not even by a type. The check kinds sit between the
 * two: the loader reads their load-time parts (src/kinds/specs.ts, each kind's spec.ts), only the
 * engine reads their measures (each kind's measure.ts, src/kinds/index.ts), and only the formatters
 * their words (each kind's describe.ts, src/kinds/describers.ts), which a loader need not carry.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../src');
const rel = (file: string) => path.relative(src, file).split(path.sep).join('/');

/** Every module a file imports or re-exports from (type-only imports included), as absolute paths. */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const specifiers = [...code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => {
      const base = path.resolve(path.dirname(file), s.replace(/\.js$/, ''));
      const found = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => existsSync(f));
      if (!found) throw new Error(`${rel(file)}: cannot resolve ${s}`);
      return found;
    });
}

/** Every file reachable from `start` by imports, `start` included. */
function closure(start: string): Set<string> {
  const seen = new Set<string>([start]);
  const todo = [start];
  while (todo.length > 0) {
    for (const next of importsOf(todo.pop()!)) {
      if (!seen.has(next)) {
        seen.add(next);
        todo.push(next);
      }
    }
  }
  return seen;
}

const runTime = (file: string) => /^(engine\/|kinds\/index\.ts$|kinds\/[^/]+\/measure\.ts$|kinds\/check-kind\.ts$|kinds\/scope\.ts$)/.test(rel(file));
const words = (file: string) => /^kinds\/(describers\.ts$|[^/]+\/describe\.ts$)/.test(rel(file));
const ruleFiles = (readdirSync(path.join(src, 'rules')) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(src, 'rules', f));

describe('the import graph', () => {
  it('is followed through re-exports and folders (the walker itself)', () => {
    const fromEngine = [...closure(path.join(src, 'engine/compile.ts'))].map(rel);
    expect(fromEngine).toContain('kinds/section/measure.ts');
    expect(fromEngine).toContain('engine/document-index.ts');
    const fromLoader = [...closure(path.join(src, 'rules/load-rule-set.ts'))].map(rel);
    expect(fromLoader).toContain('kinds/specs.ts');
    expect(fromLoader).toContain('kinds/term-groups/spec.ts');
    expect([...closure(path.join(src, 'format/describe-check.ts'))].map(rel)).toContain('kinds/term-groups/describe.ts');
  });

  it.each(ruleFiles.map((f) => [rel(f), f] as const))('%s reaches no engine module and no measure', (_name, file) => {
    const reached = [...closure(file)].filter(runTime).map(rel);
    expect(reached).toEqual([]);
  });

  it.each(ruleFiles.map((f) => [rel(f), f] as const))('%s reaches no kind\'s words', (_name, file) => {
    expect([...closure(file)].filter(words).map(rel)).toEqual([]);
  });
});
