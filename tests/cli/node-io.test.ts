/// <reference types="node" />
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/node-io.js';

const dir = mkdtempSync(join(tmpdir(), 'cc-node-io-'));
writeFileSync(join(dir, 'report.txt'), '报告');
mkdirSync(join(dir, 'reports'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nodeIo', () => {
  const io = nodeIo();

  it.each([
    ['a file', 'report.txt', { isFile: true, isDirectory: false }],
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
