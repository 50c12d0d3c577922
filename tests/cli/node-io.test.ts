/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/node-io.js';

const dir = mkdtempSync(join(tmpdir(), 'cc-node-io-'));
writeFileSync(join(dir, 'report.txt'), '报告');
mkdirSync(join(dir, 'reports'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nodeIo', () => {
  const io = nodeIo();

  it.each([
    ['a file', 'report.txt', { isFile: true, isDirectory: false, size: 6 }],
    ['a folder', 'reports', { isFile: false, isDirectory: true }],
    ['nothing', 'missing.txt', null],
    ['a path through a file', 'report.txt/x', null],
  ])('stats %s', async (_name, path, expected) => {
    await expect(io.stat(join(dir, path))).resolves.toEqual(expected);
  });

  it('reads bytes, and rejects with a Node error code', async () => {
    expect(new TextDecoder().decode(await io.readFile(join(dir, 'report.txt')))).toBe('报告');
    await expect(io.readFile(join(dir, 'missing.txt'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('the bin on real standard input', () => {
  it('checks a GBK report piped in as -', () => {
    const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
    const text = readFileSync(fileURLToPath(new URL('../fixtures/reports/layout-own-line-headings.txt', import.meta.url)), 'utf8');
    const run = spawnSync(process.execPath, ['--import', 'tsx', main, 'check', '-', '--format', 'json'], {
      input: iconv.encode(text, 'gbk'),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBeLessThan(2);
    expect(JSON.parse(run.stdout)[0].file).toBe('<stdin>');
  }, 60_000);
});
