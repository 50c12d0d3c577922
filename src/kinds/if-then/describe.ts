/**
 * What an `ifThen` check looks for, in words a rule author or a report writer can act on: one describer
 * per locale (`rules show`, `explain`).
 */
import type { KindDescribers } from '../kind-spec.js';
import type { IfThenOptions } from './spec.js';

/** The `ifThen` check in words. */
export const describeIfThen: KindDescribers<IfThenOptions> = {
  'zh-CN'(o, h) {
    return ['如果:', ...h.nested(o.if), '那么:', ...h.nested(o.then), '"如果"不成立时,本项视为达标;成立时,看"那么"是否达标。'];
  },
  en(o, h) {
    return ['If:', ...h.nested(o.if), 'then:', ...h.nested(o.then), 'Met when the "if" part is not met; otherwise the "then" part decides.'];
  },
};
