/**
 * An in-memory CliIo: files, folders and unreadable paths are declared up front, and everything the
 * CLI prints is captured, so runCli can be tested in-process for every exit code.
 */
import type { CliIo } from '../../src/cli/io.js';

/** What lies at a path in the fake file system. */
export type FakeEntry = string | Uint8Array | { dir: true } | { unreadable: string };

/** A CliIo with its output captured. */
export interface FakeIo extends CliIo {
  /** Everything written to stdout. */
  readonly out: string;
  /** Everything written to stderr. */
  readonly err: string;
}

/**
 * Makes a fake io. Strings are stored as UTF-8; `{ unreadable: 'EACCES' }` exists but cannot be read.
 *
 * @example
 * const io = fakeIo({ 'a.txt': '报告', reports: { dir: true } })
 */
export function fakeIo(
  entries: Record<string, FakeEntry> = {},
  options: { isTTY?: boolean; env?: Record<string, string | undefined> } = {},
): FakeIo {
  let out = '';
  let err = '';
  const io: FakeIo = {
    get out() {
      return out;
    },
    get err() {
      return err;
    },
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    async readFile(path) {
      const entry = entries[path];
      if (entry === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      if (typeof entry === 'string') return new TextEncoder().encode(entry);
      if (entry instanceof Uint8Array) return entry;
      if ('dir' in entry) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
      throw Object.assign(new Error(`${entry.unreadable}: ${path}`), { code: entry.unreadable });
    },
    async stat(path) {
      const entry = entries[path];
      if (entry === undefined) return null;
      const isDirectory = typeof entry === 'object' && 'dir' in entry;
      return { isFile: !isDirectory, isDirectory };
    },
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
  };
  return io;
}
