/**
 * Waivers applied to outcomes: a waiver in force turns the finding into `waived` (out of the
 * denominator, with its justification); an expired one does not apply, and the finding says so.
 */
import { RuleSetError, UsageError, type RuleSetProblem } from '../errors.js';
import type { Outcome } from '../engine/run.js';
import { enProblems } from '../messages/problems/en.js';
import { suggest } from '../rules/suggest.js';
import { isCalendarDate } from '../rules/calendar-date.js';
import type { FindingStatus, FindingWaiver, IsoDate, RuleSet, Waiver } from '../types.js';

/** An outcome after waivers: the waiver that named it, and the status found before waiving. */
export interface WaivedOutcome extends Outcome {
  waiver?: FindingWaiver;
  /** The status the engine found, when a waiver replaced it with `waived`. */
  found?: FindingStatus;
}

/**
 * Today by the local clock, as `YYYY-MM-DD`.
 *
 * @example
 * localToday() // '2025-03-01'
 */
export function localToday(): IsoDate {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function unknownWaivers(ruleSet: RuleSet, waivers: readonly Waiver[]): RuleSetProblem[] {
  const ids = ruleSet.requirements.map((r) => r.id);
  return waivers
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => !ids.includes(w.requirement))
    .map(({ w, i }) => {
      const params = { id: w.requirement, ruleSet: ruleSet.id, suggestion: suggest(w.requirement, ids) ?? '', defined: ids.join(', ') };
      return {
        code: 'WAIVER_INVALID' as const,
        file: w.place?.file ?? '<waivers>',
        line: w.place?.line ?? 0,
        column: w.place?.column ?? 0,
        path: w.place?.path ?? `waivers[${i}].requirement`,
        message: enProblems.WAIVER_UNKNOWN_REQUIREMENT(params),
        key: 'WAIVER_UNKNOWN_REQUIREMENT' as const,
        params,
      };
    });
}

/**
 * Applies waivers to outcomes, judged on `today`.
 *
 * @throws RuleSetError (WAIVER_INVALID) listing every waiver that names a requirement the rule set lacks
 * @throws UsageError (USAGE) when `today` is not a `YYYY-MM-DD` date
 * @example
 * const { outcomes, expired } = applyWaivers(outcomes, ruleSet, waivers, '2025-03-01')
 */
export function applyWaivers(
  outcomes: Outcome[],
  ruleSet: RuleSet,
  waivers: readonly Waiver[],
  today: IsoDate,
): { outcomes: WaivedOutcome[]; expired: Waiver[] } {
  if (!isCalendarDate(today)) throw new UsageError('USAGE', `today must be a date written YYYY-MM-DD, not "${today}"`);
  const problems = unknownWaivers(ruleSet, waivers);
  if (problems.length > 0) throw new RuleSetError(problems, { subject: 'waivers' });
  const byId = new Map(waivers.map((w) => [w.requirement, w]));
  const expired: Waiver[] = [];
  const result = outcomes.map((o): WaivedOutcome => {
    const w = byId.get(o.requirement.id);
    if (!w) return o;
    const isExpired = w.expires !== null && w.expires < today;
    const waiver: FindingWaiver = { justification: w.justification, expires: w.expires, expired: isExpired };
    if (isExpired) {
      expired.push(w);
      return { ...o, waiver };
    }
    // A requirement that does not apply to this report has nothing to waive.
    if (o.status === 'not-applicable') return o;
    return { ...o, status: 'waived', found: o.status, waiver };
  });
  return { outcomes: result, expired };
}
