/**
 * What an `order` check looks for, in words a rule author or a report writer can act on: one describer
 * per locale (`rules show`, `explain`).
 */
import type { KindDescribers } from '../kind-spec.js';
import type { OrderOptions } from './spec.js';

/** The `order` check in words. */
export const describeOrder: KindDescribers<OrderOptions> = {
  'zh-CN': (o) => [`以下各节按此顺序出现即为达标:${o.slots.join(' → ')}。`, '报告中没有的节不参与比较;找到的不足两节时无法判断。'],
  en: (o) => [
    `Met when these sections stand in this order: ${o.slots.join(' → ')}.`,
    'Sections the report lacks are left out; with fewer than two found, unknown.',
  ],
};
