/**
 * What a `deadline` check looks for, in words a rule author or a report writer can act on: one describer
 * per locale (`rules show`, `explain`).
 */
import type { KindDescribers } from '../kind-spec.js';
import type { DeadlineOptions } from './spec.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The `deadline` check in words. */
export const describeDeadline: KindDescribers<DeadlineOptions> = {
  'zh-CN'(o) {
    const date = o.date === 'signed' ? '落款日期' : '发布日期';
    const offset = o.yearOffset ?? 1;
    const year = offset === 0 ? '报告年度当年' : offset === 1 ? '报告年度次年' : `报告年度后第 ${offset} 年`;
    return [
      `报告的${date}早于${year}的 ${o.month} 月 ${o.day} 日即为达标,否则为缺失。`,
      ...(o.signedFallback && o.date !== 'signed' ? ['没有发布日期、但落款日期已在期限之后时,判为缺失(落款之后才可能发布)。'] : []),
      ...(o.yearFromDate ? [`正文没有写报告年度时,以${date}所在年份减 ${offset} 年为报告年度(年度报告在次年发布)。`] : []),
      '报告年度或日期识别不出时为无法判断:没有发布日期的报告不会算作按时。',
    ];
  },
  en(o) {
    const date = o.date === 'signed' ? 'signature date' : 'publication date';
    const offset = o.yearOffset ?? 1;
    const year = offset === 0 ? 'of the report year' : offset === 1 ? 'of the year after the report year' : `${offset} years after the report year`;
    return [
      `Met when the report's ${date} is before ${o.day} ${MONTHS[o.month - 1] ?? o.month} ${year}; missing otherwise.`,
      ...(o.signedFallback && o.date !== 'signed' ? ['Without a publication date, a signature date after the deadline means missing (it cannot have been published earlier).'] : []),
      ...(o.yearFromDate ? [`When the text names no report year, it is the ${date}'s year less ${offset} (an annual report comes out the year after).`] : []),
      'Unknown when the report year or the date cannot be read: a report without a publication date never counts as on time.',
    ];
  },
};
