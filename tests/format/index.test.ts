import { describe, expect, it } from 'vitest';
import { isChecklistError } from '../../src/errors.js';
import { formatJson, formatStylish, getFormatter, listFormats, showsFigures } from '../../src/format/index.js';
import { assessment } from './assessment-builder.js';
import { displayWidth, padEnd, truncate } from '../../src/text-width.js';

describe('formatter registry', () => {
  it('lists the built-in formats, default first', () => {
    expect(listFormats()).toEqual(['stylish', 'json', 'ndjson', 'sarif', 'junit', 'csv', 'markdown', 'html', 'figures', 'figures-json']);
  });

  it.each([
    ['html', true],
    ['figures', true],
    ['figures-json', true],
    ...['stylish', 'json', 'ndjson', 'sarif', 'junit', 'csv', 'markdown'].map((f): [string, boolean] => [f, false]),
    ['no-such-format', false],
  ])('says whether %s shows the key figures: %s', (name, shows) => {
    expect(showsFigures(name)).toBe(shows);
  });

  it('finds json', () => {
    expect(getFormatter('json')).toBe(formatJson);
  });

  it('finds stylish, which leaves unreadable files to the CLI and keeps each source beside its assessment', () => {
    const a = assessment();
    const source = { format: 'html' as const, encoding: 'gb18030', text: '' };
    const error = { file: 'x.pdf', status: 'error' as const, code: 'INPUT_FORMAT', message: 'm' };
    const batch = getFormatter('stylish')([error, a], { locale: 'zh-CN', sources: [undefined, source] });
    expect(batch).toBe(formatStylish([a], { locale: 'zh-CN', sources: [source] }));
  });

  it.each(['xml', 'JSON', '', 'toString', '__proto__'])('rejects %j with UNKNOWN_FORMAT naming the known formats', (name) => {
    let caught: unknown;
    try {
      getFormatter(name);
    } catch (error) {
      caught = error;
    }
    expect(isChecklistError(caught)).toBe(true);
    expect(caught).toMatchObject({ name: 'UsageError', code: 'UNKNOWN_FORMAT' });
    expect((caught as Error).message).toContain('stylish, json, ndjson');
  });
});

describe('text width', () => {
  it.each([
    ['met', 3],
    ['达标', 4],
    ['（一）', 6],
    ['第12行', 6],
  ])('%s is %i columns wide', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('pads by columns, not characters', () => {
    expect(padEnd('达标', 6)).toBe('达标  ');
    expect(padEnd('不适用', 6)).toBe('不适用');
  });

  it.each([
    ['一二三四五六', 8, '一二三…'],
    ['short', 8, 'short'],
    ['a\n  b\tc', 8, 'a b c'],
  ])('truncates %j to %i columns', (text, columns, expected) => {
    expect(truncate(text, columns)).toBe(expected);
  });
});
