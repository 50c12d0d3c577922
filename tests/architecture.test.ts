/**
 * The core runs in a browser: only src/cli and src/node (the `compliance-checklist/node` entry, which
 * loads rule-set files) may touch the file system or the process, and the core never imports them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../src');
const files = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !f.startsWith(`cli${path.sep}`) && !f.startsWith(`node${path.sep}`))
  .map((f) => [f, readFileSync(path.join(src, f), 'utf8')] as const);

it.each(files)('%s uses no Node built-in and no process', (_file, code) => {
  const code_ = code.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  expect(code_).not.toMatch(/from\s+['"](node:|fs['"]|path['"]|os['"]|child_process|buffer['"])/);
  expect(code_).not.toMatch(/\bprocess\.|\brequire\(|\bBuffer\./);
});

it.each(files)('%s does not import the Node-only entry', (_file, code) => {
  expect(code).not.toMatch(/from\s+['"][./]*node\//);
});

// The loader checks rule sets with its own vocabulary (src/rules/condition-vocabulary.ts); the
// engine depends on rules, never the other way round.
const ruleFiles = files.filter(([f]) => f.startsWith(`rules${path.sep}`));

it.each(ruleFiles)('%s does not import the engine', (_file, code) => {
  expect(code).not.toMatch(/from\s+['"]\.\.\/engine\//);
});
