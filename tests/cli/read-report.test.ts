import { describe, expect, it } from 'vitest';
import { isCliError } from '../../src/cli/cli-error.js';
import { readReport, reportName } from '../../src/cli/read-report.js';
import { isChecklistError } from '../../src/errors.js';
import { DEFAULT_MAX_BYTES } from '../../src/input/read-input.js';
import { fakeIo } from './fake-io.js';

/** 湄潭县 in GBK: not valid UTF-8. */
const GBK = new Uint8Array([0xe4, 0xd8, 0xcc, 0xb6, 0xcf, 0xd8]);
const TITLE = '湄潭县2020年度法治政府建设工作报告\n';

const io = fakeIo(
  {
    'ok.txt': TITLE,
    'bom.txt': '\ufeff一、工作开展情况',
    'empty.txt': '',
    'blank.txt': ' \n\t\u3000\u3000\n',
    'gbk.txt': GBK,
    'big.txt': TITLE.repeat(100),
    reports: { dir: true },
    'locked.txt': { unreadable: 'EACCES' },
  },
  { stdin: GBK },
);
const defaults = { maxBytes: DEFAULT_MAX_BYTES };

describe('readReport', () => {
  it.each([
    ['ok.txt', TITLE, 'utf-8'],
    ['bom.txt', '一、工作开展情况', 'utf-8'],
    ['gbk.txt', '湄潭县', 'gb18030'],
    ['-', '湄潭县', 'gb18030'],
  ])('reads %s, detecting its encoding', async (path, text, encoding) => {
    await expect(readReport(io, path, defaults)).resolves.toMatchObject({ text, encoding, format: 'text' });
  });

  it('passes a forced encoding and format on', async () => {
    const extracted = await readReport(io, 'ok.txt', { ...defaults, encoding: 'utf-8', format: 'markdown' });
    expect(extracted).toMatchObject({ text: TITLE, encoding: 'utf-8', format: 'markdown' });
  });

  it.each([
    ['missing.txt', 'INPUT_NOT_FOUND', 'INPUT_NOT_FOUND'],
    ['reports', 'INPUT_DIRECTORY', 'INPUT_UNSUPPORTED'],
    ['locked.txt', 'INPUT_UNREADABLE', 'INPUT_INVALID'],
  ])('rejects %s with %s (library code %s)', async (path, key, code) => {
    const error = await readReport(io, path, defaults).catch((e: unknown) => e);
    expect(isCliError(error)).toBe(true);
    expect(error).toMatchObject({ key, code, params: { file: path } });
  });

  it.each([['empty.txt'], ['blank.txt']])('leaves %s to the input stage: INPUT_EMPTY', async (path) => {
    const error = await readReport(io, path, defaults).catch((e: unknown) => e);
    expect(isChecklistError(error) && error.code).toBe('INPUT_EMPTY');
    expect(error).toMatchObject({ file: path });
  });

  it.each([
    ['a file, from its size', 'big.txt', 'big.txt'],
    ['standard input, once read', '-', '<stdin>'],
  ])('refuses %s over --max-size with the limit', async (_name, path, file) => {
    const error = await readReport(io, path, { maxBytes: 5 }).catch((e: unknown) => e);
    expect(isCliError(error)).toBe(true);
    expect(error).toMatchObject({ key: 'INPUT_TOO_LARGE', code: 'INPUT_TOO_LARGE', params: { file, limit: 5 } });
  });

  it('names standard input <stdin>', () => {
    expect(reportName('-')).toBe('<stdin>');
    expect(reportName('a.txt')).toBe('a.txt');
  });
});

describe('the folder message', () => {
  it.each([['reports'], ['reports/']])('suggests a glob without a doubled slash for %s', async (path) => {
    const { renderError, getCliMessages } = await import('../../src/messages/cli/index.js');
    expect(renderError(getCliMessages('zh-CN'), 'INPUT_DIRECTORY', { file: path })).toContain('例如 reports/*.txt。');
    expect(renderError(getCliMessages('en'), 'INPUT_DIRECTORY', { file: path })).toContain('e.g. reports/*.txt.');
  });
});
