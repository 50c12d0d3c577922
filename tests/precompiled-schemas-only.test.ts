/**
 * Every schema is compiled at build time (scripts/precompile-schema.ts): no module of the library or
 * the CLI may import ajv, or a browser bundle and the CLI's start-up would pay for its compiler again.
 * (`npm run size` checks the built browser bundle for the same thing.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../src');
const files = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => [f, readFileSync(path.join(src, f), 'utf8')] as const);

it.each(files)('%s imports no schema compiler', (_file, code) => {
  // Value imports, re-exports and dynamic imports alike: `import type` would be erased, but the core's
  // own SchemaError type makes even that unnecessary.
  expect(code).not.toMatch(/(?:from|import)\s*\(?\s*['"]ajv(?:[/'"])/);
});
