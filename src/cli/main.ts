/// <reference types="node" />
/**
 * The bin entry (built to dist/cli.js; tsup adds the shebang). Sets process.exitCode rather than
 * calling process.exit, so a large JSON output piped to another program is flushed in full.
 */
import { nodeIo } from './node-io.js';
import { runCli } from './run-cli.js';

// `compliance-checklist check … | head` closes the pipe early; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

runCli(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runCli catches everything; this is a last resort that still keeps the exit-code contract.
    process.stderr.write(`compliance-checklist: internal error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
