// `npm run corpus`: agreement with the hand-labelled real reports of ../shared/corpus. That corpus is
// optional outside data beside the checkout; without it this says so in one line and succeeds, so the
// command works as written in any clone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tool = path.resolve(root, '../shared/tools/check-corpus.mjs');
if (!existsSync(tool)) {
  console.log('corpus check skipped: the optional ../shared/tools/check-corpus.mjs is not beside this checkout');
  process.exit(0);
}
if (!existsSync(path.join(root, 'dist/cli.js'))) {
  console.error('corpus check: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}
const run = spawnSync(process.execPath, [tool, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 2);
