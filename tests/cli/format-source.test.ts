/**
 * The optional source of each assessment in the formatters (what `check --include-text` and the
 * stylish header rely on), tested on the formatters directly.
 */
import { describe, expect, it } from 'vitest';
import { formatJson, formatStylish, type ReportSource } from '../../src/format/index.js';
import { assessment } from '../format/assessment-builder.js';

const page: ReportSource = { format: 'html', encoding: 'gb18030', text: '某县2023年法治政府建设年度报告\n一、主要举措' };
const word: ReportSource = { format: 'docx', encoding: null, text: '报告' };
const plain: ReportSource = { format: 'text', encoding: 'utf-8', text: '报告' };

describe('formatJson: source', () => {
  it('is added last, with exactly format, encoding and text, when includeText is set', () => {
    const [without] = JSON.parse(formatJson([assessment()], { locale: 'zh-CN' }));
    const [withText] = JSON.parse(formatJson([assessment()], { locale: 'zh-CN', sources: [{ ...page, extra: 1 } as ReportSource], includeText: true }));
    expect(Object.keys(withText)).toEqual([...Object.keys(without), 'source']);
    expect(withText.source).toEqual(page);
  });

  it('is left out without includeText, and for an assessment without a source', () => {
    expect(formatJson([assessment()], { locale: 'zh-CN', sources: [page] })).not.toContain('"source"');
    const both = JSON.parse(formatJson([assessment(), assessment()], { locale: 'en', sources: [undefined, word], includeText: true }));
    expect(both.map((a: { source?: unknown }) => a.source)).toEqual([undefined, word]);
  });
});

describe('formatStylish: how a report was read', () => {
  const firstLine = (source: ReportSource | undefined, locale: 'zh-CN' | 'en' = 'zh-CN', file: string | null = 'r.html') =>
    formatStylish([assessment({ file })], { locale, sources: [source] }).split('\n')[0];

  it.each([
    ['a web page in GB18030', page, 'zh-CN', 'r.html · 格式 html · 编码 gb18030'],
    ['a web page, in English', page, 'en', 'r.html · format html · encoding gb18030'],
    ['a Word file (no encoding)', word, 'zh-CN', 'r.html · 格式 docx'],
    ['plain UTF-8 text', plain, 'zh-CN', 'r.html'],
    ['no source', undefined, 'zh-CN', 'r.html'],
  ] as const)('%s', (_name, source, locale, expected) => {
    expect(firstLine(source, locale)).toBe(expected);
  });

  it('shows the source on its own when there is no file name', () => {
    expect(firstLine(page, 'zh-CN', null)).toBe('格式 html · 编码 gb18030');
  });

  it('dims it when colours are on', () => {
    const out = formatStylish([assessment({ file: 'r.html' })], { locale: 'zh-CN', color: true, sources: [page] });
    expect(out.split('\n')[0]).toBe('\u001b[1mr.html\u001b[22m \u001b[2m· 格式 html · 编码 gb18030\u001b[22m');
  });
});
