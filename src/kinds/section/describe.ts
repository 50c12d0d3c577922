/**
 * What a `section` check looks for, in words a rule author or a report writer can act on: one describer
 * per locale (`rules show`, `explain`).
 */
import type { KindDescribers } from '../kind-spec.js';
import type { SectionOptions } from './spec.js';

/** The `section` check in words. */
export const describeSection: KindDescribers<SectionOptions> = {
  'zh-CN'(o, h) {
    const body = (o.minChars ?? 1) > 1 ? `正文至少 ${o.minChars} 字` : '有正文';
    const lines = [`找到${h.scope(o.slot)}(按下方的标题规则识别),${body}即为达标;只有标题、没有正文不算。`];
    if ((o.minChars ?? 1) > 1) lines.push(`正文不足 ${o.minChars} 字为部分达标。`);
    if (o.roles?.length) lines.push(`只计句子作用为 ${o.roles.join('、')} 的正文;正文只有其他句子(如下一年度的任务、存在的问题)时为部分达标。`);
    if (o.position !== undefined) {
      const place = o.position === 'first' ? '第一个' : o.position === 'last' ? '最后一个' : `第 ${o.position} 个`;
      lines.push(`这一节须是${place}一级标题;出现在别处为部分达标。`);
    }
    if (o.passage) {
      const except = o.passage.exclude?.length ? `(${h.slots(o.passage.exclude)} 除外)` : '';
      const unless = o.passage.unless?.length ? `;含${h.patterns(o.passage.unless)}的句子不算` : '';
      const roles = o.passage.roles?.length ? `(只算句子作用为 ${o.passage.roles.join('、')} 的句子)` : '';
      lines.push(`没有这一节时,其他部分${except}有一句话提到${h.patterns(o.passage.terms)}也算达标${roles}${unless}。`);
    }
    if (o.partialTerms?.length) lines.push(`只出现${h.patterns(o.partialTerms)}时为部分达标。`);
    return lines;
  },
  en(o, h) {
    const long = (o.minChars ?? 1) > 1;
    const body = long ? `at least ${o.minChars} characters of body text` : 'body text';
    const lines = [`Met by ${h.scope(o.slot)} (found by the heading patterns below) with ${body}; a heading without body text does not count.`];
    if (long) lines.push(`Partial with a shorter body.`);
    if (o.roles?.length) lines.push(`Only body sentences whose role is ${o.roles.join(' or ')} count towards met; a body of other sentences only (next year's tasks, problems) is partial.`);
    if (o.position !== undefined) {
      const place = o.position === 'first' ? 'the first' : o.position === 'last' ? 'the last' : `top-level section number ${o.position}`;
      lines.push(`The section must be ${place}${typeof o.position === 'number' ? '' : ' top-level section'}; anywhere else it is partial.`);
    }
    if (o.passage) {
      const except = o.passage.exclude?.length ? ` (outside ${h.slots(o.passage.exclude)})` : '';
      const unless = o.passage.unless?.length ? `; a sentence with ${h.patterns(o.passage.unless)} does not count` : '';
      const roles = o.passage.roles?.length ? ` (only sentences whose role is ${o.passage.roles.join(' or ')})` : '';
      lines.push(`Without the section, a sentence elsewhere${except} that mentions ${h.patterns(o.passage.terms)} also meets it${roles}${unless}.`);
    }
    if (o.partialTerms?.length) lines.push(`Partial when it only finds ${h.patterns(o.partialTerms)}.`);
    return lines;
  },
};
