/**
 * The same report in every container gives the same findings: each real report as GBK, GB18030 and
 * UTF-16 bytes, a web page with site chrome, a Word .docx, Markdown and a PDF-style copy is assessed
 * and its requirement statuses compared with those of the plain UTF-8 text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assess, loadRuleSet, readInput } from '../../src/index.js';
import type { Assessment } from '../../src/index.js';
import { toDocx, toGb18030, toGbk, toHtmlPage, toMarkdown, toPdfCopy, toUtf16be, toUtf16le } from '../support/convert.js';

const seeds = path.resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const fixtures = path.resolve(import.meta.dirname, '../fixtures/reports');
const files = [
  ...(existsSync(seeds) ? readdirSync(seeds).map((f) => path.join(seeds, f)) : []),
  ...['layout-own-line-headings.txt', 'layout-run-in-headings.txt', 'layout-part-numbering.txt', 'causes-analysed-met.txt'].map((f) => path.join(fixtures, f)),
];
if (!existsSync(seeds)) console.warn(`equivalence: ${seeds} is absent; only the project's own fixtures are converted`);

const ruleSet = loadRuleSet('fzzf-annual-report');
const statuses = (a: Assessment) => Object.fromEntries(a.findings.map((f) => [f.requirement, f.status]));

type Convert = (text: string) => Promise<Uint8Array | string> | Uint8Array | string;
const containers: Array<[string, Convert, string]> = [
  ['GBK', toGbk, 'report.txt'],
  ['GB18030', toGb18030, 'report.txt'],
  ['UTF-16LE with BOM', toUtf16le, 'report.txt'],
  ['UTF-16BE with BOM', toUtf16be, 'report.txt'],
  ['an HTML page with site chrome', (t) => toHtmlPage(t), 'report.html'],
  ['a Word .docx', toDocx, 'report.docx'],
  ['Markdown', toMarkdown, 'report.md'],
  ['a PDF-style copy', toPdfCopy, 'report.txt'],
];

describe.each(files)('%s', (file) => {
  const text = readFileSync(file, 'utf8');
  let plain: Record<string, string>;
  beforeAll(async () => {
    plain = statuses(await assess(text, ruleSet, { name: file }));
  });

  it.each(containers)('as %s gives the same statuses', async (_name, convert, name) => {
    const input = await convert(text);
    const extracted = await readInput(typeof input === 'string' ? new TextEncoder().encode(input) : input, { name });
    const got = statuses(await assess(extracted, ruleSet, { name }));
    expect(got).toEqual(plain);
  });
});
