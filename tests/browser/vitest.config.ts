import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The browser end-to-end tests (dashboard, playground), apart from `npm test` because they need Chromium: `npm run test:e2e`.
export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
