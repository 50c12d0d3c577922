/**
 * What a `causes` check looks for, in words a rule author or a report writer can act on: one describer
 * per locale (`rules show`, `explain`).
 */
import type { KindDescribers } from '../kind-spec.js';
import type { CausesOptions } from './spec.js';

const pct = (ratio: number): string => `${Math.round(ratio * 100)}%`;

/** The `causes` check in words. */
export const describeCauses: KindDescribers<CausesOptions> = {
  'zh-CN'(o, h) {
    const min = o.minCauses ?? 2;
    const dedicated = o.dedicated?.length ? '有专门分析原因的一段(或紧接其后、标题为原因分析的一部分),或' : '';
    return [
      `把${h.scope(o.in)}的正文逐条拆开(有子标题按子标题,有"一是、二是"按条目,否则按句子),看每条不足是否写了原因。`,
      `${dedicated}${(o.ratio ?? 0.5) >= 1 ? `每条不足都写了原因(至少 ${min} 条)` : `至少 ${min} 条写了原因、且占全部条目的 ${pct(o.ratio ?? 0.5)} 以上`},即为达标;至少 1 条写了原因为部分达标。以原因词开头的句子算作前一条不足的原因。标题里的"原因"二字不算。`,
      `原因标志词:${h.patterns(o.markers)}`,
      ...(o.implicit?.length ? [`不带原因词、写在问题之后的原因:${h.patterns(o.implicit)}`] : []),
      ...(o.dedicated?.length ? [`专门的原因分析(句首或标题):${h.patterns(o.dedicated)}`] : []),
    ];
  },
  en(o, h) {
    const dedicated = o.dedicated?.length ? 'a passage analysing the causes (or a part right after it headed as one), or ' : '';
    return [
      `Cuts the body of ${h.scope(o.in)} into problems (sub-sections, else 一是/二是 items, else sentences) and looks for a cause in each.`,
      `Met by ${dedicated}${(o.ratio ?? 0.5) >= 1 ? `a cause for every problem (at least ${o.minCauses ?? 2})` : `causes in at least ${o.minCauses ?? 2} problems and at least ${pct(o.ratio ?? 0.5)} of them`}; partial with a cause in one. A sentence that opens with a causal word explains the problem before it. The word 原因 in a heading does not count.`,
      `Causal words: ${h.patterns(o.markers)}`,
      ...(o.implicit?.length ? [`Causes without a causal word, after the problem: ${h.patterns(o.implicit)}`] : []),
      ...(o.dedicated?.length ? [`A passage analysing the causes (at the start of a sentence or heading): ${h.patterns(o.dedicated)}`] : []),
    ];
  },
};
