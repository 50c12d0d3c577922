/**
 * What a `figures` check looks for, in words a rule author or a report writer can act on: one describer
 * per locale (`rules show`, `explain`).
 */
import type { KindDescribers } from '../kind-spec.js';
import type { FiguresOptions } from './spec.js';

/** The `figures` check in words. */
export const describeFigures: KindDescribers<FiguresOptions> = {
  'zh-CN'(o, h) {
    const scope = o.in ? `${h.scope(o.in)}(没有这一节时查全文)` : h.scope(undefined);
    const units = o.units?.length ? h.patterns(o.units) : '默认单位(件、次、人、人次、个、项、%、元、万元、亿元 等)';
    return [
      `在${scope}中找到至少 ${o.min ?? 3} 处带单位的具体数字即为达标,有 1 处为部分达标。`,
      `中文数字(如"二十余场")也算;日期、序号(第3次)、文号和书名号中的数字不算。`,
      `单位:${units}`,
    ];
  },
  en(o, h) {
    const scope = o.in ? `${h.scope(o.in)} (the whole report when it has no such section)` : h.scope(undefined);
    const units = o.units?.length ? h.patterns(o.units) : 'the default units (件, 次, 人, 人次, 个, 项, %, 元, 万元, 亿元 …)';
    return [
      `Met by at least ${o.min ?? 3} figures with a unit in ${scope}; partial with one.`,
      'Chinese numerals count ("二十余场"); dates, ordinals (第3次), document numbers and numbers in 《titles》 do not.',
      `Units: ${units}`,
    ];
  },
};
