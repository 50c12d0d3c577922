/**
 * Every rule-set and waivers problem code, each from a real bad file in fixtures/problems/ (one per
 * code, named for it): the library gives the problem that code, every problem it finds carries one,
 * and the CLI says it entirely in Chinese by default and in English with --locale en.
 */
import { describe, expect, it } from 'vitest';
import { isRuleSetError, PROBLEM_KEYS, type ProblemKey, type RuleSetProblem } from '../../src/errors.js';
import { runCli } from '../../src/cli/run-cli.js';
import { loadRules } from '../../src/cli/load-rules.js';
import { loadRuleSet, parseWaivers } from '../../src/index.js';
import { enProblems } from '../../src/messages/problems/en.js';
import { zhCNProblems } from '../../src/messages/problems/zh-CN.js';
import { RULE_SET_SCHEMA } from '../../src/rules/schema.js';
import { WAIVERS_SCHEMA } from '../../src/rules/waivers.js';
import { applyWaivers } from '../../src/score/waivers.js';
import { fixtureFiles, fixtureIo } from './fixture-files.js';

/** Codes without a fixture here, and why. */
const NO_FIXTURE: Partial<Record<ProblemKey, string>> = {
  NOT_CONSTANT: 'no file reaches it: the only `const` in the schema sits inside an if (match: atLeast), whose failure is not reported',
  YAML_UNREADABLE: 'no file reaches it: yaml turns every document it parses into data unless an alias limit is passed (YAML_ALIASES)',
  EXTENDS_NO_RESOLVER: 'library only: the CLI always reads the files a rule set extends (tests/rules/extends-errors.test.ts)',
  NOT_VALID: 'no file reaches it: the fallback for a schema keyword the rule-set and waivers schemas do not use (each keyword they use has its own code)',
  EXTENDS_TOO_DEEP: 'needs a chain of 32 files (tests/rules/hostile-yaml.test.ts builds one)',
};

const REPORT = 'city/report-late.txt';
const fixtureOf = (key: ProblemKey) => Object.keys(fixtureFiles).find((f) => f === `problems/${key}.yaml` || f === `problems/${key}.waivers.yaml`);
const isWaivers = (file: string) => file.endsWith('.waivers.yaml');

/**
 * The problems the library finds in a fixture: a rule set's, read as `check --rules` reads it (with
 * the files it extends), or a waivers file's against the default rule set.
 */
async function problemsOf(file: string): Promise<RuleSetProblem[]> {
  try {
    if (isWaivers(file)) applyWaivers([], loadRuleSet('fzzf-annual-report'), parseWaivers(fixtureFiles[file] as string, { name: file }), '2025-03-01');
    else await loadRules(fixtureIo(), file);
  } catch (error) {
    if (isRuleSetError(error)) return error.problems;
    throw error;
  }
  return [];
}

async function run(file: string, locale: 'zh-CN' | 'en') {
  const io = fixtureIo();
  const argv = isWaivers(file) ? ['check', REPORT, '--waivers', file] : ['rules', 'validate', file];
  const code = await runCli([...argv, '--locale', locale], io);
  // Problems go to stdout from rules validate (they are its result), to stderr from check.
  return { code, text: isWaivers(file) ? io.err : io.out };
}

/** The message part of each problem line (`file:line:col CODE path message`). */
const messagesIn = (text: string, file: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith(`${file}:`) || l.startsWith(`${file} `))
    .map((l) => l.split(' ').slice(l.startsWith(`${file}:`) ? 3 : 2).join(' '));

/** Two Latin words in a row outside quotes is an English sentence; ids, codes and quoted YAML stay Latin. */
const ENGLISH = /[A-Za-z]{2,}[\s,;:]+[A-Za-z]{2,}/;
const withoutQuotes = (m: string) => m.replace(/"[^"]*"/g, '""');

const REACHABLE = PROBLEM_KEYS.filter((k) => !(k in NO_FIXTURE));

describe('problem codes: the catalogues', () => {
  it.each(PROBLEM_KEYS)('%s has a zh-CN and an en message', (key) => {
    const params = { id: 'x', key: 'x', slot: 'x', role: 'x', pattern: 'x', limit: 1, type: 'string', allowed: 'a, b', defined: 'a, b', kinds: 'a, b', name: 'done', keyword: 'not', keys: 'a, b', branches: 'all, any', count: 2, distinct: 1, needed: 1, min: 1 };
    expect(zhCNProblems[key]?.(params)).toMatch(/[\u4e00-\u9fff]/);
    expect(enProblems[key]?.(params)).toMatch(/[a-z]{2,} [a-z]{2,}/);
  });

  it.each([
    ['a waiver expiry', WAIVERS_SCHEMA.properties.waivers.items.properties.expires.pattern, 'YYYY-MM-DD'],
    ['a version', RULE_SET_SCHEMA.properties.version.pattern, '1.0.0'],
    ['a rule-set id', RULE_SET_SCHEMA.properties.id.pattern, '小写字母、数字和连字符'],
  ])('says what the pattern of %s asks for, and only that', (_name, pattern, meaning) => {
    const said = zhCNProblems.BAD_PATTERN({ pattern });
    expect(said).toContain(meaning);
    expect([said.includes('YYYY-MM-DD'), said.includes('1.0.0'), said.includes('连字符')].filter(Boolean)).toHaveLength(1);
  });

  it('has a fixture for every code that a file can reach, and none for a code that does not exist', () => {
    const fixtures = Object.keys(fixtureFiles)
      .filter((f) => f.startsWith('problems/'))
      .map((f) => f.replace(/^problems\//, '').replace(/(\.waivers)?\.yaml$/, ''))
      .sort();
    expect(fixtures).toEqual([...REACHABLE].sort());
  });
});

describe.each(REACHABLE)('problem code %s', (key) => {
  const file = fixtureOf(key) as string;

  it('is what the library calls the mistake, and every problem in the file has a code', async () => {
    const problems = await problemsOf(file);
    expect(problems.map((p) => p.key)).toContain(key);
    expect(problems.filter((p) => p.key === undefined).map((p) => p.message)).toEqual([]);
  });

  it('is said entirely in Chinese by default, in the catalogue’s words', async () => {
    const { code, text } = await run(file, 'zh-CN');
    expect(code).toBe(2);
    const problem = (await problemsOf(file)).find((p) => p.key === key) as RuleSetProblem;
    expect(text).toContain(zhCNProblems[key](problem.params ?? {}));
    const messages = messagesIn(text, file);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(withoutQuotes(m)).not.toMatch(ENGLISH);
  });

  it('is said in English with --locale en, as the library words it', async () => {
    const { code, text } = await run(file, 'en');
    expect(code).toBe(2);
    const problem = (await problemsOf(file)).find((p) => p.key === key) as RuleSetProblem;
    expect(text).toContain(problem.message);
  });
});
