/**
 * English: complete, so an office that works in English, or a developer reading logs, loses nothing.
 */
import type { CliMessages } from './types.js';

const list = (items: readonly string[]): string => items.join(', ');
const fileOf = (file: string | null): string => file ?? '(input)';

const errors: CliMessages['errors'] = {
  INPUT_EMPTY: ({ file }) =>
    `the report ${fileOf(file)} is empty: there is no text to check. Make sure the body was not lost when it was exported or copied.`,
  INPUT_INVALID: ({ file, detail }) => `cannot read the report ${fileOf(file)}: ${detail}`,
  INPUT_ENCODING: ({ file, detail }) =>
    `cannot tell the text encoding of the report ${fileOf(file)}: ${detail}`,
  INPUT_TOO_LARGE: ({ file, detail }) => `the report ${fileOf(file)} is too large to check: ${detail}`,
  INPUT_UNSUPPORTED: ({ file, detail }) =>
    `the file format of the report ${fileOf(file)} is not supported: ${detail}`,
  INPUT_NOT_FOUND: ({ file }) =>
    `cannot find the report file ${fileOf(file)}. Check the path and the file name.`,
  YAML_SYNTAX: ({ detail }) => `the rule set is not valid YAML: ${detail}`,
  RULESET_SCHEMA: ({ detail }) => `the rule set does not follow the rule-set format: ${detail}`,
  RULESET_INVALID: ({ detail }) => `the rule set cannot be used: ${detail}`,
  UNKNOWN_RULESET: ({ detail }) => `unknown rule set: ${detail}`,
  UNKNOWN_FORMAT: ({ detail }) => `unknown output format: ${detail}`,
  USAGE: ({ detail }) => `usage error: ${detail}`,
  ENGINE_FAILURE: ({ file, detail }) =>
    `the rule engine failed while checking ${fileOf(file)}: ${detail}. This is a bug in this tool; please report it with the report file.`,
  INPUT_DIRECTORY: ({ file }) =>
    `${file} is a folder, not a report file. List the files to check, e.g. ${file.replace(/[\\/]+$/, '')}/*.txt.`,
  INPUT_NOT_UTF8: ({ file }) =>
    `the report file ${file} is not UTF-8 text and cannot be read. Save it as UTF-8 text ("Save as…") and check it again.`,
  INPUT_UNREADABLE: ({ file, detail }) =>
    `cannot read the report file ${file} (${detail}). Check that it exists and that you may read it.`,
  RULES_NOT_FOUND: ({ value, known }) =>
    `cannot find the rule-set file ${value}. --rules takes the path of a rule-set YAML file or a built-in rule-set id (${list(known)}).`,
  RULES_UNKNOWN: ({ value, known }) =>
    `unknown rule set "${value}": there is no such file and no such built-in rule set. Built-in rule sets: ${list(known)}.`,
  RULES_DIRECTORY: ({ value }) =>
    `the --rules value ${value} is a folder. Give the path of a rule-set YAML file or a built-in rule-set id.`,
  RULES_UNREADABLE: ({ value, detail }) =>
    `cannot read the rule-set file ${value} (${detail}). Check its permissions and that it is UTF-8 YAML text.`,
  RULESET_PROBLEMS: ({ source, count }) =>
    `the rule set ${source} has ${count} ${count === 1 ? 'problem' : 'problems'} and cannot be used. Fix each one and try again:`,
  FORMAT_UNKNOWN: ({ name, known }) => `unknown output format "${name}". Known formats: ${list(known)}.`,
  BAD_MIN_SCORE: ({ value }) =>
    `invalid --min-score "${value}": give a number from 0 to 100, the percentage a report needs to pass.`,
  BAD_FAIL_ON: ({ value, known }) => `invalid --fail-on "${value}": give one of ${list(known)}.`,
  BAD_LOCALE: ({ value, known }) => `invalid --locale "${value}": give one of ${list(known)}.`,
  UNKNOWN_OPTION: ({ option }) => `unknown option ${option}.`,
  UNKNOWN_COMMAND: ({ command }) => `unknown command ${command}. The only command is check.`,
  MISSING_FILES: () => `no report files to check.`,
  MISSING_OPTION_VALUE: ({ option }) => `the option ${option} needs a value.`,
  USAGE_OTHER: ({ detail }) => `invalid command line: ${detail}`,
  INTERNAL: ({ detail }) =>
    `internal error: ${detail}. This is a bug in this tool; please report the command and the input files.`,
};

const help = (version: string): string => `compliance-checklist ${version}
Checks 法治政府建设年度报告 (annual rule-of-law government reports) against a rule set: score, grade,
one finding per requirement with evidence, and what to add to close each gap.

Usage:
  compliance-checklist check <files…> [options]

Options:
  -r, --rules <id|path>   rule set: a built-in id or the path of a YAML file (default fzzf-annual-report)
  -f, --format <name>     output format: stylish (default, for people) or json (for programs)
      --min-score <N>     a report scoring below N percent (0–100) falls short
      --fail-on <level>   a report with a gap of this severity or higher falls short:
                          error (default), warning, none
      --locale <locale>   language of the interface and the findings: zh-CN (default) or en
      --no-color          do not use colours
  -h, --help              show this help
  -v, --version           show the version

Exit codes:
  0  every report passes
  1  a report falls short: below the rule set's pass mark, below --min-score, or a gap at --fail-on
  2  the command line, a report file or the rule set is wrong (explained on standard error)

Examples:
  compliance-checklist check report-2023.txt --locale en
  compliance-checklist check reports/*.txt --format json --min-score 60 > results.json
`;

/** The en catalogue. */
export const en: CliMessages = {
  errors,
  usageHint: 'Run compliance-checklist check --help for usage.',
  skipped: (failed, total) =>
    `${failed} of ${total} files could not be checked; see the messages above.`,
  help,
  stylish: {
    status: { met: 'met', partial: 'partial', missing: 'missing', unknown: 'unknown', 'not-applicable': 'n/a' },
    severity: { error: 'error', warning: 'warning', info: 'info' },
    level: { province: 'province', city: 'city', county: 'county', township: 'township', department: 'department' },
    none: '—',
    untitled: '(no title found)',
    labels: { year: 'year', issuer: 'issuer', level: 'level', published: 'published', signed: 'signed' },
    score: (score, max, percent) => `score ${score}/${max} (${percent}%)`,
    grade: (grade) => `grade ${grade}`,
    passed: 'passed',
    failed: 'failed',
    ruleSet: (id, version, model) => `rule set ${id} ${version} · scoring ${model}`,
    unknownCount: (count) => `${count} could not be judged, scored 0`,
    line: (line) => `line ${line}`,
    section: (heading) => `[${heading}]`,
    preamble: 'opening',
    quote: (text) => `"${text}"`,
    moreEvidence: (count) => `(${count} more)`,
    fix: (fix) => `add: ${fix}`,
    gain: (points) => `(+${points} points)`,
    basis: (basis) => `basis: ${basis}`,
    outOfScore: 'not counted in the score',
    summary: (total, passed, failed, average) =>
      `${total} reports: ${passed} passed, ${failed} failed; average ${average}%`,
  },
};
