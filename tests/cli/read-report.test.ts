import { describe, expect, it } from 'vitest';
import { isCliError } from '../../src/cli/cli-error.js';
import { readReport } from '../../src/cli/read-report.js';
import { fakeIo } from './fake-io.js';

/** 湄潭县 in GBK: not valid UTF-8. */
const GBK = new Uint8Array([0xe4, 0xd8, 0xcc, 0xb6, 0xcf, 0xd8]);

const io = fakeIo({
  'ok.txt': '湄潭县2020年度法治政府建设工作报告\n',
  'bom.txt': '\ufeff一、工作开展情况',
  'empty.txt': '',
  'blank.txt': ' \n\t\u3000\u3000\n',
  'gbk.txt': GBK,
  reports: { dir: true },
  'locked.txt': { unreadable: 'EACCES' },
});

describe('readReport', () => {
  it.each([
    ['ok.txt', '湄潭县2020年度法治政府建设工作报告\n'],
    ['bom.txt', '一、工作开展情况'],
  ])('reads %s as UTF-8', async (path, text) => {
    await expect(readReport(io, path)).resolves.toBe(text);
  });

  it.each([
    ['missing.txt', 'INPUT_NOT_FOUND', 'INPUT_NOT_FOUND'],
    ['reports', 'INPUT_DIRECTORY', 'INPUT_UNSUPPORTED'],
    ['locked.txt', 'INPUT_UNREADABLE', 'INPUT_INVALID'],
    ['gbk.txt', 'INPUT_NOT_UTF8', 'INPUT_ENCODING'],
    ['empty.txt', 'INPUT_EMPTY', 'INPUT_EMPTY'],
    ['blank.txt', 'INPUT_EMPTY', 'INPUT_EMPTY'],
  ])('rejects %s with %s (library code %s)', async (path, key, code) => {
    const error = await readReport(io, path).catch((e: unknown) => e);
    expect(isCliError(error)).toBe(true);
    expect(error).toMatchObject({ key, code, params: { file: path } });
  });
});

describe('the folder message', () => {
  it.each([['reports'], ['reports/']])('suggests a glob without a doubled slash for %s', async (path) => {
    const { renderError, getCliMessages } = await import('../../src/messages/cli/index.js');
    expect(renderError(getCliMessages('zh-CN'), 'INPUT_DIRECTORY', { file: path })).toContain('例如 reports/*.txt。');
    expect(renderError(getCliMessages('en'), 'INPUT_DIRECTORY', { file: path })).toContain('e.g. reports/*.txt.');
  });
});
