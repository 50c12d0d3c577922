/**
 * What a `termGroups` check looks for, in words a rule author or a report writer can act on: one describer
 * per locale (`rules show`, `explain`).
 */
import type { KindDescribers } from '../kind-spec.js';
import type { TermGroupsOptions } from './spec.js';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The `termGroups` check in words. */
export const describeTermGroups: KindDescribers<TermGroupsOptions> = {
  'zh-CN'(o, h) {
    const groups = Object.entries(o.groups);
    const unknown = o.in ? `;没有${h.scope(o.in)}时无法判断` : '';
    return [
      `在${h.scope(o.in)}中,以下 ${groups.length} 项都要提到(每项写出任一说法即可),全部提到即为达标${unknown}:`,
      ...groups.map(([name, patterns]) => `  ${name}:${h.patterns(patterns)}`),
      ...Object.entries(o.concepts ?? {}).flatMap(([name, list]) => list.map((c) => `  ${name}(换个说法):同一分句中${h.patterns(c.objects)}与${h.patterns(c.actions)}相距不超过 ${c.window ?? 16} 字`)),
      `只提到其中一部分${o.collective?.length ? `,或只提到总称${h.patterns(o.collective)}` : ''},为部分达标。`,
      ...(o.falseFriends?.length ? [`不算:${h.patterns(o.falseFriends)}(名称相近的其他制度)。`] : []),
      ...(o.exclude?.length || o.roles?.length ? [`只看${o.exclude?.length ? `${h.slots(o.exclude)} 以外` : ''}${o.roles?.length ? `句子作用为 ${o.roles.join('、')} ` : ''}的句子。`] : []),
    ];
  },
  en(o, h) {
    const groups = Object.entries(o.groups);
    const unknown = o.in ? `; unknown without ${h.scope(o.in)}` : '';
    return [
      `Met when ${h.scope(o.in)} names all ${plural(groups.length, 'item')} below, each by any of its terms${unknown}:`,
      ...groups.map(([name, patterns]) => `  ${name}: ${h.patterns(patterns)}`),
      ...Object.entries(o.concepts ?? {}).flatMap(([name, list]) => list.map((c) => `  ${name} (paraphrased): ${h.patterns(c.objects)} and ${h.patterns(c.actions)} in one clause, at most ${c.window ?? 16} characters apart`)),
      `Partial when it names some of them${o.collective?.length ? `, or only the collective name ${h.patterns(o.collective)}` : ''}.`,
      ...(o.falseFriends?.length ? [`Not counted: ${h.patterns(o.falseFriends)} (other regimes with similar names).`] : []),
      ...(o.exclude?.length || o.roles?.length ? [`Only sentences${o.exclude?.length ? ` outside ${h.slots(o.exclude)}` : ''}${o.roles?.length ? ` whose role is ${o.roles.join(' or ')}` : ''} count.`] : []),
    ];
  },
};
