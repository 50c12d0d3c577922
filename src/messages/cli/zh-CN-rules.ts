/**
 * 简体中文 for the rule-set commands, and what each check kind looks for, in words a rule author or a
 * report writer can act on: which section, found by which headings, which terms, how many.
 */
import { lookalikePatterns } from '../../rules/check-kind-options.js';
import type { CheckWords, RulesMessages } from './rules-types.js';

const pct = (ratio: number): string => `${Math.round(ratio * 100)}%`;

const check: CheckWords = {
  section(o, h) {
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
  genre(o, h) {
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
  causes(o, h) {
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
  termGroups(o, h) {
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
  figures(o, h) {
    const scope = o.in ? `${h.scope(o.in)}(没有这一节时查全文)` : h.scope(undefined);
    const units = o.units?.length ? h.patterns(o.units) : '默认单位(件、次、人、人次、个、项、%、元、万元、亿元 等)';
    return [
      `在${scope}中找到至少 ${o.min ?? 3} 处带单位的具体数字即为达标,有 1 处为部分达标。`,
      `中文数字(如"二十余场")也算;日期、序号(第3次)、文号和书名号中的数字不算。`,
      `单位:${units}`,
    ];
  },
  deadline(o) {
    const date = o.date === 'signed' ? '落款日期' : '发布日期';
    const offset = o.yearOffset ?? 1;
    const year = offset === 0 ? '报告年度当年' : offset === 1 ? '报告年度次年' : `报告年度后第 ${offset} 年`;
    return [
      `报告的${date}早于${year}的 ${o.month} 月 ${o.day} 日即为达标,否则为缺失。`,
      ...(o.signedFallback && o.date !== 'signed' ? ['没有发布日期、但落款日期已在期限之后时,判为缺失(落款之后才可能发布)。'] : []),
      '报告年度或日期识别不出时为无法判断:没有发布日期的报告不会算作按时。',
    ];
  },
  terms(o, h) {
    const distinct = new Set(o.terms).size;
    const need = o.match === 'any' ? '任一个' : o.match === 'atLeast' ? `至少 ${o.count} 个` : `全部 ${distinct} 个`;
    const except = o.exclude?.length ? `(${h.slots(o.exclude)} 除外)` : '';
    return [
      `在${h.scope(o.in)}${except}中提到以下说法中的${need}即为达标(同一说法出现多次只算一个):${h.patterns(o.terms)}`,
      ...(o.partial ? [`提到 ${o.partial} 个以上为部分达标。`] : []),
    ];
  },
  order: (o) => [`以下各节按此顺序出现即为达标:${o.slots.join(' → ')}。`, '报告中没有的节不参与比较;找到的不足两节时无法判断。'],
  length(o, h) {
    const partial = o.partial ? `,至少 ${o.partial} 字为部分达标` : '';
    const slot = o.in && o.in !== 'report' ? `;没有${h.scope(o.in)}为缺失` : '';
    return [`${h.scope(o.in)}的正文(不计空白和本节标题)至少 ${o.min} 字即为达标${partial}${slot}。`];
  },
  ifThen(o, h) {
    return ['如果:', ...h.nested(o.if), '那么:', ...h.nested(o.then), '"如果"不成立时,本项视为达标;成立时,看"那么"是否达标。'];
  },
  other: (kind, json) => [`检查方式 ${kind}(本工具的这个版本不认识),选项:${json}`],
  conditions: (json) => ['按 json-rules-engine 条件判断(met 为达标,partial 为部分达标):', ...json.split('\n').map((l) => `  ${l}`)],
  appliesTo: (requirement, statuses) => `仅当 ${requirement} 的结论为 ${statuses.join('、')} 时适用;否则不适用,不计入总分。`,
  scopes: { report: '全文', headings: '各级标题', slot: (id) => ` ${id} 一节` },
  quote: (pattern) => `「${pattern}」`,
  separator: '、',
};

/** The zh-CN words of the rule-set commands. */
export const zhCNRules: RulesMessages = {
  listColumns: { id: 'id', version: '版本', requirements: '要求', title: '标题' },
  requirementColumns: { id: 'id', severity: '严重程度', weight: '权重', partial: '部分得分', check: '检查方式', title: '标题' },
  model: { weighted: '加权计分', flat: '等权计分', 'pass-fail': '通过/不通过' },
  status: { met: '达标', partial: '部分达标', missing: '缺失', unknown: '无法判断', 'not-applicable': '不适用', waived: '已豁免' },
  none: '—',
  source: (source) => `来源 ${source}`,
  extends: (chain) => `继承 ${chain.length > 0 ? chain.join(' → ') : '(无)'}`,
  scoring: (model, passMark, partialCredit) => `计分 ${model} · 及格线 ${passMark}% · 部分达标默认得权重的 ${partialCredit}`,
  grades: (bands) => `等级 ${bands.map((b) => `${b.grade} ≥${b.min}%`).join(' · ')}`,
  slotsHeading: (count) => `章节槽位(${count} 个,按标题识别):`,
  requirementsHeading: (count, totalWeight) => `要求(${count} 项,权重合计 ${totalWeight}):`,
  headings: (patterns) => `标题匹配 ${patterns}`,
  exclude: (patterns) => `排除 ${patterns}`,
  basis: (basis) => `依据:${basis}`,
  fix: (fix) => `怎样达标:${fix}`,
  rationale: (rationale) => `为什么:${rationale}`,
  rawConditions: '原始条件',
  inRuleSet: (id, version, title) => `规则集 ${id} ${version}(${title})`,
  requirementMeta: (severity, weight, partialCredit) => `严重程度 ${severity} · 权重 ${weight} · 部分达标得权重的 ${partialCredit}`,
  checkHeading: (kind) => `检查什么(${kind}):`,
  usedSlots: '用到的章节槽位:',
  undefinedSlot: '(规则集中没有定义)',
  valid: (file, requirements) => `✔ ${file}:${requirements} 项要求,有效`,
  invalid: (file, problems) => `✖ ${file}:${problems} 处问题`,
  check,
};
