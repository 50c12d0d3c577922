/**
 * 简体中文: the CLI's default language. Written for staff of a 司法局 or 依法治县办 reading a terminal:
 * say what went wrong with which file, and what to do about it.
 */
import { formatSize } from './format-size.js';
import type { ScoringModel } from '../../types.js';
import type { CliMessages } from './types.js';
import { zhCNHelp } from './zh-CN-help.js';
import { zhCNProblems } from '../problems/zh-CN.js';
import { zhCNRules } from './zh-CN-rules.js';

/** The scoring models as the rule-set commands name them, so `check` and `rules show` use one word. */
const MODEL = zhCNRules.model;

const list = (items: readonly string[]): string => items.join('、');
const fileOf = (file: string | null): string => file ?? '(输入)';

/** What an unsupported input is, by the kind the core names; what to do follows in the message. */
const KINDS: Record<string, (detail: string | undefined) => string> = {
  image: (d) => `它是一张图片${d ? `(${d})` : ''},不是报告的文字`,
  pdf: () => 'PDF 文件不能直接读取,请从 PDF 中复制出文字(或在 PDF 阅读器中另存为文本)再检查',
  'old-office': () => '它是旧版 Office 文件(.doc、.wps 或 .xls),无法读取',
  rtf: () => '它是 RTF 文件,无法读取,请在 Word/WPS 中另存为 .docx',
  odt: () => '它是 OpenDocument 文件(.odt),无法读取,请在 Word/WPS 中另存为 .docx',
  archive: (d) => `它是压缩包${d ? `(${d})` : ''},请解压后检查其中的报告`,
  mhtml: () => '它是网页存档(.mht/.mhtml),请在浏览器中打开后另存为"网页,仅 HTML"(.html),或复制其中的文字',
  spreadsheet: () => '它是 Excel 表格(.xlsx),不是报告',
  slides: () => '它是 PowerPoint 演示文稿(.pptx),不是报告',
};

/**
 * Messages about report files that cannot be read: which file, what is wrong, what to do. Entirely in
 * Chinese: the core's English explanation (`detail`) is not quoted; what the file is comes as `kind`.
 */
const inputErrors = {
  INPUT_EMPTY: ({ file }) =>
    `报告 ${fileOf(file)} 中没有可检查的文字(文件是空的,或网页、Word 文件里没有正文)。请确认导出、保存或复制时没有丢失正文。`,
  INPUT_INVALID: ({ file }) =>
    `无法读取报告 ${fileOf(file)}:文件内容有误,或已损坏、不完整。请确认下载或复制时没有中断;Word 文件可用 Word/WPS 打开后重新另存为 .docx,JSON 报告请对照报告格式检查,再检查。`,
  INPUT_ENCODING: ({ file }) =>
    `无法识别报告 ${fileOf(file)} 的文字编码:它不是能自动识别的 UTF-8、GBK/GB18030 或 UTF-16 文本,也可能根本不是文字文件。请把报告另存为 UTF-8 或 GBK 编码的文本后再检查,或用 --encoding 指明它的编码,例如 --encoding big5。`,
  INPUT_TOO_LARGE: ({ file, limit }) =>
    `报告 ${fileOf(file)} 超过了大小上限${limit === undefined ? '' : ` ${formatSize(limit)}`}。一份报告很少超过 1MB,请确认选对了文件;确需检查更大的文件,可用 --max-size 调高上限,例如 --max-size 50MB。`,
  INPUT_UNSUPPORTED: ({ file, kind, kindDetail }) =>
    `无法检查报告 ${fileOf(file)}:${(kind && KINDS[kind]?.(kindDetail)) ?? '文件格式不受支持'}。可检查的报告:文本(.txt)、网页(.html)、Word(.docx)、Markdown(.md)、从 PDF 复制出的文字、JSON 报告;旧版 .doc/.wps 请先在 Word/WPS 中另存为 .docx,PDF 文件请先复制出其中的文字。`,
  INPUT_NOT_IN_ENCODING: ({ file, encoding }) =>
    `报告 ${file} 不是 --encoding 指定的 ${encoding} 编码的文本。请确认文件的实际编码后重新指定,或去掉 --encoding 由本工具自动识别。`,
} satisfies Partial<CliMessages['errors']>;

