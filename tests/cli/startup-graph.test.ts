/**
 * What the CLI loads before it reads its first report. Static imports are loaded at start; a dynamic
 * `import()` only when its code runs. The YAML reader, the schema validators (about 1.2 MB of
 * generated code, some 70 ms to load) and the pattern analyser are for rule files and waivers a user
 * gives: a check with the built-in rule set must not load them, so they stay behind dynamic imports.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../src');
const rel = (file: string) => path.relative(src, file).split(path.sep).join('/');

/** The modules a file imports statically (type-only imports left out: they vanish at build). */
function staticImportsOf(file: string): { files: string[]; packages: string[] } {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const specifiers = [...code.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s+)?[^'"]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)]
    .filter((m) => m[2] === undefined)
    .map((m) => (m[3] ?? m[4])!);
  const files: string[] = [];
  const packages: string[] = [];
  for (const s of specifiers) {
    if (!s.startsWith('.')) {
      packages.push(s);
      continue;
    }
    // JSON (the package's version, inlined at build) is data, not code to follow.
    if (s.endsWith('.json')) continue;
    const base = path.resolve(path.dirname(file), s.replace(/\.js$/, ''));
    const found = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => existsSync(f));
    if (!found) throw new Error(`${rel(file)}: cannot resolve ${s}`);
    files.push(found);
  }
  return { files, packages };
}

/** Every file and package loaded at start from `start`. */
function loadedAtStart(start: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>([start]);
  const packages = new Set<string>();
  const todo = [start];
  while (todo.length > 0) {
    const next = staticImportsOf(todo.pop()!);
    next.packages.forEach((p) => packages.add(p));
    for (const f of next.files) {
      if (!files.has(f)) {
        files.add(f);
        todo.push(f);
      }
    }
  }
  return { files: new Set([...files].map(rel)), packages };
}

const RULE_FILE_ONLY = ['rules/yaml-source.ts', 'rules/validate-schema.ts', 'rules/rule-set-validator.generated.ts', 'rules/schema-validators.generated.ts', 'rules/pattern-safety.ts', 'rules/read-layers.ts', 'node/load-rule-set-file.ts', 'cli/load-waivers.ts'];

describe('the CLI at start', () => {
  const main = loadedAtStart(path.join(src, 'cli/main.ts'));

  it('is followed through the command modules (the walker itself)', () => {
    expect(main.files).toContain('cli/commands/check.ts');
    expect(main.files).toContain('engine/run.ts');
    expect(main.files).toContain('rules/builtin-rule-sets.ts');
    expect(main.packages).toContain('commander');
    // And the walker does see these files when they are imported statically.
    expect(loadedAtStart(path.join(src, 'rules/load-rule-set.ts')).files).toContain('rules/validate-schema.ts');
    expect(loadedAtStart(path.join(src, 'rules/load-rule-set.ts')).packages).toContain('yaml');
  });

  // The worker of `check --jobs` starts the same way: it too loads only what its rule set needs.
  const worker = loadedAtStart(path.join(src, 'cli/check-worker.ts'));
  const entries = [['the CLI', main], ['a check worker', worker]] as const;

  it('follows the worker entry too (the walker itself)', () => {
    expect(worker.files).toContain('engine/run.ts');
    expect(worker.packages).toContain('node:worker_threads');
  });

  it.each(entries.flatMap(([name, loaded]) => RULE_FILE_ONLY.map((file) => [name, file, loaded] as const)))('%s does not load %s', (_name, file, loaded) => {
    expect(loaded.files).not.toContain(file);
  });

  it.each(entries.flatMap(([name, loaded]) => ['yaml', '@eslint-community/regexpp', 'ajv'].map((pkg) => [name, pkg, loaded] as const)))('%s does not load the %s package', (_name, pkg, loaded) => {
    expect(loaded.packages).not.toContain(pkg);
  });
});
