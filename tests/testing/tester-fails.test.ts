/** testRuleSet must fail when the table is wrong, and say which case and requirement. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

it('reports every wrong case, naming the requirement', () => {
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', path.join(root, 'tests/testing/fixtures/vitest.tester.config.ts'), '--reporter', 'verbose', '--no-color'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status, output.slice(-2000)).toBe(1);
  expect(output).toMatch(/3 failed/);
  expect(output).toMatch(/shortcoming-causes/);
  expect(output).toMatch(/evidence should quote line 2/);
  expect(output).toMatch(/gaps of error severity/);
}, 130_000);
