/**
 * English: complete, so an office that works in English, or a developer reading logs, loses nothing.
 */
import { enHelp } from './en-help.js';
import { enRules } from './en-rules.js';
import { formatSize } from './format-size.js';
import type { ScoringModel } from '../../types.js';
import type { CliMessages } from './types.js';

const list = (items: readonly string[]): string => items.join(', ');
const fileOf = (file: string | null): string => file ?? '(input)';

/** An error's own explanation, without a closing full stop, to quote in brackets. */
const reason = (detail: string): string => detail.replace(/[.。]\s*$/, '');

/** Messages about report files that cannot be read: which file, what is wrong, what to do. */
const inputErrors = {
  INPUT_EMPTY: ({ file }) =>
    `the report ${fileOf(file)} has no text to check (the file is empty, or the web page or Word file has no body text). Make sure the body was not lost when it was exported, saved or copied.`,
  INPUT_INVALID: ({ file, detail }) =>
    `cannot read the report ${fileOf(file)}: its content is malformed, damaged or incomplete (${reason(detail)}). Make sure the download or copy was not cut short; open a Word file in Word/WPS and save it again as .docx, then check it again.`,
  INPUT_ENCODING: ({ file, detail }) =>
    `cannot tell the text encoding of the report ${fileOf(file)}: it is not UTF-8, GBK/GB18030 or UTF-16 text (the encodings detected), or not a text file at all (${reason(detail)}). Save it as UTF-8 or GBK text and check it again, or name its encoding with --encoding, e.g. --encoding big5.`,
  INPUT_TOO_LARGE: ({ file, detail, limit }) =>
    `the report ${fileOf(file)} is larger than the size limit${limit === undefined ? ` (${reason(detail)})` : ` of ${formatSize(limit)}`}. A report is rarely over 1MB: check that this is the right file; to check a larger one, raise the limit with --max-size, e.g. --max-size 50MB.`,
  INPUT_UNSUPPORTED: ({ file, detail }) =>
    `cannot check the report ${fileOf(file)}: ${reason(detail)}. Reports can be text (.txt), web pages (.html), Word (.docx), Markdown (.md), text copied from a PDF, or JSON reports.`,
  INPUT_NOT_IN_ENCODING: ({ file, encoding, detail }) =>
    `the report ${file} is not ${encoding} text, the encoding named with --encoding (${reason(detail)}). Check the file's real encoding and name that one, or drop --encoding to have it detected.`,
} satisfies Partial<CliMessages['errors']>;

