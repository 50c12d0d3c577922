/**
 * When every input is unreadable, every machine format still accounts for every file: an error entry
 * (status error, code, message) per file, in input order, never `[]` and never nothing; the totals
 * equal the summary's, and the exit code is 2 (0 with --no-exit).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { fixtureIo } from './fixture-files.js';

const FILES = ['locked.txt', 'missing.txt', 'empty.txt'];
const CODES = ['INPUT_UNREADABLE', 'INPUT_NOT_FOUND', 'INPUT_EMPTY'];

async function run(argv: string[]) {
  const io = fixtureIo({ 'locked.txt': { unreadable: 'EACCES' }, 'empty.txt': '', 'nothing/desktop.ini': '[.ShellClassInfo]' });
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

/** Per format: the files its output names as unreadable, in order, and the codes it gives them. */
const READERS: Record<string, (out: string) => { files: string[]; codes: string[] }> = {
  json: (out) => {
    const entries = JSON.parse(out) as Array<{ file: string; status: string; code: string }>;
    expect(entries.every((e) => e.status === 'error')).toBe(true);
    return { files: entries.map((e) => e.file), codes: entries.map((e) => e.code) };
  },
  ndjson: (out) => READERS.json!(`[${out.trim().split('\n').join(',')}]`),
  csv: (out) => {
    const rows = out.replace(/^\uFEFF/, '').trim().split('\n').slice(1);
    return { files: rows.map((r) => r.split(',')[0]!), codes: rows.map((r) => /(INPUT_[A-Z_]+):/.exec(r)?.[1] ?? '') };
  },
  sarif: (out) => {
    const run = JSON.parse(out).runs[0];
    expect(run.results).toEqual([]);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    const notes = run.invocations[0].toolExecutionNotifications as Array<{ descriptor: { id: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
    return { files: notes.map((n) => n.locations[0]!.physicalLocation.artifactLocation.uri), codes: notes.map((n) => n.descriptor.id) };
  },
  junit: (out) => {
    expect(out).toMatch(/<testsuites [^>]*tests="3" failures="0" errors="3"/);
    return { files: [...out.matchAll(/<testsuite name="([^"]+)"/g)].map((m) => m[1]!), codes: [...out.matchAll(/<error type="([^"]+)"/g)].map((m) => m[1]!) };
  },
  markdown: (out) => {
    const rows = out.split('\n').filter((l) => /^\| \S+\.txt \|/.test(l));
    return { files: rows.map((r) => r.split(' | ')[0]!.slice(2)), codes: rows.map((r) => /(INPUT\\?_[A-Z\\_]+):/.exec(r)?.[1]?.replace(/\\/g, '') ?? '') };
  },
};

describe('every input unreadable: every file accounted for in every machine format', () => {
  it.each(Object.keys(READERS))('%s: one error entry per file, in input order, and exit 2', async (format) => {
    const { code, out, err } = await run(['check', ...FILES, '--format', format]);
    expect(code).toBe(2);
    expect(READERS[format]!(out)).toEqual({ files: FILES, codes: CODES });
    // The summary counts the same files the output lists.
    expect(err).toContain('共 3 个文件:检查 0 份,通过 0 份,未通过 0 份,无法读取 3 个');
  });

  it('writes the same entries with --no-exit, and exits 0', async () => {
    const { code, out } = await run(['check', ...FILES, '--format', 'json', '--no-exit']);
    expect(code).toBe(0);
    expect(READERS.json!(out)).toEqual({ files: FILES, codes: CODES });
  });

  it('gives a folder with nothing to check an entry of its own, not an empty array', async () => {
    const { code, out } = await run(['check', 'nothing', '--format', 'json']);
    expect(code).toBe(2);
    expect(JSON.parse(out)).toEqual([expect.objectContaining({ file: 'nothing', status: 'error', code: 'INPUT_NO_REPORTS' })]);
  });
});
