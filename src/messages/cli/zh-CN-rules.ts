/**
 * 简体中文 for the rule-set commands, and the words every check kind's description shares (what each
 * kind looks for is said by its own module: src/kinds/<kind>/describe.ts).
 */
import type { CheckWords, RulesMessages } from './rules-types.js';

const check: CheckWords = {
  locale: 'zh-CN',
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
