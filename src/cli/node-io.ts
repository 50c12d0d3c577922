/// <reference types="node" />
/**
 * The real {@link CliIo}: Node's file system and standard streams. The only file in src/cli that
 * touches `node:fs` and `process`, besides the bin entry.
 *
 * Stat and regular files are read with synchronous calls behind the async interface: a batch reads
 * thousands of small local files, and each async call is a round trip through libuv's thread pool
 * (whose threads compete with the main one on a small machine) that costs more than the system call
 * itself. Devices and pipes, which can block, keep the asynchronous stream.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open, readFile, realpath } from 'node:fs/promises';
import type { CliIo, FileStat } from './io.js';
import { nodeBatchIo } from './node-batch-io.js';

async function statOrNull(path: string): Promise<FileStat | null> {
  try {
    const s = statSync(path);
    // The size of a folder or a device says nothing about what reading it yields.
    return { isFile: s.isFile(), isDirectory: s.isDirectory(), ...(s.isFile() ? { size: s.size } : {}) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // ENOTDIR: a path through a regular file ("report.txt/x") — nothing lies there either.
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/**
 * Collects chunks until the stream ends or holds more than `maxBytes`: a 1 GiB pipe with a 1 MB limit
 * is stopped after the first megabyte, not read whole and then refused.
 */
async function collect(chunks: AsyncIterable<unknown>, maxBytes: number): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    parts.push(buffer);
    total += buffer.length;
    if (total > maxBytes) break;
  }
  return Buffer.concat(parts, Math.min(total, maxBytes + 1));
}

/** Standard input: a report piped in (`… | compliance-checklist check -`). */
async function readStdin(maxBytes = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const bytes = await collect(process.stdin, maxBytes);
  // Stop reading: the rest of an oversized pipe is never wanted.
  if (bytes.length > maxBytes) process.stdin.destroy();
  return bytes;
}

/**
 * A regular file of `size` bytes (by fstat), read whole but never more than `maxBytes + 1` bytes: one
 * call normally; a file that grew since is read on to the cap.
 */
function readRegular(fd: number, size: number, maxBytes: number): Uint8Array {
  const cap = maxBytes + 1;
  // One byte more than the size, so that one read both fills the file and sees its end.
  let buffer = Buffer.allocUnsafe(Math.min(size + 1, cap));
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total >= cap) break;
      const grown = Buffer.allocUnsafe(Math.min(total * 2, cap));
      buffer.copy(grown, 0, 0, total);
      buffer = grown;
    }
    const read = readSync(fd, buffer, total, buffer.length - total, null);
    if (read === 0) break;
    total += read;
  }
  return buffer.subarray(0, total);
}

/**
 * A regular file opened for reading, with its size, or null for anything else (a device, a pipe, a
 * folder). Opened without blocking, as opening a FIFO would otherwise wait for a writer, and sized by
 * fstat on the open file: one system call instead of a stat of the path before the open.
 */
function openRegular(path: string): { fd: number; size: number } | null {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isFile()) return { fd, size: stat.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  closeSync(fd);
  return null;
}

/** A file, read with a cap: `/dev/zero` or a FIFO have no size to refuse them by before, so they are streamed. */
async function readCapped(path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const file = openRegular(path);
  if (file !== null) {
    try {
      return readRegular(file.fd, file.size, maxBytes);
    } finally {
      closeSync(file.fd);
    }
  }
  if (!Number.isFinite(maxBytes)) return readFile(path);
  const handle = await open(path, 'r');
  try {
    return await collect(handle.createReadStream({ autoClose: false, end: maxBytes }), maxBytes);
  } finally {
    await handle.close();
  }
}

/** The local date, not the UTC one: a waiver that expires today still holds until midnight here. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The CliIo of the running Node process.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), nodeIo())
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: readCapped,
    readStdin,
    stat: statOrNull,
    realpath: (path) => realpath(path),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    today,
    ...nodeBatchIo(),
  };
}
