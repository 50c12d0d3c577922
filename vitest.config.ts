import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Examples import the package by name, as a user would; in this repository that is the source.
    alias: [
      { find: /^compliance-checklist\/vitest$/, replacement: path.resolve(import.meta.dirname, 'src/vitest.ts') },
      { find: /^compliance-checklist\/testing$/, replacement: path.resolve(import.meta.dirname, 'src/testing/index.ts') },
      { find: /^compliance-checklist$/, replacement: path.resolve(import.meta.dirname, 'src/index.ts') },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts', 'examples/**/*.test.ts'],
    // The draft-tests example is a separate project (one of its drafts fails on purpose); the browser
    // end-to-end test needs Chromium and runs with `npm run test:e2e`.
    exclude: ['**/node_modules/**', 'examples/draft-tests/**', 'tests/browser/**'],
  },
});
