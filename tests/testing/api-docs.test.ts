/**
 * Every public export of the three entries (`.`, `./testing`, `./vitest`) has TSDoc with an
 * `@example`, as the house style asks: read from the sources with the TypeScript compiler.
 */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const entries = ['src/index.ts', 'src/testing/index.ts', 'src/vitest.ts'].map((f) => path.join(root, f));
const program = ts.createProgram(entries, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
const checker = program.getTypeChecker();

const exported = entries.flatMap((file) => {
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  return checker.getExportsOfModule(module).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return { entry: path.relative(root, file), name: symbol.name, target };
  });
});

describe('public API docs', () => {
  it('finds the exports', () => {
    expect(exported.map((e) => e.name)).toEqual(expect.arrayContaining(['assess', 'loadRuleSet', 'parseRuleSet', 'Assessment', 'reportMatchers', 'Formatter']));
  });

  it.each(exported.map((e) => [`${e.entry} ${e.name}`, e] as const))('%s has TSDoc with an @example', (_label, { target }) => {
    expect(ts.displayPartsToString(target.getDocumentationComment(checker)).length).toBeGreaterThan(0);
    expect(target.getJsDocTags().map((t) => t.name)).toContain('example');
  });
});
