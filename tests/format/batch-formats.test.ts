/**
 * ndjson, junit, csv and markdown on the real assessments of the example reports plus an unreadable
 * file: each format accounts for every input, and its totals equal the json output's.
 */
import { parseDocument, DomUtils } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index.js';
import { formatCsv } from '../../src/format/format-csv.js';
import { formatJson } from '../../src/format/format-json.js';
import { formatJunit } from '../../src/format/format-junit.js';
import { formatMarkdown } from '../../src/format/format-markdown.js';
import { formatNdjson, formatNdjsonLine } from '../../src/format/format-ndjson.js';
import { getItemFormatter } from '../../src/format/index.js';
import type { BatchEntry } from '../../src/format/format-types.js';
import { coreMessages } from '../../src/messages/core/index.js';
import { exampleBatch, UNREADABLE } from './example-assessments.js';

const ruleSet = loadRuleSet('fzzf-annual-report');
const options = { locale: 'zh-CN' as const, ruleSet };

let batch: BatchEntry[];
let json: Array<Record<string, any>>;
const assessed = () => json.filter((e) => e.status !== 'error');
beforeAll(async () => {
  batch = await exampleBatch();
  json = JSON.parse(formatJson(batch, options));
});

describe('ndjson', () => {
  it('is the json array, one item per line, in input order', () => {
    const text = formatNdjson(batch, options);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(json);
  });

  it('is the concatenation of its per-item lines, which the registry hands to the CLI', () => {
    expect(getItemFormatter('ndjson')).toBe(formatNdjsonLine);
    expect(getItemFormatter('json')).toBeUndefined();
    expect(batch.map((e) => formatNdjsonLine(e, options)).join('')).toBe(formatNdjson(batch, options));
  });

  it('prints nothing for no entries', () => {
    expect(formatNdjson([], options)).toBe('');
  });
});

describe('junit', () => {
  let dom: ReturnType<typeof parseDocument>;
  const attr = (el: any, name: string) => Number(el.attribs[name]);
  beforeAll(() => {
    dom = parseDocument(formatJunit(batch, options), { xmlMode: true });
  });

  it('has one testsuite per input and one testcase per requirement of each report', () => {
    const suites = DomUtils.getElementsByTagName('testsuite', dom);
    expect(suites.map((s) => s.attribs.name)).toEqual(json.map((e) => e.file));
    for (const [i, a] of json.entries()) {
      const cases = DomUtils.getElementsByTagName('testcase', suites[i]!);
      expect(cases).toHaveLength(a.status === 'error' ? 1 : a.findings.length);
      expect(attr(suites[i], 'tests')).toBe(cases.length);
    }
  });

  it('counts a failure for every gap, a skip for every not-applicable or waived finding, an error per unreadable file', () => {
    const suites = DomUtils.getElementsByTagName('testsuite', dom);
    for (const [i, a] of json.entries()) {
      const s = suites[i]!;
      expect(DomUtils.getElementsByTagName('failure', s)).toHaveLength(attr(s, 'failures'));
      expect(DomUtils.getElementsByTagName('skipped', s)).toHaveLength(attr(s, 'skipped'));
      if (a.status === 'error') {
        expect(attr(s, 'errors')).toBe(1);
        continue;
      }
      expect(attr(s, 'failures')).toBe(a.gaps.length);
      expect(attr(s, 'skipped')).toBe(a.findings.filter((f: any) => f.status === 'not-applicable' || f.status === 'waived').length);
      const types = DomUtils.getElementsByTagName('failure', s).map((f) => f.attribs.type);
      expect(types.sort()).toEqual(a.gaps.map((g: any) => g.severity).sort());
    }
  });

  it('has testsuites totals that are the sums of the suites and equal the json', () => {
    const [root] = DomUtils.getElementsByTagName('testsuites', dom);
    const all = assessed();
    expect(attr(root, 'tests')).toBe(all.reduce((n, a) => n + a.findings.length, 0) + 1);
    expect(attr(root, 'failures')).toBe(all.reduce((n, a) => n + a.gaps.length, 0));
    expect(attr(root, 'errors')).toBe(json.length - all.length);
  });

  it('escapes report text in attributes and bodies', () => {
    const text = formatJunit([{ ...UNREADABLE, file: 'a&b<c>"d".txt', message: '<script>' }], options);
    expect(text).toContain('name="a&amp;b&lt;c&gt;&quot;d&quot;.txt"');
    expect(text).not.toContain('<script>');
  });
});

/** RFC 4180 parsing, enough for the test: quoted cells with doubled quotes and CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('csv', () => {
  let text: string;
  let rows: string[][];
  beforeAll(() => {
    text = formatCsv(batch, options);
    rows = parseCsv(text.slice(1));
  });

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('has the fixed columns, then one column per requirement, then the error', () => {
    expect(rows[0]).toEqual(['文件', '标题', '年度', '发布机关', '层级', '得分', '等级', '是否通过', ...ruleSet.requirements.map((r) => r.id), '错误']);
    for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
  });

  it('has one row per input whose values and totals equal the json', () => {
    const body = rows.slice(1);
    expect(body.map((r) => r[0])).toEqual(json.map((e) => e.file));
    const words = coreMessages('zh-CN').status;
    for (const [i, a] of json.entries()) {
      if (a.status === 'error') {
        expect(body[i]!.at(-1)).toBe(`${a.code}: ${a.message}`);
        continue;
      }
      expect(body[i]!.slice(1, 8)).toEqual([a.document.title ?? '', String(a.document.year ?? ''), a.document.issuer ?? '', expect.any(String), String(a.score), a.grade, a.passed ? '是' : '否']);
      expect(body[i]!.slice(8, -1)).toEqual(a.findings.map((f: any) => words[f.status as keyof typeof words]));
    }
    expect(body.filter((r) => r[7] === '是')).toHaveLength(json.filter((a) => a.passed === true).length);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+86 123', "'+86 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['a,"b"\nc', 'a,"b"\nc'],
  ])('writes a title %j so that a spreadsheet reads %j as text', (title, expected) => {
    const [a] = batch as [any];
    const out = parseCsv(formatCsv([{ ...a, document: { ...a.document, title } }], options).slice(1));
    expect(out[1]![1]).toBe(expected);
  });
});

describe('markdown', () => {
  let text: string;
  beforeAll(() => {
    text = formatMarkdown(batch, options);
  });

  it('has a summary row per input and a section per assessed report', () => {
    const rows = text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| 文件') && !/^\| (---|要求)/.test(l));
    const summaryRows = rows.slice(0, json.length);
    expect(summaryRows.map((r) => r.split(' | ')[0]!.slice(2).replace(/\\/g, ''))).toEqual(json.map((e) => e.file));
    expect(text.match(/^## /gm)).toHaveLength(assessed().length);
  });

  it('lists every gap with its fix and basis', () => {
    for (const a of assessed()) for (const g of a.gaps) expect(text).toContain(`**${g.title}**`);
    expect(text.match(/^  依据: /gm)).toHaveLength(assessed().reduce((n, a) => n + a.gaps.length, 0));
  });

  it('cannot be broken by a pipe or a line break in report text', () => {
    const [a] = batch as [any];
    const out = formatMarkdown([{ ...a, document: { ...a.document, title: 'a | b\n# c [x](javascript:y) <img>' } }], options);
    expect(out).toContain('a \\| b \\# c \\[x\\](javascript:y) \\<img\\>');
  });
});
