/// <reference types="node" />
/**
 * An in-memory CliIo: files, folders and unreadable paths are declared up front, and everything the
 * CLI prints is captured, so runCli can be tested in-process for every exit code.
 */
import { posix } from 'node:path';
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

/** Options of {@link fakeIo}. */
export interface FakeIoOptions {
  isTTY?: boolean;
  env?: Record<string, string | undefined>;
  /** What standard input holds (strings as UTF-8); empty when not given. */
  stdin?: string | Uint8Array | { unreadable: string };
  /** The local date the CLI sees; {@link FAKE_TODAY} when not given. */
  today?: string;
}

/** The fixed date of a fake io, so that tests of waivers do not depend on the clock. */
export const FAKE_TODAY = '2025-03-01';

function bytesOf(entry: string | Uint8Array): Uint8Array {
  return typeof entry === 'string' ? new TextEncoder().encode(entry) : entry;
}

/**
 * Makes a fake io. Strings are stored as UTF-8; `{ unreadable: 'EACCES' }` exists but cannot be read.
 * Like Node's, stat gives the size of regular files.
 *
 * @example
 * const io = fakeIo({ 'a.txt': '报告', reports: { dir: true } }, { stdin: '报告' })
 */
export function fakeIo(files: Record<string, FakeEntry> = {}, options: FakeIoOptions = {}): FakeIo {
  // Like a real file system, ./a.yaml and a.yaml are the same file.
  const entries: Record<string, FakeEntry> = Object.fromEntries(Object.entries(files).map(([p, e]) => [posix.normalize(p), e]));
  const lookup = (path: string): FakeEntry | undefined => entries[posix.normalize(path)];
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
      const entry = lookup(path);
      if (entry === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      if (typeof entry === 'string' || entry instanceof Uint8Array) return bytesOf(entry);
      if ('dir' in entry) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
      throw Object.assign(new Error(`${entry.unreadable}: ${path}`), { code: entry.unreadable });
    },
    async readStdin() {
      const stdin = options.stdin ?? '';
      if (typeof stdin === 'string' || stdin instanceof Uint8Array) return bytesOf(stdin);
      throw Object.assign(new Error(`${stdin.unreadable}: stdin`), { code: stdin.unreadable });
    },
    async stat(path) {
      const entry = lookup(path);
      if (entry === undefined) return null;
      if (typeof entry === 'string' || entry instanceof Uint8Array) {
        return { isFile: true, isDirectory: false, size: bytesOf(entry).byteLength };
      }
      const isDirectory = 'dir' in entry;
      return { isFile: !isDirectory, isDirectory };
    },
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    today: () => options.today ?? FAKE_TODAY,
  };
  return io;
}
