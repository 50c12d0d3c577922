/** The `compliance-checklist/vitest` setup entry: importing it is all a test file needs. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import '../../src/vitest.js';

const read = (f: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/reports', f), 'utf8');

it.each([
  ['layout-own-line-headings.txt', true],
  ['no-shortcomings-section.txt', false],
])('installs toPassChecklist: %s passes = %s', async (file, passes) => {
  const assertion = expect(read(file)).toPassChecklist();
  if (passes) await assertion;
  else await expect(assertion).rejects.toThrow(/shortcomings \(missing, error\)/);
});
