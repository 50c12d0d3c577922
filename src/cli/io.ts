/**
 * Everything the CLI needs from the outside world, behind one interface, so that `runCli` can be
 * tested in-process with a fake and the rest of the CLI never imports `node:fs` or `process`.
 */
import type { JobOutcome, JobSettings } from './check-job.js';

/** What the CLI needs to know about a path. */
export interface FileStat {
  /** A regular file. */
  isFile: boolean;
  /** A directory. */
  isDirectory: boolean;
  /** Size in bytes, when known: lets the CLI refuse a huge file before reading it. */
  size?: number;
}

/** One entry of a folder. */
export interface DirEntry {
  /** The entry's name, without the folder. */
  name: string;
  /** A folder (followed when a folder is checked). */
  isDirectory: boolean;
}

/** A file being written a piece at a time (ndjson output): each write is whole, so a stop never cuts one. */
export interface OutputSink {
  write(text: string): void;
  /** Flushes and closes the file. */
  close(): Promise<void>;
}

/**
 * A file written a piece at a time that appears only when committed: the pieces go to a temporary
 * file beside it, renamed over the target at the end, so a stopped or failed run never leaves a cut file.
 */
export interface AtomicSink {
  write(text: string): void;
  /** Flushes the temporary file and renames it over the target. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target is left as it was. */
  discard(): Promise<void>;
}

/** A progress bar on standard error. */
export interface ProgressBar {
  /** One more file done. */
  tick(): void;
  /** Removes the bar, so the summary that follows starts on a clean line. */
  stop(): void;
}

/** Files checked by worker threads (`check --jobs N`). */
export interface JobPool {
  /** How many workers. */
  readonly size: number;
  /** True while a worker can take a file: it has loaded the rule set and has fewer files in hand than it may hold. */
  readonly ready: boolean;
  /** Reads and assesses a file in a worker; rejects only when the worker itself is lost. */
  check(path: string, stat?: FileStat): Promise<JobOutcome>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** Worker threads, where the world has them. */
export interface JobRunner {
  /** How many threads can run at once (cores). */
  cpus: number;
  /** The load average over the last minute (0 where the system keeps none, as on Windows). */
  load(): number;
  /** Starts `count` workers that check files with `settings`, each holding at most `capacity` files at once. */
  start(count: number, settings: JobSettings, capacity: number): Promise<JobPool>;
}

/** The CLI's window on the world. {@link nodeIo} is the real one. */
export interface CliIo {
  /** Writes to standard output (results only). */
  stdout(text: string): void;
  /** Writes to standard error (messages about problems). */
  stderr(text: string): void;
  /**
   * Reads a whole file, or with `maxBytes` at most `maxBytes + 1` bytes (one more than allowed says
   * "too large" without reading an endless device). Rejects with a Node-style error (`code: 'ENOENT'`, …).
   */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array>;
  /** Reads standard input (the report named `-`): whole, or with `maxBytes` at most `maxBytes + 1` bytes. */
  readStdin(maxBytes?: number): Promise<Uint8Array>;
  /** What lies at a path, or null when nothing does. */
  stat(path: string): Promise<FileStat | null>;
  /** The path with symlinks resolved, when the world has them: confines `extends` to real folders. */
  realpath?(path: string): Promise<string>;
  /** True when standard output is a terminal: the default for colours. */
  isTTY: boolean;
  /** Environment variables (NO_COLOR, FORCE_COLOR). */
  env: Readonly<Record<string, string | undefined>>;
  /** Today's date by the local clock, as `YYYY-MM-DD`: the day waivers are judged on. */
  today(): string;
  /** The entries of a folder, in no particular order. Rejects with a Node-style error when it cannot. */
  readDir(path: string): Promise<DirEntry[]>;
  /**
   * Opens a file to write a piece at a time so that it is either complete or absent: see {@link AtomicSink}.
   * Rejects, before anything is written, when the folder cannot take the file.
   */
  openFileAtomic(path: string): Promise<AtomicSink>;
  /** Opens a file to write a piece at a time (replacing what it held). */
  openFile(path: string): Promise<OutputSink>;
  /** A progress bar on standard error for `total` files, or null when standard error is not a terminal. */
  progress(total: number, label: string): ProgressBar | null;
  /** Calls `handler` on Ctrl-C instead of dying at once; returns a function that removes the handler. */
  onInterrupt(handler: () => void): () => void;
  /** The path separator: a backslash on Windows, where cmd.exe hands patterns such as reports\*.txt over unexpanded. */
  separator: '/' | '\\';
  /** Worker threads for `check --jobs`; without them (an in-memory io) every file is checked in-process. */
  jobs?: JobRunner;
}

/**
 * The `code` of a Node system error (ENOENT, EACCES, …), or the message of anything else: short
 * enough to put in brackets after a file name.
 *
 * @example
 * describeSystemError(Object.assign(new Error('permission denied'), { code: 'EACCES' })) // 'EACCES'
 */
export function describeSystemError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}
