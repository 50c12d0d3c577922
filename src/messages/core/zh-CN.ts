/**
 * zh-CN texts for findings and scores, keyed by status and model. One word per status, the same in
 * every catalogue (达标 / 部分达标 / 缺失 / 无法判断 / 不适用 / 已豁免). Placeholders: {{title}},
 * {{evidence}}, {{justification}}, {{expires}}, {{score}}, {{max}}, {{percent}}, {{met}}, {{count}}.
 */
export const zhCN = {
  status: {
    met: '达标',
    partial: '部分达标',
    missing: '缺失',
    unknown: '无法判断',
    'not-applicable': '不适用',
    waived: '已豁免',
  },
  finding: {
    met: '达标:{{title}}(见{{evidence}})',
    partial: '部分达标:{{title}}(见{{evidence}}),内容不完整或不够具体',
    missing: '未找到:{{title}}',
    unknown: '无法判断:{{title}}所需的信息(如发布日期、报告年度)在报告中找不到,按0分计并标记',
    'not-applicable': '不适用:{{title}}',
    gated: '不适用:{{title}}。文书不是本清单所针对的报告(看起来是{{kind}}),不逐项评估',
    lookalike: '未满足:{{title}}。文书看起来是{{kind}},不是本清单所针对的报告,其余各项不逐项评估',
    waived: '已豁免:{{title}}(理由:{{justification}}{{expiry}}),不计入总分',
  },
  waiver: {
    until: ';有效期至{{expires}}',
    alreadyMet: '。报告其实已达标,可以删除该豁免',
    expired: '。该项的豁免已于{{expires}}到期,不再适用(理由曾为:{{justification}});请续期豁免或补充相应内容',
  },
  explanation: {
    weighted: '加权计分:得分{{score}}/满分{{max}}({{percent}}%)。达标得该项全部权重,部分达标得权重乘以部分分比例,缺失和无法判断得0分(无法判断仍计入满分),不适用和已豁免不计入满分。',
    flat: '等权计分:每项要求计1分,得分{{score}}/满分{{max}}({{percent}}%)。达标得1分,部分达标得部分分比例,缺失和无法判断得0分,不适用和已豁免不计入。',
    'pass-fail': '通过/不通过:没有error级要求缺失或无法判断即为通过。得分为达标的要求所占比例:{{met}}/{{count}}项({{percent}}%),不适用和已豁免不计入。',
  },
  passFail: { pass: '通过', fail: '不通过' },
  lookalike: '其他类型的文书',
  evidenceAt: '第{{line}}行',
  noEvidence: '报告中',
} as const;
