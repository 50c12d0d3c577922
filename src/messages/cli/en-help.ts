/**
 * English `--help` texts: the program's (which is also check's), and one per rule-set command.
 */
import type { HelpMessages, OptionHelp } from './types.js';

const main = (version: string, options: string): string => `compliance-checklist ${version}
Checks 法治政府建设年度报告 (annual rule-of-law government reports) against a rule set: score, grade,
one finding per requirement with evidence, and what to add to close each gap.

Usage:
  compliance-checklist check <files…> [options]      check reports
  compliance-checklist rules list                    list the built-in rule sets
  compliance-checklist rules show <id|path>          show a rule set: scoring, slots and requirements
  compliance-checklist rules validate <files…>       validate rule-set files: every problem, with line and column
  compliance-checklist explain <requirement-id>      what a requirement checks, its basis, how to meet it
  Usage of each command: compliance-checklist <command> --help, e.g. compliance-checklist rules show --help
  A file named - is read from standard input (once at most), e.g. … | compliance-checklist check -

Supported reports (format and encoding are detected):
  text .txt               UTF-8 (with or without BOM), GBK/GB18030, UTF-16; Big5 with --encoding big5
  web page .html          a page saved from a government site: the body only, without navigation,
                          columns and footers; its title and publication date are read
  Word .docx              heading styles become outline levels, tables become text;
                          save an old .doc as .docx in Word/WPS first
  Markdown .md            # headings become outline levels
  text copied from a PDF  broken lines are joined, page numbers and running headers dropped;
                          a PDF file itself must be copied or exported as text first
  JSON .json              a report already split into sections:
                          { title, meta?, sections: [{ heading, text, sections? }] }
  Reports in traditional characters are matched as simplified; quotes keep the original characters.

Options of check:
${options}
  -h, --help                show this help
  -v, --version             show the version

Exit codes:
  0  every report passes; with --no-exit or --fail-on never, whenever there are results (even when
     reports fail or files cannot be read)
  1  a report fails: below the rule set's pass mark (or --min-score), a gap at --fail-on severity,
     or more warning gaps than --max-warnings
  2  the command line, a report file, the rule set, the waivers or an output file are wrong (explained
     on standard error); a file that cannot be read is an entry of its own, the others are still checked
     (with --no-exit an unreadable file does not change the exit code; command-line, rule-set, waiver,
     output and internal errors still exit 2)
  130  stopped by Ctrl-C: what was finished stays whole; files written at the end (json) are not written

Examples:
  compliance-checklist check report-2023.txt --locale en
  compliance-checklist check report.docx page.html --format json --include-text > results.json
  compliance-checklist check old-report.txt --encoding gbk
  compliance-checklist check reports/ --rules city.yaml --waivers waivers.yaml
  compliance-checklist check reports/ --format json -o results.json --format stylish
  compliance-checklist explain shortcoming-causes --locale en
`;

const rules = (): string => `Usage: compliance-checklist rules <subcommand> [options]

Subcommands:
  list                    list the built-in rule sets: id, title, version, number of requirements
  show <id|path>          show a rule set: extends chain, scoring, pass mark, grades, slots, requirements
  validate <files…>       validate rule-set files: every problem as file:line:col CODE path message

Usage of each subcommand: compliance-checklist rules <subcommand> --help
`;

const rulesList = (options: string): string => `Usage: compliance-checklist rules list [options]
Lists the built-in rule sets: id, version, number of requirements and title.

Options:
${options}
  -h, --help                show this help

Exit codes: 0 success; 2 a usage error, or a built-in rule set cannot be loaded
`;

const rulesShow = (options: string): string => `Usage: compliance-checklist rules show <id|path> [options]
Shows a rule set: title, version, extends chain, scoring model, pass mark, grades, outline slots (with
their heading patterns), and each requirement's id, title, severity, weight, partial credit, check
kind, legal basis and fix. <id|path> is a built-in id or the path of a rule-set YAML file (relative
paths in its extends are read relative to that file).

Options:
${options}
  -h, --help                show this help

Exit codes: 0 success; 2 a usage error, or the rule set cannot be found or has problems

Examples:
  compliance-checklist rules show fzzf-annual-report --locale en
  compliance-checklist rules show city.yaml --format json
`;

