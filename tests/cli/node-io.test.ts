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
writeFileSync(join(dir, 'ten.txt'), '0123456789');
writeFileSync(join(dir, 'empty.txt'), '');
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

  it.each([
    ['whole, without a limit', 'ten.txt', undefined, '0123456789'],
    ['whole, at the limit', 'ten.txt', 10, '0123456789'],
    ['one byte past a lower limit, and no more', 'ten.txt', 4, '01234'],
    ['an empty file', 'empty.txt', 100, ''],
  ])('reads a regular file %s', async (_name, path, maxBytes, expected) => {
    expect(new TextDecoder().decode(await io.readFile(join(dir, path), maxBytes))).toBe(expected);
  });

  it('rejects a folder with its Node error code', async () => {
    await expect(io.readFile(join(dir, 'reports'), 100)).rejects.toMatchObject({ code: 'EISDIR' });
  });

  it('reads bytes, and rejects with a Node error code', async () => {
    expect(new TextDecoder().decode(await io.readFile(join(dir, 'report.txt')))).toBe('报告');
    await expect(io.readFile(join(dir, 'missing.txt'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('the bin on real standard input', () => {
  it('checks a GBK report piped in as -', () => {
    const main = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));
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
