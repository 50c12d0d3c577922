/** Whole pages as they are saved from portals, checked end to end through readInput and assess. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { assess, loadRuleSet, readInput } from '../../src/index.js';
import { toHtmlPage } from '../support/convert.js';

const ruleSet = loadRuleSet('fzzf-annual-report');
const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/reports', name), 'utf8');
const status = async (bytes: Uint8Array, name: string, id: string) =>
  (await assess(await readInput(bytes, { name }), ruleSet, { name })).findings.find((f) => f.requirement === id)?.status;

describe('a page in the 法治政府建设年度报告 column', () => {
  it('is not an annual report when only the navigation, breadcrumb and sidebar name the column', async () => {
    const page = toHtmlPage(fixture('lookalike-info-disclosure.txt'), '2023年政府信息公开工作年度报告');
    expect(page.match(/法治政府建设年度报告/g)?.length).toBeGreaterThanOrEqual(3);
    expect(await status(new TextEncoder().encode(page), 'page.html', 'report-identity')).toBe('missing');
  });

  it('is an annual report when the body is one', async () => {
    const page = toHtmlPage(fixture('layout-own-line-headings.txt'));
    expect(await status(new TextEncoder().encode(page), 'page.html', 'report-identity')).toBe('met');
  });
});

describe('a GBK page that declares its charset', () => {
  const html = toHtmlPage(fixture('layout-run-in-headings.txt')).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
  const bytes = new Uint8Array(iconv.encode(html, 'gbk'));

  it('is decoded with the declared charset and read as HTML', async () => {
    const extracted = await readInput(bytes, { name: 'page.htm' });
    expect([extracted.format, extracted.encoding]).toEqual(['html', 'gb18030']);
    expect(extracted.text).toContain('第一责任人');
    expect(extracted.text).not.toContain('返回顶部');
  });

  it('gives the same statuses as the plain text', async () => {
    const plain = await assess(fixture('layout-run-in-headings.txt'), ruleSet);
    const page = await assess(await readInput(bytes, { name: 'page.htm' }), ruleSet);
    const statuses = (a: typeof plain) => a.findings.map((f) => [f.requirement, f.status]);
    expect(statuses(page)).toEqual(statuses(plain));
  });
});