const rulesValidate = (options: string): string => `Usage: compliance-checklist rules validate <files…> [options]
Validates rule-set files (with the files they extend) and lists every problem at once, each as
file:line:col, a problem code, the path and a message, with the source line and a ^ under the place;
a valid file gets "✔ file: N requirements, valid".

Options:
${options}
  -h, --help                show this help

Exit codes: 0 every file is valid; 2 a file is invalid or cannot be read

Examples:
  compliance-checklist rules validate city.yaml county.yaml
`;

const explain = (options: string): string => `Usage: compliance-checklist explain <requirement-id> [options]
Explains a requirement: what it checks (the section it looks for and by which headings, the terms
it looks for), its severity, weight, partial credit, legal basis, why it matters and how to meet it.

Options:
${options}
  -h, --help                show this help

Exit codes: 0 success; 2 no such requirement (the closest id is suggested), or a usage or rule-set error

Examples:
  compliance-checklist explain shortcoming-causes --locale en
  compliance-checklist explain review-cases --rules city.yaml
`;

const options: OptionHelp = {
  rules: 'rule set: a built-in id or the path of a YAML file;\nrelative paths in its extends are read relative to that file',
  waivers: 'waivers (YAML): waived requirements leave the score, with their justification\nand expiry; an expired waiver no longer applies',
  format: 'output format; give several, each with its own -o',
  output: 'write the --format before it to this file (through a temporary file renamed at the\nend, so a stopped run never leaves half a file)',
  ignore: 'skip matching files or folders (repeatable; .checklistignore in the current\nfolder too); hidden files, desktop.ini, Thumbs.db and Office lock files (~$*.docx)\nare always skipped',
  minScore: 'a report scoring below N percent (0–100) fails, in place of the rule set\'s pass mark',
  failOn: 'a report with a gap of this severity or higher fails; none: no gap fails a report;\nnever: report only, as --no-exit',
  maxWarnings: 'a report with more than N warning gaps fails',
  noExit: 'report only: exit 0 whenever there are results, even when reports fail or files\ncannot be read (command-line, rule-set, waiver and output errors still exit 2)',
  locale: 'language of the interface and the findings',
  encoding: 'read reports in this encoding instead of detecting it',
  inputFormat: 'read reports as this format instead of detecting it',
  maxSize: 'refuse report files larger than this, e.g. 50MB, 500KB or a number of\nbytes (1MB = 1024KB)',
  jobs: 'threads checking the files: 1, the main thread alone; n, it and n − 1\nworker threads; auto: 2 for 5000 files or more while a core is idle, else 1',
  includeText: '(json only) add each report\'s extracted text under "source": the text that\nevidence line numbers refer to (for web pages and Word files)',
  quiet: 'no progress bar and no summary on standard error (problems are still reported)',
  noColor: 'do not use colours',
  ruleSetFormat: 'output format: stylish for people, json for programs',
  ruleSetLocale: 'language of the interface and of what is shown (rule-set texts, problems)',
  explainRules: 'look in this rule set: a built-in id or the path of a YAML file',
};

const placeholders: HelpMessages['placeholders'] = {
  rules: 'id|path',
  file: 'file',
  format: 'format',
  glob: 'glob',
  number: 'N',
  level: 'level',
  locale: 'locale',
  encoding: 'name',
  size: 'size',
  jobs: 'n|auto',
};

const choices = (values: readonly string[], defaultValue: string | undefined): string =>
  `one of: ${values.map((v) => (v === defaultValue ? `${v} (default)` : v)).join(', ')}`;
const defaultValue = (value: string): string => `default ${value}`;

/** The en help texts. */
export const enHelp: HelpMessages = { main, options, placeholders, choices, defaultValue, rules, rulesList, rulesShow, rulesValidate, explain };
