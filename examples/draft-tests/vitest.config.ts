import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Adds toPassChecklist, toMeetRequirement, toHaveNoGaps … to expect in every test file.
    setupFiles: ['compliance-checklist/vitest'],
  },
});
