/// <reference types="node" />
/**
 * The CLI of the running process, loaded by the bin entry (bin.ts) for every command but a bare
 * `--version`. Sets process.exitCode rather than calling process.exit, so a large JSON output piped
 * to another program is flushed in full.
 */
import { nodeIo } from './node-io.js';
import { runCli } from './run-cli.js';

/**
 * Runs the CLI on `argv` (the arguments after the script) with the real file system and streams,
 * and sets the process's exit code.
 *
 * @example
 * await main(process.argv.slice(2))
 */
export async function main(argv: string[]): Promise<void> {
  // `compliance-checklist check … | head` closes the pipe early; that is not an error worth a trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = await runCli(argv, nodeIo());
  } catch (error) {
    // runCli catches everything; this is a last resort that still keeps the exit-code contract.
    process.stderr.write(`compliance-checklist: internal error: ${String(error)}\n`);
    process.exitCode = 2;
  }
}
