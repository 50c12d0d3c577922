import type { zhCN } from './zh-CN.js';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English texts for findings and scores; the same keys as zh-CN. */
export const en: Shape<typeof zhCN> = {
  status: {
    met: 'met',
    partial: 'partial',
    missing: 'missing',
    unknown: 'unknown',
    'not-applicable': 'not applicable',
    waived: 'waived',
  },
  finding: {
    met: 'Met: {{title}} (see {{evidence}})',
    partial: 'Partly met: {{title}} (see {{evidence}}); incomplete or not specific enough',
    missing: 'Not found: {{title}}',
    unknown: 'Cannot tell: the information {{title}} needs (e.g. publication date, report year) is not in the report; scored 0 and flagged',
    'not-applicable': 'Not applicable: {{title}}',
    gated: 'Not applicable: {{title}}. The document is not the kind of report this checklist is for (it reads as {{kind}}), so it is not assessed item by item',
    lookalike: 'Not met: {{title}}. The document reads as {{kind}}, not the kind of report this checklist is for; the other requirements are not assessed item by item',
    waived: 'Waived: {{title}} (justification: {{justification}}{{expiry}}); left out of the score',
  },
  waiver: {
    until: '; in force until {{expires}}',
    alreadyMet: '. The report meets it anyway: the waiver can be removed',
    expired: '. Its waiver expired on {{expires}} and no longer applies (justification was: {{justification}}); renew the waiver or add the content',
  },
  explanation: {
    weighted:
      'Weighted: {{score}} of {{max}} points ({{percent}}%). Met earns the full weight, partial the weight times its partial credit, missing and unknown 0 (unknown stays in the total); not-applicable and waived requirements are left out of the total.',
    flat: 'Flat: every requirement counts 1 point; {{score}} of {{max}} ({{percent}}%). Met earns 1, partial its partial credit, missing and unknown 0; not-applicable and waived requirements are left out.',
    'pass-fail':
      'Pass/fail: the report passes when no error-severity requirement is missing or unknown. The score is the share of requirements met: {{met}} of {{count}} ({{percent}}%); not-applicable and waived requirements are left out.',
  },
  passFail: { pass: 'pass', fail: 'fail' },
  lookalike: 'another kind of document',
  evidenceAt: 'line {{line}}',
  noEvidence: 'the report',
};