const errors: CliMessages['errors'] = {
  ...inputErrors,
  INPUT_NOT_FOUND: ({ file }) =>
    `cannot find the report file ${fileOf(file)}. Check the path and the file name.`,
  YAML_SYNTAX: ({ detail }) => `the rule set is not valid YAML: ${detail}`,
  RULESET_SCHEMA: ({ detail }) => `the rule set does not follow the rule-set format: ${detail}`,
  RULESET_INVALID: ({ detail }) => `the rule set cannot be used: ${detail}`,
  WAIVER_INVALID: ({ detail }) => `the waivers cannot be used: ${detail}`,
  UNKNOWN_RULESET: ({ detail }) => `unknown rule set: ${detail}`,
  UNKNOWN_FORMAT: ({ detail }) => `unknown output format: ${detail}`,
  USAGE: ({ detail }) => `usage error: ${detail}`,
  ENGINE_FAILURE: ({ file, detail }) =>
    `the rule engine failed while checking ${fileOf(file)}: ${detail}. This is a bug in this tool; please report it with the report file.`,
  INPUT_DIRECTORY: ({ file }) =>
    `${file} is a folder, not a report file. List the files to check, e.g. ${file.replace(/[\\/]+$/, '')}/*.txt.`,
  INPUT_NO_REPORTS: ({ file, skipped }) =>
    `${file} holds no report file to check${skipped > 0 ? ` (${skipped} hidden, system, lock or ignored files were left out)` : ''}. Check the path or the pattern.`,
  INPUT_UNREADABLE: ({ file, detail }) =>
    `cannot read the report file ${file} (${detail}). Check that it exists and that you may read it.`,
  RULES_NOT_FOUND: ({ value, known }) =>
    `cannot find the rule-set file ${value}. Give the path of a rule-set YAML file or a built-in rule-set id (${list(known)}).`,
  RULES_UNKNOWN: ({ value, known }) =>
    `unknown rule set "${value}": there is no such file and no such built-in rule set. Built-in rule sets: ${list(known)}.`,
  RULES_DIRECTORY: ({ value }) =>
    `the --rules value ${value} is a folder. Give the path of a rule-set YAML file or a built-in rule-set id.`,
  RULES_UNREADABLE: ({ value, detail }) =>
    `cannot read the rule-set file ${value} (${detail}). Check its permissions and that it is UTF-8 YAML text.`,
  RULESET_PROBLEMS: ({ source, count }) =>
    `the rule set ${source} has ${count} ${count === 1 ? 'problem' : 'problems'} and cannot be used. Fix each one and try again:`,
  WAIVERS_NOT_FOUND: ({ value }) => `cannot find the waivers file ${value}. --waivers takes the path of a waivers YAML file.`,
  WAIVERS_DIRECTORY: ({ value }) => `the --waivers value ${value} is a folder. Give the path of a waivers YAML file.`,
  WAIVERS_UNREADABLE: ({ value, detail }) =>
    `cannot read the waivers file ${value} (${detail}). Check its permissions and that it is UTF-8 YAML text.`,
  WAIVERS_PROBLEMS: ({ source, count }) =>
    `the waivers ${source} have ${count} ${count === 1 ? 'problem' : 'problems'} and cannot be used. Fix each one and try again:`,
  UNKNOWN_REQUIREMENT: ({ id, ruleSet, suggestion, known }) =>
    `the rule set ${ruleSet} has no requirement "${id}". ${suggestion ? `Did you mean "${suggestion}"?` : `Its requirements: ${list(known)}.`} Run compliance-checklist rules show ${ruleSet} to see them all.`,
  FORMAT_UNKNOWN: ({ name, known }) => `unknown output format "${name}". Known formats: ${list(known)}.`,
  OUTPUT_WITHOUT_FORMAT: ({ file }) =>
    `-o ${file} has no --format of its own: write each -o/--output after its format, e.g. --format json -o results.json --format html -o report.html.`,
  OUTPUT_STDOUT_TWICE: ({ formats }) =>
    `the formats ${list(formats)} have no -o/--output and cannot share standard output: give all but one of them a file.`,
  OUTPUT_FILE_TWICE: ({ file }) => `the output file ${file} is given twice: give each format its own file.`,
  OUTPUT_UNWRITABLE: ({ file, detail }) => `cannot write the output file ${file} (${detail}). Check that its folder exists and can be written to.`,
  BAD_MIN_SCORE: ({ value }) =>
    `invalid --min-score "${value}": give a number from 0 to 100, the percentage a report needs to pass.`,
  BAD_FAIL_ON: ({ value, known }) => `invalid --fail-on "${value}": give one of ${list(known)}.`,
  BAD_MAX_WARNINGS: ({ value }) => `invalid --max-warnings "${value}": give 0 or a whole number, the most warning-severity gaps a report may have.`,
  BAD_LOCALE: ({ value, known }) => `invalid --locale "${value}": give one of ${list(known)}.`,
  BAD_ENCODING: ({ value, known }) => `invalid --encoding "${value}": give an encoding name such as ${list(known)}.`,
  BAD_INPUT_FORMAT: ({ value, known }) => `invalid --input-format "${value}": give one of ${list(known)}.`,
  BAD_MAX_SIZE: ({ value }) =>
    `invalid --max-size "${value}": give a size above 0, such as 20MB, 500KB, or a number of bytes like 1048576.`,
  BAD_JOBS: ({ value, max }) => `invalid --jobs "${value}": give auto, or a whole number of worker threads from 1 to ${max}.`,
  TEXT_NEEDS_JSON: ({ format }) =>
    `--include-text only works with --format json (not ${format}): the extracted text goes into the JSON results.`,
  STDIN_TWICE: () => `"-" (read standard input) can be given only once.`,
  UNKNOWN_OPTION: ({ option }) => `unknown option ${option}.`,
  UNKNOWN_COMMAND: ({ command }) => `unknown command ${command}. Commands: check, rules list, rules show, rules validate, explain.`,
  MISSING_FILES: () => `no report files to check.`,
  MISSING_RULE_SET: () => `no rule set to show: give a built-in rule-set id or the path of a rule-set YAML file.`,
  MISSING_RULE_FILES: () => `no rule-set files to validate.`,
  MISSING_REQUIREMENT: () => `no requirement id to explain, e.g. shortcoming-causes.`,
  MISSING_OPTION_VALUE: ({ option }) => `the option ${option} needs a value.`,
  USAGE_OTHER: ({ detail }) => `invalid command line: ${detail}`,
  INTERNAL: ({ detail }) =>
    `internal error: ${detail}. This is a bug in this tool; please report the command and the input files.`,
};

