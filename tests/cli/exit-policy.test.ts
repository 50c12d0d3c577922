import { describe, expect, it } from 'vitest';
import { EXIT, exitCodeFor, fallsShort, type ExitPolicy } from '../../src/cli/exit-policy.js';
import type { Severity } from '../../src/types.js';
import { assessment, finding, gapOf } from '../format/assessment-builder.js';

/** A passing report at 62.5% whose only gap has the given severity (or no gap). */
function withGap(severity: Severity | null) {
  if (severity === null) return assessment({ findings: [finding()], percent: 62.5 });
  const f = finding({ status: 'partial', earned: 10, severity });
  return assessment({ findings: [f], gaps: [gapOf(f)], percent: 62.5 });
}

const policy = (p: Partial<ExitPolicy>): ExitPolicy => ({ minScore: null, failOn: 'error', ...p });

describe('fallsShort', () => {
  it.each([
    // name, assessment, policy, falls short
    ['a passing report with no gap', withGap(null), policy({}), false],
    ['a report below the pass mark', assessment({ passed: false, findings: [finding()] }), policy({ failOn: 'none' }), true],
    ['below --min-score', withGap(null), policy({ minScore: 70 }), true],
    ['exactly at --min-score', withGap(null), policy({ minScore: 62.5 }), false],
    ['an error gap, --fail-on error', withGap('error'), policy({ failOn: 'error' }), true],
    ['a warning gap, --fail-on error', withGap('warning'), policy({ failOn: 'error' }), false],
    ['a warning gap, --fail-on warning', withGap('warning'), policy({ failOn: 'warning' }), true],
    ['an error gap, --fail-on warning', withGap('error'), policy({ failOn: 'warning' }), true],
    ['an info gap, --fail-on warning', withGap('info'), policy({ failOn: 'warning' }), false],
    ['an error gap, --fail-on none', withGap('error'), policy({ failOn: 'none' }), false],
  ])('%s', (_name, a, p, expected) => {
    expect(fallsShort(a, p)).toBe(expected);
  });
});

describe('exitCodeFor', () => {
  it.each([
    ['every report passes', [withGap(null), withGap('warning')], 0, EXIT.ok],
    ['one report falls short', [withGap(null), withGap('error')], 0, EXIT.shortfall],
    ['an input could not be checked', [withGap(null)], 1, EXIT.error],
    ['nothing could be checked', [], 2, EXIT.error],
  ])('%s', (_name, assessments, failures, expected) => {
    expect(exitCodeFor(assessments, policy({}), failures)).toBe(expected);
  });
});
