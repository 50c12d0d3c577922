/**
 * 简体中文 `--help` texts: the program's (which is also check's), and one per rule-set command.
 */
import type { HelpMessages, OptionHelp } from './types.js';

const main = (version: string, options: string): string => `compliance-checklist ${version}
对照规则集检查法治政府建设年度报告,给出得分、等级、逐项结论、证据和整改建议。

用法:
  compliance-checklist check <文件…> [选项]       检查报告
  compliance-checklist rules list                 列出内置规则集
  compliance-checklist rules show <id|路径>       显示规则集的计分方式、章节槽位和全部要求
  compliance-checklist rules validate <文件…>     校验规则集文件,列出全部问题及其行号、列号
  compliance-checklist explain <要求id>           说明一项要求检查什么、依据是什么、怎样达标
  各命令的用法:compliance-checklist <命令> --help,例如 compliance-checklist rules show --help
  文件写作 - 时从标准输入读取(只能写一次),例如 … | compliance-checklist check -

支持的报告(格式和编码自动识别):
  文本 .txt          UTF-8(可带 BOM)、GBK/GB18030、UTF-16;Big5 需加 --encoding big5
  网页 .html         从政府网站保存的页面:只取正文,去掉导航、栏目、页脚;读取标题和发布时间
  Word .docx         标题样式作为层级,表格转为文字;旧版 .doc 请先在 Word/WPS 中另存为 .docx
  Markdown .md       # 标题作为层级
  从 PDF 复制的文字  接上断行,去掉页码和重复的页眉;PDF 文件本身请先复制或导出为文字
  JSON .json         已分好章节的报告:{ title, meta?, sections: [{ heading, text, sections? }] }
  繁体字的报告按简体匹配,引用的原文保持原样。

check 的选项:
${options}
  -h, --help                显示本帮助
  -v, --version             显示版本号

退出码:
  0  全部报告通过;用了 --no-exit 或 --fail-on never 时,只要得出了结果就是 0(有报告未通过或有文件读不了也一样)
  1  有报告未通过:得分率低于规则集的及格线(或 --min-score)、有 --fail-on 级别的缺口,或警告多于 --max-warnings
  2  命令行、报告文件、规则集、豁免清单或输出文件有误(说明写到标准错误输出);读不了的文件在结果中单列,其余照常检查和输出
     (用了 --no-exit 时读不了的文件不改变退出码;命令行、规则集、豁免清单、输出文件的错误和内部错误仍为 2)
  130  按 Ctrl-C 中断:已完成的结果完整保留,最后才写的文件(如 json)不写

示例:
  compliance-checklist check 2023年度法治政府建设报告.txt
  compliance-checklist check 报告.docx 网页版.html --format json --include-text > 结果.json
  compliance-checklist check 旧报告.txt --encoding gbk
  compliance-checklist check 报告/ --rules 本市规则.yaml --waivers 豁免.yaml
  compliance-checklist check 报告/ --format json -o 结果.json --format stylish
  compliance-checklist explain shortcoming-causes
`;

const rules = (): string => `用法:compliance-checklist rules <子命令> [选项]

子命令:
  list                    列出内置规则集:id、标题、版本、要求数
  show <id|路径>          显示一个规则集:继承关系、计分方式、及格线、等级、章节槽位和每项要求
  validate <文件…>        校验规则集文件,列出全部问题(文件:行:列 代码 位置 说明)

各子命令的用法:compliance-checklist rules <子命令> --help
`;

const rulesList = (options: string): string => `用法:compliance-checklist rules list [选项]
列出内置规则集:id、版本、要求数和标题。

选项:
${options}
  -h, --help                显示本帮助

退出码:0 成功;2 命令行有误,或内置规则集无法加载
`;

const rulesShow = (options: string): string => `用法:compliance-checklist rules show <id|路径> [选项]
显示一个规则集:标题、版本、继承链(extends)、计分方式、及格线、等级、章节槽位(及其标题规则),
以及每项要求的 id、标题、严重程度、权重、部分达标得分、检查方式、法律依据和整改建议。
<id|路径> 是内置规则集的 id,或规则集 YAML 文件的路径(其 extends 中的相对路径相对于该文件)。

选项:
${options}
  -h, --help                显示本帮助

退出码:0 成功;2 命令行有误,或规则集找不到、有错误

示例:
  compliance-checklist rules show fzzf-annual-report
  compliance-checklist rules show 本市规则.yaml --format json
`;

