import { defineConfig } from 'tsup';

// No source maps: the bundles are not minified, so stack traces already read as the source, and maps
// were 2.8 of 4.4 MB unpacked; a map left out of the tarball but named by a sourceMappingURL comment
// makes vite warn in every user's test run.

export default defineConfig([
  {
    // The library, ESM, with types; no Node built-ins, so it also runs in a browser. Split, so that the
    // readers read-input.ts imports on demand (HTML, Word) stay chunks of their own: inlined, their
    // parser (htmlparser2) would be imported by index.js itself, and by every app bundling it.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    splitting: true,
  },
  {
    // The library, CJS. htmlparser2 and its DOM helpers ship only as ES modules, which require()
    // loads only from Node 20.19: bundle them here so `require` works on every Node 20.
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: false,
    target: 'node20',
    platform: 'neutral',
    splitting: false,
    noExternal: ['htmlparser2', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype', 'entities'],
  },
  {
    // compliance-checklist/testing and compliance-checklist/vitest: the rule-set tester and the vitest
    // matchers. ESM only: vitest itself refuses require(), so a CJS build could only ever throw.
    entry: { testing: 'src/testing/index.ts', vitest: 'src/vitest.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: false,
    target: 'node20',
    platform: 'neutral',
    splitting: true,
    external: ['vitest'],
  },
  {
    // compliance-checklist/node: loading rule-set files from disk. Node platform, so node:fs stays out
    // of the browser-safe main entry; the core it uses is bundled in (it holds no state that matters
    // across copies: the error guard does not rely on instanceof).
    entry: { node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
    noExternal: ['htmlparser2', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype', 'entities'],
  },
  {
    // The CLI: ESM only, Node platform, with a shebang. The entry (bin.ts) answers `--version` by
    // itself; split into chunks, so that what it loads for anything else (main.ts and the core), and
    // what a run loads only when it needs it (.docx and HTML reading), are files of their own that
    // Node reads only when they are imported. The worker thread of `check --jobs` is an entry of its
    // own (job-pool.ts starts it by its file name beside the chunks) and shares the core's chunks.
    entry: { cli: 'src/cli/bin.ts', 'check-worker': 'src/cli/check-worker.ts' },
    format: ['esm'],
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    splitting: true,
  },
]);