const errors: CliMessages['errors'] = {
  ...inputErrors,
  INPUT_NOT_FOUND: ({ file }) => `找不到报告文件 ${fileOf(file)}。请检查路径和文件名是否正确。`,
  YAML_SYNTAX: ({ detail }) => `规则集的 YAML 语法有误:${detail}`,
  RULESET_SCHEMA: ({ detail }) => `规则集的内容不符合规则集格式:${detail}`,
  RULESET_INVALID: ({ detail }) => `规则集无法使用:${detail}`,
  WAIVER_INVALID: ({ detail }) => `豁免清单无法使用:${detail}`,
  UNKNOWN_RULESET: ({ detail }) => `未知的规则集:${detail}`,
  UNKNOWN_FORMAT: ({ detail }) => `未知的输出格式:${detail}`,
  USAGE: ({ detail }) => `用法有误:${detail}`,
  ENGINE_FAILURE: ({ file, detail }) =>
    `检查报告 ${fileOf(file)} 时规则引擎出错:${detail}。这是本工具的缺陷,请附上该报告反馈给维护者。`,
  INPUT_DIRECTORY: ({ file }) =>
    `${file} 是一个文件夹,不是报告文件。请列出要检查的文件,例如 ${file.replace(/[\\/]+$/, '')}/*.txt。`,
  INPUT_NO_REPORTS: ({ file, skipped }) =>
    `${file} 中没有要检查的报告文件${skipped > 0 ? `(有 ${skipped} 个隐藏、系统、锁定或被忽略的文件已跳过)` : ''}。请检查路径或通配符是否正确。`,
  INPUT_UNREADABLE: ({ file, detail }) =>
    `无法读取报告文件 ${file}(${detail})。请检查文件是否存在、是否有读取权限。`,
  RULES_NOT_FOUND: ({ value, known }) =>
    `找不到规则集文件 ${value}。请给出规则集 YAML 文件的路径,或内置规则集的 id(${list(known)})。`,
  RULES_UNKNOWN: ({ value, known }) =>
    `未知的规则集"${value}":既没有这个文件,也没有这个内置规则集。内置规则集:${list(known)}。`,
  RULES_DIRECTORY: ({ value }) =>
    `--rules 的值 ${value} 是一个文件夹。请给出规则集 YAML 文件的路径,或内置规则集的 id。`,
  RULES_UNREADABLE: ({ value, detail }) =>
    `无法读取规则集文件 ${value}(${detail})。请检查文件权限,并确认它是 UTF-8 编码的 YAML 文本。`,
  RULESET_PROBLEMS: ({ source, count }) =>
    `规则集 ${source} 有 ${count} 处问题,无法使用。请逐条修改后重试:`,
  WAIVERS_NOT_FOUND: ({ value }) => `找不到豁免清单文件 ${value}。--waivers 应为豁免清单 YAML 文件的路径。`,
  WAIVERS_DIRECTORY: ({ value }) => `--waivers 的值 ${value} 是一个文件夹。请给出豁免清单 YAML 文件的路径。`,
  WAIVERS_UNREADABLE: ({ value, detail }) =>
    `无法读取豁免清单文件 ${value}(${detail})。请检查文件权限,并确认它是 UTF-8 编码的 YAML 文本。`,
  WAIVERS_PROBLEMS: ({ source, count }) =>
    `豁免清单 ${source} 有 ${count} 处问题,无法使用。请逐条修改后重试:`,
  UNKNOWN_REQUIREMENT: ({ id, ruleSet, suggestion, known }) =>
    `规则集 ${ruleSet} 中没有要求"${id}"。${suggestion ? `你要找的是不是"${suggestion}"?` : `现有的要求:${list(known)}。`}运行 compliance-checklist rules show ${ruleSet} 可查看全部要求。`,
  FORMAT_UNKNOWN: ({ name, known }) => `未知的输出格式"${name}"。可用的格式:${list(known)}。`,
  OUTPUT_WITHOUT_FORMAT: ({ file }) =>
    `-o ${file} 前面没有对应的 --format:每个 -o/--output 写在它的格式之后,例如 --format json -o 结果.json --format html -o 报告.html。`,
  OUTPUT_STDOUT_TWICE: ({ formats }) =>
    `格式 ${list(formats)} 都没有指定 -o/--output,不能同时写到标准输出。请为其中的格式各指定一个输出文件,只留一个写到标准输出。`,
  OUTPUT_FILE_TWICE: ({ file }) => `输出文件 ${file} 指定了两次,请为每个格式指定不同的文件。`,
  OUTPUT_UNWRITABLE: ({ file, detail }) => `无法写入输出文件 ${file}(${detail})。请检查文件夹是否存在、是否有写入权限。`,
  BAD_MIN_SCORE: ({ value }) =>
    `--min-score 的值"${value}"无效:应为 0 到 100 之间的数,表示及格所需的得分率(百分比)。`,
  BAD_FAIL_ON: ({ value, known }) => `--fail-on 的值"${value}"无效:应为 ${list(known)} 之一。`,
  BAD_MAX_WARNINGS: ({ value }) => `--max-warnings 的值"${value}"无效:应为 0 或正整数,表示一份报告最多可有几处警告级缺口。`,
  BAD_LOCALE: ({ value, known }) => `--locale 的值"${value}"无效:应为 ${list(known)} 之一。`,
  BAD_ENCODING: ({ value, known }) => `--encoding 的值"${value}"无效:应为编码名称,如 ${list(known)}。`,
  BAD_INPUT_FORMAT: ({ value, known }) => `--input-format 的值"${value}"无效:应为 ${list(known)} 之一。`,
  BAD_MAX_SIZE: ({ value }) =>
    `--max-size 的值"${value}"无效:应为大于 0 的大小,如 20MB、500KB,或字节数 1048576。`,
  BAD_JOBS: ({ value, max }) => `--jobs 的值"${value}"无效:应为 auto,或 1 到 ${max} 之间的整数(工作线程数)。`,
  TEXT_NEEDS_JSON: ({ format }) =>
    `--include-text 只用于 --format json(现在是 ${format}):提取出的正文附在 JSON 结果里。`,
  STDIN_TWICE: () => `"-"(从标准输入读取)只能出现一次。`,
  UNKNOWN_OPTION: ({ option }) => `未知的选项 ${option}。`,
  UNKNOWN_COMMAND: ({ command }) => `未知的命令 ${command}。可用的命令:check、rules list、rules show、rules validate、explain。`,
  MISSING_FILES: () => `缺少要检查的报告文件。`,
  MISSING_RULE_SET: () => `缺少要显示的规则集:请给出内置规则集的 id 或规则集 YAML 文件的路径。`,
  MISSING_RULE_FILES: () => `缺少要校验的规则集文件。`,
  MISSING_REQUIREMENT: () => `缺少要说明的要求 id,例如 shortcoming-causes。`,
  MISSING_OPTION_VALUE: ({ option }) => `选项 ${option} 缺少取值。`,
  USAGE_OTHER: ({ detail }) => `命令行有误:${detail}`,
  INTERNAL: ({ detail }) => `内部错误:${detail}。这是本工具的缺陷,请把命令和输入文件反馈给维护者。`,
};

