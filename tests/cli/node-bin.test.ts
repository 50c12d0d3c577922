/// <reference types="node" />
/**
 * The bin entry loads only what a command needs. A module-load spy (tests/support/load-spy.mjs)
 * records every module the process resolves: `--version` must not load the CLI at all, and checking
 * a text report must not load the HTML and Word readers, a schema compiler or the progress bar.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';

const bin = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));
const spy = fileURLToPath(new URL('../support/load-spy.mjs', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cc-node-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = readFileSync(fileURLToPath(new URL('../fixtures/reports/layout-own-line-headings.txt', import.meta.url)), 'utf8');
writeFileSync(join(dir, 'report.txt'), report);
writeFileSync(join(dir, 'report.html'), `<html><body><h1>${report.split('\n')[0]}</h1><p>${report.split('\n').slice(1).join('</p><p>')}</p></body></html>`);

/** Runs the bin from source with the spy; returns its output and what it loaded (paths and package names). */
function run(args: string[]): { stdout: string; status: number | null; loaded: string[] } {
  const log = join(dir, `loaded-${args.join('-').replace(/\W+/g, '_')}.txt`);
  writeFileSync(log, '');
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', spy, bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LOAD_SPY_FILE: log },
    timeout: 60_000,
  });
  expect(result.stderr).toBe('');
  return { stdout: result.stdout, status: result.status, loaded: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

const loadedModule = (loaded: string[], path: string) => loaded.some((l) => l.includes(path));
const loadedPackage = (loaded: string[], name: string) => loaded.some((l) => l.includes(`/node_modules/${name}/`) || l === `require:${name}`);

describe('the bin entry', () => {
  it.each([['--version'], ['-v']])('answers %s alone without loading the CLI', (flag) => {
    const { stdout, status, loaded } = run([flag]);
    expect(stdout).toBe(`${VERSION}\n`);
    expect(status).toBe(0);
    expect(loadedModule(loaded, '/src/cli/bin.ts')).toBe(true);
    expect(loadedModule(loaded, '/src/cli/main.ts')).toBe(false);
    expect(loadedPackage(loaded, 'commander')).toBe(false);
  }, 60_000);

  it('loads the CLI for anything else, and for a text report no HTML or Word reader, schema compiler or progress bar', () => {
    const { stdout, status, loaded } = run(['check', join(dir, 'report.txt'), '--format', 'json']);
    expect(status).toBeLessThan(2);
    expect(JSON.parse(stdout)[0].file).toBe(join(dir, 'report.txt'));
    expect(loadedModule(loaded, '/src/cli/main.ts')).toBe(true);
    expect(loadedPackage(loaded, 'commander')).toBe(true);
    for (const name of ['htmlparser2', 'mammoth', 'ajv', 'cli-progress']) expect(loadedPackage(loaded, name), name).toBe(false);
  }, 60_000);

  it('loads the HTML reader when an HTML report is checked', () => {
    const { status, loaded } = run(['check', join(dir, 'report.html'), '--format', 'json']);
    expect(status).toBeLessThan(2);
    expect(loadedPackage(loaded, 'htmlparser2')).toBe(true);
    expect(loadedPackage(loaded, 'mammoth')).toBe(false);
  }, 60_000);
});