const rulesValidate = (options: string): string => `用法:compliance-checklist rules validate <文件…> [选项]
校验规则集文件(连同它 extends 的文件),一次列出全部问题,每条写明 文件:行:列、问题代码、
位置和说明,并在原文下用 ^ 标出位置;没有问题时显示"✔ 文件:N 项要求,有效"。

选项:
${options}
  -h, --help                显示本帮助

退出码:0 全部有效;2 有文件无效或无法读取

示例:
  compliance-checklist rules validate 本市规则.yaml 区县规则.yaml
`;

const explain = (options: string): string => `用法:compliance-checklist explain <要求id> [选项]
说明一项要求:检查什么(例如识别哪一节、按哪些标题、查找哪些说法)、严重程度、权重、
部分达标得分、法律依据、为什么要求、怎样达标。

选项:
${options}
  -h, --help                显示本帮助

退出码:0 成功;2 没有这项要求(会提示相近的 id),或命令行、规则集有误

示例:
  compliance-checklist explain shortcoming-causes
  compliance-checklist explain review-cases --rules 本市规则.yaml
`;

const options: OptionHelp = {
  rules: '规则集:内置规则集的 id 或 YAML 文件的路径;\n文件中 extends 的相对路径相对于该文件',
  waivers: '豁免清单(YAML):豁免的要求不计入总分,注明理由和有效期;\n过期的豁免不再适用',
  format: '输出格式;可写多次,每个格式配一个 -o',
  output: '把前面一个 --format 的结果写到此文件\n(先写临时文件,完成后改名,中断时不会留下半个文件)',
  ignore: '跳过匹配的文件或文件夹(可写多次;也读当前文件夹的 .checklistignore);\n隐藏文件、desktop.ini、Thumbs.db、Office 锁定文件(~$*.docx)总是跳过',
  minScore: '得分率低于 N(0–100)的报告未通过,代替规则集的及格线',
  failOn: '有该级别或更高级别缺口的报告未通过;none:不因缺口判未通过;\nnever:只出报告,同 --no-exit',
  maxWarnings: '警告级缺口多于 N 处的报告未通过',
  noExit: '只出报告:有了结果退出码就是 0,有报告未通过或有文件读不了也一样\n(命令行、规则集、豁免清单、输出文件的错误仍为 2)',
  locale: '界面和检查结论的语言',
  encoding: '按此编码读取报告,不再自动识别',
  inputFormat: '按此格式读取报告,不再自动识别',
  maxSize: '报告文件的大小上限,如 50MB、500KB 或字节数(1MB = 1024KB)',
  jobs: '检查文件的线程数:1 只用主线程;n 为主线程加 n−1 个工作线程;\nauto:文件达到 5000 份且有空闲的处理器核时用 2 个,否则 1 个',
  includeText: '(仅用于 json)在每份结果的 source 中附上提取出的正文,\n证据的行号即该正文的行号(网页、Word 文件的行号以它为准)',
  quiet: '不显示进度条,标准错误输出上不写汇总(问题照常报告)',
  noColor: '不使用颜色',
  ruleSetFormat: '输出格式:stylish 供人阅读,json 供程序处理',
  ruleSetLocale: '界面和输出内容(规则集的文字、问题说明)的语言',
  explainRules: '在这个规则集中查找:内置规则集的 id 或 YAML 文件的路径',
};

const placeholders: HelpMessages['placeholders'] = {
  rules: 'id|路径',
  file: '文件',
  format: '格式',
  glob: '通配符',
  number: 'N',
  level: '级别',
  locale: '语言',
  encoding: '编码',
  size: '大小',
  jobs: 'n|auto',
};

const choices = (values: readonly string[], defaultValue: string | undefined): string =>
  `可选:${values.map((v) => (v === defaultValue ? `${v}(默认)` : v)).join('、')}`;
const defaultValue = (value: string): string => `默认 ${value}`;

/** The zh-CN help texts. */
export const zhCNHelp: HelpMessages = { main, options, placeholders, choices, defaultValue, rules, rulesList, rulesShow, rulesValidate, explain };
