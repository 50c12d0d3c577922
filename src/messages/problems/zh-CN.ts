/**
 * 简体中文 for rule-set and waivers problems, by the problem's message code and parameters: a rule
 * author who runs `rules validate` (or `check --waivers`) reads what is wrong and what to change in
 * Chinese. Every code has a message here (the Record type makes a missing one a compile error).
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

/** What a schema pattern asks for, in words: a date, a version, or (the rest) a kebab-case id. */
function patternMeaning(pattern: string): string {
  if (pattern.includes('\\d{4}-\\d{2}-\\d{2}')) return '日期写成 YYYY-MM-DD,例如 2025-12-31';
  if (pattern.startsWith('^\\d+\\.\\d+\\.\\d+')) return '版本号形如 1.0.0';
  return 'id 只用小写字母、数字和连字符,例如 shortcoming-causes';
}

const maybe = (suggestion: string | number | undefined, text: string): string => (suggestion ? text : '');

/** One function per problem code. */
export const zhCNProblems: Record<ProblemKey, (p: Params) => string> = {
  YAML_ERROR: (p) => `YAML 语法错误:${YAML_ERRORS[String(p.yamlCode)] ?? `(${p.yamlCode})`}。请对照下方所指的位置修改。`,
  YAML_ALIASES: (p) => `别名(*名称)展开超过了 ${p.limit} 次的上限,像"十亿笑声"攻击文件那样;请直接写出这些值,或少用别名。`,
  YAML_UNREADABLE: () => '无法读成数据(结构过深或过于复杂);请简化文件结构。',
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
  BAD_PATTERN: (p) => `格式不对,应符合 ${p.pattern}(${patternMeaning(String(p.pattern))})。`,
  RESERVED_NAME: (p) => `“${p.name}”是保留名称,请换一个名称。`,
  NOT_VALID: (p) => `不符合规则集的格式(${p.keyword})。`,
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
  NEW_REQUIREMENT_INCOMPLETE: (p) =>
    `缺少必需的键${list(String(p.keys).split(', ').map((k) => `"${k}"`).join(', '))}:要求"${p.id}"不在所继承的规则集中${
      p.suggestion ? `(是不是"${p.suggestion}"?要修改继承来的要求,请用它的 id)` : ''
    },作为新要求必须写全 ${list(p.required)}${p.needsCheck ? ',并给出 check 或 conditions' : ''}。`,
  DUPLICATE_ID: (p) => `要求 id"${p.id}"重复(第一次出现在 requirements[${p.first}]);id 必须唯一:请改名其中一个,或把两条合并。`,
  CHECK_OR_CONDITIONS: (p) =>
    `要求"${p.id}"必须在 check(指定一种检查方式)和 conditions(原始引擎条件)中恰好选一种;${p.both ? '请删除其中一个' : '请补上一个'}。`,
  APPLIES_TO_SWITCHED_OFF: (p) => `关闭了"${p.id}",但要求"${p.requirement}"通过 appliesTo 依赖它是否适用;请把"${p.requirement}"也关闭,或保留"${p.id}"。`,
  APPLIES_TO_SELF: () => 'appliesTo 不能指向要求自身;请写明本要求所依赖的另一项要求。',
  APPLIES_TO_UNDEFINED: (p) =>
    `appliesTo 引用的要求"${p.id}"在本规则集中没有定义${p.suggestion ? `;是不是"${p.suggestion}"?` : p.defined ? `;已定义的要求:${list(p.defined)}。` : '。'}请改为已定义的要求,或删除 appliesTo。`,
  GRADES_WITHOUT_ZERO: () => '等级划分中缺少 min 为 0 的一档,有的分数会得不到等级;请加上一档,例如"{ grade: 不合格, min: 0 }"。',
  PASS_FAIL_IGNORES: (p) => `计分方式为"通过/不通过"(pass-fail)时,${p.key} 不起作用(只要没有错误级要求缺失或无法判断即为通过);请删除 ${p.key},或改用加权计分(weighted)或等权计分(flat)。`,
  WEIGHTS_ZERO: () => '所有要求的权重加起来为 0,无法计算得分;请给至少一项要求设置大于 0 的权重。',
  EXTENDS_UNKNOWN_BUILTIN: (p) =>
    `继承的内置规则集"${p.ref}"不存在${p.suggestion ? `;是不是"${p.suggestion}"?` : p.defined ? `;内置规则集:${list(p.defined)}。` : '。'}要继承文件,请写相对路径,例如"./${p.ref}.yaml"。`,
  EXTENDS_NO_RESOLVER: (p) => `继承的文件"${p.ref}"无法读取:本库自身从不读取文件,请用"parseRuleSet(text, { resolve })"传入读取方法(命令行工具会这样做),或改为继承内置规则集(${list(p.defined)})。`,
  EXTENDS_UNREADABLE: (p) => `继承的文件"${p.ref}"无法读取${p.detail ? `(${p.detail})` : ''};请检查路径${p.from ? `(相对于 ${p.from})` : ''}。`,
  EXTENDS_OUTSIDE: (p) => `继承的文件"${p.ref}"在规则集可以继承的文件夹(${p.folder})之外;请把它复制到该文件夹,或用 allow 选项允许它所在的文件夹。`,
  EXTENDS_TOO_DEEP: (p) => `继承链超过了 ${p.limit} 层(${p.chain} → …);请减少继承的层数。`,
  EXTENDS_CYCLE: (p) => `继承形成了循环:${p.chain};请删除其中一处 extends。`,
  EXTENDS_REPEATED: (p) => `第二次列出了"${p.ref}";请删除其中一个。`,
  COUNT_WITHOUT_AT_LEAST: () => 'count 只在"match: atLeast"时才会读取;请删除 count,或把 match 设为 atLeast。',
  COUNT_ABOVE_TERMS: (p) => `要求至少出现 ${p.count} 个词,但只列出了 ${p.distinct} 个不同的词,永远无法达标。`,
  PARTIAL_NOT_BELOW_TERMS: (p) => `partial 必须小于达标所需的 ${p.needed} 个词,否则永远不会判为部分达标。`,
  PARTIAL_NOT_BELOW_MIN: (p) => `partial 必须小于 min(${p.min}):达到这个长度的文字已经达标,永远不会判为部分达标。`,
  NOT_A_CONDITION: () => '应为一个条件:含 all、any 或 not 之一的映射,或含 fact、operator、value 的叶子条件。',
  SHARED_CONDITION: () => '引用了共享条件,但规则集中不能定义共享条件;请把条件直接写在这里,或用 appliesTo 依赖另一项要求。',
  BRANCHES_COMBINED: (p) => `同一层里同时写了 ${list(p.branches)};请改为嵌套,例如"{ all: [ { any: [...] }, … ] }"。`,
  NOT_A_CONDITION_LIST: () => '应为条件的列表。',
  EMPTY_BRANCH: (p) => `是空列表,因此${p.op === 'all' ? '总是通过' : '永远不会通过'};请至少列出一个条件。`,
  LEAF_KEY_MISSING: (p) => `缺少必需的键"${p.key}":叶子条件需要 fact、operator 和 value。`,
  UNKNOWN_FACT: (p) =>
    `引用的事实"${p.fact}"在引擎中不存在${p.suggestion ? `;是不是"${p.suggestion}"?` : `;可用的事实:${list(p.defined)}。`}${
      p.meta ? `要读取报告的 ${p.fact},请写"fact: meta, path: $.${p.fact}"。` : ''
    }`,
  NOT_DECORATOR: () => '用了"not:"修饰符:事实无法测得时它会判为通过;请改用 notEqual、notIn、doesNotContain 或 not 块,它们在无法测得时判为不通过。',
  UNKNOWN_DECORATOR: (p) => `运算符修饰符"${p.decorator}"不存在${p.suggestion ? `;是不是"${p.suggestion}"?` : `;可用的修饰符:${list(p.defined)}。`}`,
  UNKNOWN_OPERATOR: (p) => `运算符"${p.operator}"引擎不认识${p.suggestion ? `;是不是"${p.suggestion}"?` : `;可用的运算符:${list(p.defined)}。`}`,
  OPERATOR_NOT_TEXT: (p) => `应为运算符的名称(${list(p.defined)} 之一)。`,
  MATCHES_NOT_TEXT: () => 'matches 运算符的值应为正则表达式(一段文字)。',
  META_PARAMS: () => 'meta 事实不读取 params;请删除。',
  META_PATH_MISSING: (p) => `需要写明 meta 事实中的路径(${list(p.paths)} 之一)。`,
  BAD_JSON_PATH: () => '应为以 $ 开头的 JSONPath,例如 $.found、$.year。',
  PARAMS_MISSING: (p) => `需要 params:即 ${p.kind} 检查的选项,${p.kind === 'section' ? '例如"{ slot: plan }"' : '写法与 check 下相同'}。`,
  WAIVERS_EMPTY: () => '豁免文件是空的;请写"waivers:",下面逐条列出"{ requirement, justification, expires? }"。',
  WAIVER_DATE: (p) => `"${p.value}"不是有效的日期;请按 YYYY-MM-DD 写出豁免生效的最后一天。`,
  WAIVER_REPEATED: (p) => `第二次豁免"${p.id}"(第一次在 waivers[${p.first}]);每项要求只保留一条豁免。`,
  WAIVER_UNKNOWN_REQUIREMENT: (p) =>
    `豁免的要求"${p.id}"在规则集"${p.ruleSet}"中不存在${p.suggestion ? `;是不是"${p.suggestion}"?` : p.defined ? `;现有的要求:${list(p.defined)}。` : '。'}请改正 id,或删除这条豁免。`,
};
