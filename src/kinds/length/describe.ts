/**
 * What a `length` check looks for, in words a rule author or a report writer can act on: one describer
 * per locale (`rules show`, `explain`).
 */
import type { KindDescribers } from '../kind-spec.js';
import type { LengthOptions } from './spec.js';

/** The `length` check in words. */
export const describeLength: KindDescribers<LengthOptions> = {
  'zh-CN'(o, h) {
    const partial = o.partial ? `,至少 ${o.partial} 字为部分达标` : '';
    const slot = o.in && o.in !== 'report' ? `;没有${h.scope(o.in)}为缺失` : '';
    return [`${h.scope(o.in)}的正文(不计空白和本节标题)至少 ${o.min} 字即为达标${partial}${slot}。`];
  },
  en(o, h) {
    const partial = o.partial ? `; partial from ${o.partial}` : '';
    const slot = o.in && o.in !== 'report' ? `; missing without ${h.scope(o.in)}` : '';
    return [`Met when ${h.scope(o.in)} has at least ${o.min} characters of content (whitespace and its heading left out)${partial}${slot}.`];
  },
};