/** The zh-CN catalogue. */
export const zhCN: CliMessages = {
  errors,
  usageHint: (command) => `运行 compliance-checklist ${command ? `${command} ` : ''}--help 查看用法。`,
  progress: '检查中 {bar} {value}/{total} 份 · {rate} 份/秒 · 预计还需 {eta_formatted}',
  interrupted: (done, total) => `已中断:${total} 个文件中已检查 ${done} 个,已完成的结果已写出。`,
  summary: {
    totals: (files, checked, passed, failed, unreadable, skipped) =>
      `共 ${files} 个文件:检查 ${checked} 份,通过 ${passed} 份,未通过 ${failed} 份,无法读取 ${unreadable} 个${skipped > 0 ? `;跳过 ${skipped} 个隐藏、系统、锁定或被忽略的文件` : ''}`,
    grades: (counts) => `等级:${counts.map((c) => `${c.grade} ${c.count} 份`).join(',')}`,
    onTime: (onTime, judged, percent) => `按时公开:${judged} 份能判断发布日期的报告中 ${onTime} 份按时(${percent}%)`,
    topGaps: '最常见的缺口:',
    gap: (title, count, percent) => `  ${title}:${count} 份(${percent}%)`,
  },
  problem: (p) => (p.key ? zhCNProblems[p.key](p.params ?? {}) : p.message),
  help: zhCNHelp,
  rules: zhCNRules,
  stylish: {
    status: { met: '达标', partial: '部分达标', missing: '缺失', unknown: '无法判断', 'not-applicable': '不适用', waived: '已豁免' },
    severity: { error: '错误', warning: '警告', info: '提示' },
    level: { province: '省级', city: '市级', county: '县级', township: '乡镇', department: '部门' },
    none: '—',
    untitled: '(未识别出标题)',
    source: (format, encoding) => `格式 ${format}${encoding ? ` · 编码 ${encoding}` : ''}`,
    labels: { year: '年度', issuer: '发布机关', level: '层级', published: '发布', signed: '落款' },
    score: (score, max, percent) => `得分 ${score}/${max}(${percent}%)`,
    grade: (grade) => `等级 ${grade}`,
    passed: '通过',
    failed: '未通过',
    ruleSet: (id, version, model) => `规则集 ${id} ${version} · ${MODEL[model as ScoringModel] ?? model}`,
    unknownCount: (count) => `${count} 项未能判断,按 0 分计`,
    line: (line) => `第${line}行`,
    section: (heading) => `〔${heading}〕`,
    preamble: '开头',
    quote: (text) => `“${text}”`,
    moreEvidence: (count) => `(另有 ${count} 处)`,
    fix: (fix) => `补充:${fix}`,
    gain: (points) => `(补上可加 ${points} 分)`,
    basis: (basis) => `依据:${basis}`,
    outOfScore: '不计入总分',
    waiver: (justification, expires) => `豁免理由:${justification}(${expires ? `有效期至 ${expires}` : '长期有效'})`,
    waiverExpired: (justification, expires) => `豁免已于 ${expires} 到期,不再适用(理由曾为:${justification})`,
    waivedCount: (count) => `${count} 项已豁免`,
    expiredCount: (count) => `${count} 项豁免已过期`,
    summary: (total, passed, failed, average) =>
      `共 ${total} 份报告:${passed} 份通过,${failed} 份未通过;平均得分率 ${average}%`,
  },
};
