/**
 * What a `terms` check looks for, in words a rule author or a report writer can act on: one describer
 * per locale (`rules show`, `explain`).
 */
import type { KindDescribers } from '../kind-spec.js';
import type { TermsOptions } from './spec.js';

/** The `terms` check in words. */
export const describeTerms: KindDescribers<TermsOptions> = {
  'zh-CN'(o, h) {
    const distinct = new Set(o.terms).size;
    const need = o.match === 'any' ? '任一个' : o.match === 'atLeast' ? `至少 ${o.count} 个` : `全部 ${distinct} 个`;
    const except = o.exclude?.length ? `(${h.slots(o.exclude)} 除外)` : '';
    return [
      `在${h.scope(o.in)}${except}中提到以下说法中的${need}即为达标(同一说法出现多次只算一个):${h.patterns(o.terms)}`,
      ...(o.partial ? [`提到 ${o.partial} 个以上为部分达标。`] : []),
    ];
  },
  en(o, h) {
    const distinct = new Set(o.terms).size;
    const need = o.match === 'any' ? 'any one' : o.match === 'atLeast' ? `at least ${o.count}` : `all ${distinct}`;
    const except = o.exclude?.length ? ` (outside ${h.slots(o.exclude)})` : '';
    return [
      `Met when it finds ${need} of these terms in ${h.scope(o.in)}${except}; a term written ten times counts once: ${h.patterns(o.terms)}`,
      ...(o.partial ? [`Partial with ${o.partial} or more.`] : []),
    ];
  },
};
