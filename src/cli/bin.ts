/// <reference types="node" />
/**
 * The bin entry, built to dist/cli.js (tsup adds the shebang). `--version` alone is answered here,
 * from the version inlined at build time, without loading the CLI: commander, the rule sets and the
 * core are a dynamic import away, which every other command pays for and this one does not.
 */
import { VERSION } from './version.js';

const argv = process.argv.slice(2);
// Only the exact form: with anything beside it (`check --version`, `--version --locale en`) the real
// parser decides, as it always has.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  import('./main.js').then(
    (cli) => cli.main(argv),
    (error: unknown) => {
      // A damaged install (a chunk of dist/ missing): still an exit code of the contract, and why.
      process.stderr.write(`compliance-checklist: internal error: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
