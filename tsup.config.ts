import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: dual ESM/CJS with types, no Node built-ins so it also runs in a browser.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    splitting: false,
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
