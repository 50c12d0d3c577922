/**
 * Words the batch formats add around the data (column headers, summary labels, chart titles), in every
 * locale. Status words come from the core catalogue, so a status reads the same in every output.
 */
import { coreMessages } from '../messages/core/index.js';
import type { FindingStatus, IssuerLevel, Locale, Severity } from '../types.js';

const zhCN = {
  columns: {
    file: '文件', title: '标题', year: '年度', issuer: '发布机关', level: '层级', score: '得分', percent: '得分率',
    grade: '等级', passed: '是否通过', error: '错误', figure: '关键数据', value: '数值', unit: '单位', flags: '异常',
    line: '行', quote: '原文', requirement: '要求', status: '状态', severity: '级别', fix: '如何补充', basis: '依据',
    gain: '可加分', published: '发布日期', onTime: '按时公开', findings: '检查结果', gaps: '待补充',
  },
  yes: '是',
  no: '否',
  level: { province: '省级', city: '市级', county: '县级', township: '乡镇', department: '部门' } satisfies Record<IssuerLevel, string>,
  severity: { error: '必须', warning: '应当', info: '建议' } satisfies Record<Severity, string>,
  unreadable: '无法读取',
  basis: '依据',
  evidenceLine: '第{{line}}行',
  summary: {
    title: '法治政府建设年度报告检查结果',
    reports: '报告数',
    passed: '通过',
    failed: '未通过',
    unreadable: '无法读取',
    passRate: '通过率',
    onTimeRate: '按时公开率',
    grades: '等级分布',
    missingChart: '各项要求缺失或不完整的报告数',
    histogram: '得分分布',
    table: '报告一览',
    tableHint: '点击表头排序',
    details: '逐份报告',
    figures: '关键数据',
    noGaps: '没有待补充的内容。',
    noData: '无',
    impossible: '数值异常',
  },
  flags: { 'over-100': '比例超过100%', combined: '多类案件合计的数', fraction: '件数不是整数' },
} as const;

type Labels = {
  [K in keyof typeof zhCN]: (typeof zhCN)[K] extends string ? string : { [L in keyof (typeof zhCN)[K]]: string };
};

const en: Labels = {
  columns: {
    file: 'File', title: 'Title', year: 'Year', issuer: 'Issuer', level: 'Level', score: 'Score', percent: 'Percent',
    grade: 'Grade', passed: 'Passed', error: 'Error', figure: 'Key figure', value: 'Value', unit: 'Unit', flags: 'Flags',
    line: 'Line', quote: 'Quote', requirement: 'Requirement', status: 'Status', severity: 'Severity', fix: 'What to add',
    basis: 'Basis', gain: 'Points to gain', published: 'Published', onTime: 'On time', findings: 'Findings', gaps: 'Gaps',
  },
  yes: 'yes',
  no: 'no',
  level: { province: 'province', city: 'city', county: 'county', township: 'township', department: 'department' },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  unreadable: 'unreadable',
  basis: 'Basis',
  evidenceLine: 'line {{line}}',
  summary: {
    title: 'Annual rule-of-law government reports: check results',
    reports: 'Reports',
    passed: 'Passed',
    failed: 'Failed',
    unreadable: 'Unreadable',
    passRate: 'Pass rate',
    onTimeRate: 'Published on time',
    grades: 'Grades',
    missingChart: 'Reports where each requirement is missing or partial',
    histogram: 'Score distribution',
    table: 'Reports',
    tableHint: 'click a column header to sort',
    details: 'Report by report',
    figures: 'Key figures',
    noGaps: 'Nothing to add.',
    noData: 'none',
    impossible: 'Implausible value',
  },
  flags: { 'over-100': 'rate over 100%', combined: 'several kinds of case counted together', fraction: 'a count that is not a whole number' },
};

/** The labels of a locale, with the core's status words. */
export function formatLabels(locale: Locale): Labels & { status: Record<FindingStatus, string> } {
  const labels = locale === 'en' ? en : (zhCN as Labels);
  return { ...labels, status: coreMessages(locale).status };
}
