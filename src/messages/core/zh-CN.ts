/** zh-CN texts for findings, keyed by status. Placeholders: {{title}}, {{evidence}}. */
export const zhCN = {
  status: {
    met: '已满足',
    partial: '部分满足',
    missing: '缺失',
    unknown: '无法判断',
    'not-applicable': '不适用',
  },
  finding: {
    met: '已满足:{{title}}(见{{evidence}})',
    partial: '部分满足:{{title}}(见{{evidence}}),内容不完整或不够具体',
    missing: '未找到:{{title}}',
    unknown: '无法判断:{{title}}所需的信息(如发布日期、报告年度)在报告中找不到,按0分计并标记',
    'not-applicable': '不适用:{{title}}',
  },
  evidenceAt: '第{{line}}行',
  noEvidence: '报告中',
} as const;
