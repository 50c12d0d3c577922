import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Examples import the package by name, as a user would; in this repository that is the source.
    alias: [
      { find: /^compliance-checklist\/testing$/, replacement: path.resolve(import.meta.dirname, 'src/testing/index.ts') },
      { find: /^compliance-checklist$/, replacement: path.resolve(import.meta.dirname, 'src/index.ts') },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts', 'examples/**/*.test.ts'],
    // The browser end-to-end tests need Chromium and run with `npm run test:e2e`.
    exclude: ['**/node_modules/**', 'tests/browser/**'],
  },
});
