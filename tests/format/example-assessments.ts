/**
 * Real assessments for formatter tests: every bundled example report (examples/reports) through assess()
 * with the built-in rule set, plus one unreadable file as the CLI passes it. Computed once per test file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assess, loadRuleSet } from '../../src/index.js';
import type { BatchEntry, ReportError } from '../../src/format/format-types.js';
import type { Assessment } from '../../src/types.js';

const dir = path.resolve(import.meta.dirname, '../../examples/reports');

/** The example report files, sorted. */
export const EXAMPLE_FILES = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

let cached: Promise<Assessment[]> | undefined;

/** One assessment per example report, in file order, named `examples/reports/<file>`. */
export function exampleAssessments(): Promise<Assessment[]> {
  cached ??= (async () => {
    const ruleSet = loadRuleSet('fzzf-annual-report');
    const out: Assessment[] = [];
    for (const file of EXAMPLE_FILES) {
      out.push(await assess(readFileSync(path.join(dir, file), 'utf8'), ruleSet, { name: `examples/reports/${file}` }));
    }
    return out;
  })();
  return cached;
}

/** An unreadable file, as the CLI passes it to the formatters. */
export const UNREADABLE: ReportError = {
  file: 'inbox/扫描件.pdf',
  status: 'error',
  code: 'INPUT_UNSUPPORTED',
  message: '无法读取 inbox/扫描件.pdf:不支持的文件格式(PDF 扫描件)',
};

/** The examples followed by the unreadable file: a batch as the CLI sees it. */
export async function exampleBatch(): Promise<BatchEntry[]> {
  return [...(await exampleAssessments()), UNREADABLE];
}
