/// <reference types="node" />
/**
 * The real {@link CliIo}: Node's file system and standard streams. The only file in src/cli that
 * touches `node:fs` and `process`, besides the bin entry.
 */
import { readFile, stat } from 'node:fs/promises';
import type { CliIo, FileStat } from './io.js';
import { nodeBatchIo } from './node-batch-io.js';

async function statOrNull(path: string): Promise<FileStat | null> {
  try {
    const s = await stat(path);
    // The size of a folder or a device says nothing about what reading it yields.
    return { isFile: s.isFile(), isDirectory: s.isDirectory(), ...(s.isFile() ? { size: s.size } : {}) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // ENOTDIR: a path through a regular file ("report.txt/x") — nothing lies there either.
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/** Standard input, whole: a report piped in (`… | compliance-checklist check -`). */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
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
    readFile: (path) => readFile(path),
    readStdin,
    stat: statOrNull,
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    today,
    ...nodeBatchIo(),
  };
}