/** The en catalogue. */
export const en: CliMessages = {
  errors,
  usageHint: (command) => `Run compliance-checklist ${command ? `${command} ` : ''}--help for usage.`,
  progress: 'Checking {bar} {value}/{total} reports · {rate}/s · ETA {eta_formatted}',
  interrupted: (done, total) => `interrupted: ${done} of ${total} files checked; the results so far have been written.`,
  summary: {
    totals: (files, checked, passed, failed, unreadable, skipped) =>
      `${files} files: ${checked} checked, ${passed} passed, ${failed} failed, ${unreadable} unreadable${skipped > 0 ? `; ${skipped} hidden, system, lock or ignored files skipped` : ''}`,
    grades: (counts) => `grades: ${counts.map((c) => `${c.grade} ${c.count}`).join(', ')}`,
    onTime: (onTime, judged, percent) => `published on time: ${onTime} of the ${judged} reports with a date that could be judged (${percent}%)`,
    topGaps: 'most common gaps:',
    gap: (title, count, percent) => `  ${title}: ${count} report${count === 1 ? '' : 's'} (${percent}%)`,
  },
  // The core words every problem in English already.
  problem: (p) => p.message,
  help: enHelp,
  rules: enRules,
  stylish: {
    status: { met: 'met', partial: 'partial', missing: 'missing', unknown: 'unknown', 'not-applicable': 'n/a', waived: 'waived' },
    severity: { error: 'error', warning: 'warning', info: 'info' },
    level: { province: 'province', city: 'city', county: 'county', township: 'township', department: 'department' },
    none: '—',
    untitled: '(no title found)',
    source: (format, encoding) => `format ${format}${encoding ? ` · encoding ${encoding}` : ''}`,
    labels: { year: 'year', issuer: 'issuer', level: 'level', published: 'published', signed: 'signed' },
    score: (score, max, percent) => `score ${score}/${max} (${percent}%)`,
    grade: (grade) => `grade ${grade}`,
    passed: 'passed',
    failed: 'failed',
    ruleSet: (id, version, model) => `rule set ${id} ${version} · scoring ${enRules.model[model as ScoringModel] ?? model}`,
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
    waiver: (justification, expires) => `waived: ${justification} (${expires ? `until ${expires}` : 'no end date'})`,
    waiverExpired: (justification, expires) => `the waiver expired on ${expires} and no longer applies (justification was: ${justification})`,
    waivedCount: (count) => `${count} waived`,
    expiredCount: (count) => `${count} ${count === 1 ? 'waiver' : 'waivers'} expired`,
    summary: (total, passed, failed, average) =>
      `${total} reports: ${passed} passed, ${failed} failed; average ${average}%`,
  },
};
