import type { zhCN } from './zh-CN.js';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English texts for findings; the same keys as zh-CN. */
export const en: Shape<typeof zhCN> = {
  status: {
    met: 'met',
    partial: 'partial',
    missing: 'missing',
    unknown: 'unknown',
    'not-applicable': 'not applicable',
  },
  finding: {
    met: 'Met: {{title}} (see {{evidence}})',
    partial: 'Partly met: {{title}} (see {{evidence}}); incomplete or not specific enough',
    missing: 'Not found: {{title}}',
    unknown: 'Cannot tell: the information {{title}} needs (e.g. publication date, report year) is not in the report; scored 0 and flagged',
    'not-applicable': 'Not applicable: {{title}}',
  },
  evidenceAt: 'line {{line}}',
  noEvidence: 'the report',
};
