/// <reference types="node" />
/**
 * An in-memory CliIo: files, folders and unreadable paths are declared up front, and everything the
 * CLI prints is captured, so runCli can be tested in-process for every exit code.
 */
import { posix } from 'node:path';
import type { CliIo, DirEntry } from '../../src/cli/io.js';

/** What lies at a path in the fake file system. */
export type FakeEntry = string | Uint8Array | { dir: true } | { unreadable: string };

/** A CliIo with its output captured. */
export interface FakeIo extends CliIo {
  /** Everything written to stdout. */
  readonly out: string;
  /** Everything written to stderr. */
  readonly err: string;
  /** The text of a file the CLI wrote (or was given), or undefined. */
  file(path: string): string | undefined;
  /** Presses Ctrl-C: calls the handlers the CLI registered. */
  interrupt(): void;
  /** What the progress bar did: `start N`, `tick`, `stop`. */
  readonly progressLog: readonly string[];
  /** Files opened with openFileAtomic and neither committed nor discarded: temporary files left behind. */
  readonly temporary: readonly string[];
}

/** Options of {@link fakeIo}. */
export interface FakeIoOptions {
  isTTY?: boolean;
  env?: Record<string, string | undefined>;
  /** What standard input holds (strings as UTF-8); empty when not given. */
  stdin?: string | Uint8Array | { unreadable: string };
  /** The local date the CLI sees; {@link FAKE_TODAY} when not given. */
  today?: string;
  /** Standard error is a terminal: a progress bar is drawn (and logged in progressLog). */
  stderrTTY?: boolean;
  /** Called before each file read, e.g. to press Ctrl-C in the middle of a batch. */
  beforeRead?: (path: string, io: FakeIo) => void;
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
  const progressLog: string[] = [];
  const temporary = new Set<string>();
  const interrupts = new Set<() => void>();
  /** A folder is declared ({ dir: true }) or implied by a path below it. */
  const isDir = (path: string): boolean => {
    const key = posix.normalize(path);
    const entry = entries[key];
    if (entry !== undefined) return typeof entry === 'object' && 'dir' in entry;
    const prefix = key === '.' ? '' : `${key.replace(/\/+$/, '')}/`;
    return Object.keys(entries).some((k) => k.startsWith(prefix));
  };
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
    file: (path) => {
      const entry = lookup(path);
      return typeof entry === 'string' ? entry : entry instanceof Uint8Array ? new TextDecoder().decode(entry) : undefined;
    },
    interrupt: () => interrupts.forEach((h) => h()),
    progressLog,
    get temporary() {
      return [...temporary];
    },
    async readFile(path) {
      options.beforeRead?.(path, io);
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
      if (entry === undefined) return isDir(path) ? { isFile: false, isDirectory: true } : null;
      if (typeof entry === 'string' || entry instanceof Uint8Array) {
        return { isFile: true, isDirectory: false, size: bytesOf(entry).byteLength };
      }
      const isDirectory = 'dir' in entry;
      return { isFile: !isDirectory, isDirectory };
    },
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    today: () => options.today ?? FAKE_TODAY,
    async readDir(path) {
      if (!isDir(path)) throw Object.assign(new Error(`ENOTDIR: ${path}`), { code: 'ENOTDIR' });
      const key = posix.normalize(path);
      const prefix = key === '.' ? '' : `${key.replace(/\/+$/, '')}/`;
      const children = new Map<string, DirEntry>();
      for (const k of Object.keys(entries)) {
        if (!k.startsWith(prefix) || k === key) continue;
        const [name, ...rest] = k.slice(prefix.length).split('/');
        if (!name) continue;
        const dir = rest.length > 0 || isDir(prefix + name);
        children.set(name, { name, isDirectory: dir });
      }
      return [...children.values()];
    },
    async openFileAtomic(path) {
      let text = '';
      temporary.add(path);
      return {
        write: (piece) => void (text += piece),
        commit: async () => {
          temporary.delete(path);
          entries[posix.normalize(path)] = text;
        },
        discard: async () => void temporary.delete(path),
      };
    },
    async openFile(path) {
      const key = posix.normalize(path);
      entries[key] = '';
      return {
        write: (text) => void (entries[key] = `${entries[key] as string}${text}`),
        close: async () => undefined,
      };
    },
    progress(total) {
      if (options.stderrTTY !== true) return null;
      progressLog.push(`start ${total}`);
      return { tick: () => void progressLog.push('tick'), stop: () => void progressLog.push('stop') };
    },
    onInterrupt(handler) {
      interrupts.add(handler);
      return () => void interrupts.delete(handler);
    },
    separator: '/',
  };
  return io;
}
