/**
 * 简体中文 for rule-set problems, by the problem's message code and parameters: a rule author who
 * runs `rules validate` reads what is wrong and what to change in Chinese. Problems that carry no
 * code yet keep the core's English message (see RuleSetProblem.key).
 */
import type { ProblemKey } from '../../errors.js';

type Params = Readonly<Record<string, string | number>>;

/** yaml's error codes, in words; others are named by their code. */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: '缩进不对',
  TAB_AS_INDENT: '用了 Tab 缩进(YAML 只能用空格缩进)',
  DUPLICATE_KEY: '同一层级中出现了重复的键',
  MISSING_CHAR: '缺少字符,例如引号或括号没有闭合',
  UNEXPECTED_TOKEN: '出现了不该出现的符号',
  BLOCK_AS_IMPLICIT_KEY: '把多行内容写在了键的位置',
  MULTILINE_IMPLICIT_KEY: '键不能跨行',
  BAD_SCALAR_START: '值的开头不合法(例如以 @ 或 ` 开头的值要加引号)',
  MULTIPLE_DOCS: '一个文件中只能有一个 YAML 文档',
  BAD_ALIAS: '别名(*名称)写法有误或找不到对应的锚点',
};

/** Types as a rule author knows them. */
const TYPES: Record<string, string> = {
  string: '一段文字',
  integer: '整数',
  number: '数字',
  boolean: 'true 或 false',
  object: '映射(键: 值)',
  array: '列表',
};

/** A list the core joins with commas, joined the Chinese way. */
const list = (value: string | number | undefined): string => String(value ?? '').split(', ').join('、');

const maybe = (suggestion: string | number | undefined, text: string): string => (suggestion ? text : '');

/** One function per problem code. */
export const zhCNProblems: Record<ProblemKey, (p: Params) => string> = {
  YAML_ERROR: (p) => `YAML 语法错误:${YAML_ERRORS[String(p.yamlCode)] ?? `(${p.yamlCode})`}。请对照下方所指的位置修改。`,
  UNSAFE_KEY: (p) => `规则集中不允许使用键"${p.key}",请删除。`,
  NOT_A_MAPPING: () => '规则集必须是一个 YAML 映射,包含 id、version、title 和 requirements。',
  WRONG_TYPE: (p) => `应为${TYPES[String(p.type)] ?? p.type}。`,
  MISSING_KEY: (p) => `缺少必需的键"${p.key}"。`,
  UNKNOWN_KEY: (p) => `有未知的键"${p.key}"${p.suggestion ? `,是不是"${p.suggestion}"?` : maybe(p.allowed, `(可用的键:${list(p.allowed)})。`)}`,
  NOT_ALLOWED_VALUE: (p) => `应为 ${list(p.allowed)} 之一${maybe(p.suggestion, `,是不是"${p.suggestion}"?`)}${p.suggestion ? '' : '。'}`,
  NOT_CONSTANT: (p) => `应为 ${p.value}。`,
  OUT_OF_RANGE: (p) => `应${p.relation === '>=' ? '不小于' : '不大于'} ${p.limit}。`,
  EMPTY_LIST: (p) => `至少要列出 ${p.limit} 项:空列表永远匹配不到。`,
  DUPLICATE_ITEM: (p) => `第 ${Number(p.first) + 1} 项与第 ${Number(p.second) + 1} 项重复,请删除其中一项。`,
  EMPTY_TEXT: () => '不能为空。',
  BAD_PATTERN: (p) => `格式不对,应符合 ${p.pattern}(id 只用小写字母、数字和连字符,版本号形如 1.0.0)。`,
  NOT_KEBAB_ID: () => '不是合规的 id:只能用小写字母、数字和连字符,例如 shortcoming-causes。',
  ONE_CHECK_KIND: (p) => `应恰好指定一种检查方式(${list(p.kinds)} 之一)。`,
  KEY_COUNT: (p) => `应${p.bound === 'min' ? '至少' : '至多'}有 ${p.limit} 个键。`,
  TEXT_OR_LOCALES: () => '应为一段文字,或按语言分别给出的文字(zh-CN、en)。',
  UNKNOWN_OVERRIDE: (p) =>
    `覆盖了要求"${p.id}",但${p.extended ? '本规则集及其继承的规则集' : '本规则集'}中没有这个要求${
      p.suggestion ? `;是不是"${p.suggestion}"?` : p.defined ? `;现有的要求:${list(p.defined)}。` : '。'
    }请改正 id,或删除这条覆盖。`,
  INVALID_PATTERN: (p) => `"${p.pattern}"不是合法的正则表达式。要表示字符本身时,请在 ( ) [ ] { } * + ? . 前加反斜杠。`,
  SLOW_PATTERN: (p) =>
    `正则表达式"${p.pattern}"在某些文本上可能耗时极长:重复的分组里又套了重复,如 (a+)+。请改写成不嵌套的形式,例如 (a+)+ 改为 a+,(\\d+,)* 改为 [\\d,]*。`,
  GATE_SWITCHED_OFF: (p) => `关闭了"${p.id}",但规则集的 gate(文书类型把关)依赖这一项;请保留"${p.id}",或另写一个指向其他要求的 gate。`,
  GATE_UNDEFINED: (p) =>
    `gate 引用的要求"${p.id}"在本规则集中没有定义${p.suggestion ? `;是不是"${p.suggestion}"?` : p.defined ? `;已定义的要求:${list(p.defined)}。` : '。'}请改为已定义的要求,或删除 gate。`,
  UNDEFINED_ROLE: (p) =>
    `(槽位"${p.slot}")引用的句子作用"${p.role}"在 roles 中没有定义${p.suggestion ? `;是不是"${p.suggestion}"?` : `;已定义的作用:${list(p.defined)}。`}请在 roles 下定义它,或改用已定义的作用。`,
  UNDEFINED_SLOT: (p) =>
    `引用的章节槽位"${p.slot}"在${p.extended ? '本规则集及其继承的规则集的' : ''} sections 中没有定义,永远匹配不到${
      p.suggestion ? `;是不是"${p.suggestion}"?` : p.defined ? `;已定义的槽位:${list(p.defined)}。` : '。'
    }请在 sections 下定义该槽位,或改用已定义的槽位。`,
};
