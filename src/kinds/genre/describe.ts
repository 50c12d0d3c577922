/**
 * What a `genre` check looks for, in words a rule author or a report writer can act on: one describer
 * per locale (`rules show`, `explain`).
 */
import type { KindDescribers } from '../kind-spec.js';
import { lookalikePatterns, type GenreOptions } from './spec.js';

/** The `genre` check in words. */
export const describeGenre: KindDescribers<GenreOptions> = {
  'zh-CN'(o, h) {
    const lines = [`标题符合${h.patterns(o.title)}之一即为达标。`];
    if (o.structure) {
      lines.push(
        `没有这样的标题时,开头提到${h.patterns(o.topic)}之一、且有 ${h.slots(o.structure.slots)} 中至少 ${o.structure.min} 节,也算达标;提到主题、有其中一节为部分达标。`,
      );
    }
    if (o.lookalikes?.length) {
      lines.push(`标题(没有标题时看开头)像${h.patterns(lookalikePatterns(o.lookalikes))}的文书不是本类报告,一律判为缺失。`);
    }
    return lines;
  },
  en(o, h) {
    const lines = [`Met by a title matching one of ${h.patterns(o.title)}.`];
    if (o.structure) {
      lines.push(
        `Without such a title, also met when the opening mentions one of ${h.patterns(o.topic)} and at least ${o.structure.min} of the sections ${h.slots(o.structure.slots)} are there; partial with the topic and one of them.`,
      );
    }
    if (o.lookalikes?.length) {
      lines.push(`A title (or, without one, an opening) like ${h.patterns(lookalikePatterns(o.lookalikes))} is a look-alike document, not this kind of report: always missing.`);
    }
    return lines;
  },
};
