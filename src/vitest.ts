/**
 * compliance-checklist/vitest: import it in a vitest setup file (or a test file) to add the report
 * matchers to `expect`, with their types, as jest-dom's `/vitest` entry does.
 *
 * @example
 * // vitest.config.ts: test: { setupFiles: ['compliance-checklist/vitest'] }
 * await expect(draftText).toPassChecklist({ minScore: 75 })
 * expect(await assess(draftText, loadRuleSet('fzzf-annual-report'))).toHaveNoGaps({ severity: 'error' })
 */
import { expect } from 'vitest';
import { reportMatchers } from './testing/matchers.js';

expect.extend(reportMatchers);

export type { NoGapsOptions, PassChecklistOptions, ReportMatchers } from './testing/matchers.js';
