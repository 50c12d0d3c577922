// Builds the playground into examples/web/dist: the page, its stylesheet and app.js with the library
// bundled in (from ../../dist, as a user's bundler would take the published package). The Word reader
// is a separate chunk, fetched only when a .docx is dropped. Run `npm run build` first, then serve
// the folder with any static server, e.g. `npx serve examples/web/dist` or `python3 -m http.server`.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const out = path.join(here, 'dist');
if (!existsSync(path.join(root, 'dist/index.js'))) {
  console.error('web: dist/index.js is missing; run `npm run build` first');
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [path.join(here, 'app.ts')],
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  alias: { 'compliance-checklist': path.join(root, 'dist/index.js') },
  logLevel: 'warning',
});
for (const file of ['index.html', 'style.css']) copyFileSync(path.join(here, file), path.join(out, file));
console.log(`web: built ${path.relative(root, out)}`);
