import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library, ESM, with types; no Node built-ins, so it also runs in a browser.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    splitting: false,
  },
  {
    // The library, CJS. htmlparser2 and its DOM helpers ship only as ES modules, which require()
    // loads only from Node 20.19: bundle them here so `require` works on every Node 20.
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    splitting: false,
    noExternal: ['htmlparser2', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype', 'entities'],
  },
  {
    // compliance-checklist/testing: the rule-set tester and vitest matchers; vitest stays external.
    entry: { testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    splitting: false,
    external: ['vitest'],
    noExternal: ['htmlparser2', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype', 'entities'],
  },
  {
    // compliance-checklist/node: loading rule-set files from disk. Node platform, so node:fs stays out
    // of the browser-safe main entry; the core it uses is bundled in (it holds no state that matters
    // across copies: the error guard does not rely on instanceof).
    entry: { node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    splitting: false,
    noExternal: ['htmlparser2', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype', 'entities'],
  },
  {
    // The CLI: ESM only, Node platform, with a shebang.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    splitting: false,
  },
]);
