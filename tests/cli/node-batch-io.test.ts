/// <reference types="node" />
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/node-io.js';

const dir = mkdtempSync(join(tmpdir(), 'cc-batch-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nodeIo: the batch members', () => {
  const io = nodeIo();

  it('lists a folder, marking sub-folders', async () => {
    mkdirSync(join(dir, 'list/sub'), { recursive: true });
    writeFileSync(join(dir, 'list/a.txt'), 'a');
    const entries = await io.readDir(join(dir, 'list'));
    expect(entries.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'a.txt', isDirectory: false },
      { name: 'sub', isDirectory: true },
    ]);
  });

  it('replaces a file whole, a piece at a time, and leaves no temporary file', async () => {
    const file = join(dir, 'out.json');
    writeFileSync(file, 'old');
    const sink = await io.openFileAtomic(file);
    sink.write('[\n');
    // Until committed, the old file stays as it was.
    expect(readFileSync(file, 'utf8')).toBe('old');
    sink.write(']\n');
    await sink.commit();
    expect(readFileSync(file, 'utf8')).toBe('[\n]\n');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves the old file and no temporary file when discarded', async () => {
    const file = join(dir, 'kept.json');
    writeFileSync(file, 'old');
    const sink = await io.openFileAtomic(file);
    sink.write('[\n');
    await sink.discard();
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('fails on a folder that does not exist before anything is written, leaving nothing behind', async () => {
    await expect(io.openFileAtomic(join(dir, 'missing/out.json'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('writes a file a piece at a time', async () => {
    const sink = await io.openFile(join(dir, 'out.ndjson'));
    sink.write('{"a":1}\n');
    sink.write('{"a":2}\n');
    await sink.close();
    expect(readFileSync(join(dir, 'out.ndjson'), 'utf8')).toBe('{"a":1}\n{"a":2}\n');
  });

  it('draws no progress bar when standard error is not a terminal (as under the test runner)', () => {
    expect(process.stderr.isTTY === true || io.progress(3, '{bar}') === null).toBe(true);
  });
});
