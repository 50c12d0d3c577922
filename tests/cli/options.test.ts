import { describe, expect, it } from 'vitest';
import { isCliError } from '../../src/cli/cli-error.js';
import { resolveCheckOptions, scanLocale, useColor, type RawCheckOptions } from '../../src/cli/options.js';
import { parseSize } from '../../src/cli/size.js';
import { DEFAULT_MAX_BYTES } from '../../src/input/read-input.js';
import { formatSize } from '../../src/messages/cli/format-size.js';
import { fakeIo } from './fake-io.js';

/** Raw options; `format` stands for one --format, as the command line gives it. */
const raw = ({ format, ...r }: Partial<RawCheckOptions> & { format?: string } = {}): RawCheckOptions => ({
  outputs: format === undefined ? [] : [{ option: 'format', value: format }],
  failOn: 'error',
  color: true,
  ...r,
});

describe('scanLocale', () => {
  it.each([
    [[], 'zh-CN'],
    [['check', 'a.txt', '--locale', 'en'], 'en'],
    [['check', '--locale=en', 'a.txt'], 'en'],
    [['check', '--locale', 'fr'], 'zh-CN'],
    [['check', '--locale', 'en', '--locale', 'zh-CN'], 'zh-CN'],
  ])('%j → %s', (argv, locale) => {
    expect(scanLocale(argv)).toBe(locale);
  });
});

describe('useColor', () => {
  it.each([
    ['a terminal', true, true, {}, true],
    ['a pipe', true, false, {}, false],
    ['--no-color on a terminal', false, true, {}, false],
    ['NO_COLOR on a terminal', true, true, { NO_COLOR: '1' }, false],
    ['an empty NO_COLOR', true, true, { NO_COLOR: '' }, true],
    ['FORCE_COLOR in a pipe', true, false, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=0 on a terminal', true, true, { FORCE_COLOR: '0' }, false],
    ['--no-color beats FORCE_COLOR', false, true, { FORCE_COLOR: '1' }, false],
  ])('%s', (_name, flag, isTTY, env, expected) => {
    expect(useColor(flag, { isTTY, env })).toBe(expected);
  });
});

describe('resolveCheckOptions', () => {
  it('fills defaults', () => {
    expect(resolveCheckOptions(['a.txt'], raw(), fakeIo())).toEqual({
      files: ['a.txt'],
      rules: undefined,
      outputs: [{ format: 'stylish', file: null }],
      quiet: false,
      minScore: null,
      failOn: 'error',
      maxWarnings: null,
      noExit: false,
      ignore: [],
      locale: 'zh-CN',
      color: false,
      encoding: undefined,
      inputFormat: undefined,
      maxBytes: DEFAULT_MAX_BYTES,
      includeText: false,
      jobs: 'auto',
    });
  });

  it('takes the input options', () => {
    const options = resolveCheckOptions(
      ['-', 'a.html'],
      raw({ format: 'json', encoding: 'gbk', inputFormat: 'pdf-text', maxSize: '500KB', includeText: true }),
      fakeIo(),
    );
    expect(options).toMatchObject({ files: ['-', 'a.html'], encoding: 'gbk', inputFormat: 'pdf-text', maxBytes: 512000, includeText: true });
  });

  it.each(['utf-8', 'UTF8', 'gbk', 'GB2312', 'gb18030', 'utf-16le', 'utf-16', 'big5', 'cp936'])('accepts --encoding %s', (name) => {
    expect(resolveCheckOptions([], raw({ encoding: name }), fakeIo()).encoding).toBe(name);
  });

  it.each([
    ['60', 60],
    ['0', 0],
    ['100', 100],
    ['72.5', 72.5],
  ])('accepts --min-score %s', (value, expected) => {
    expect(resolveCheckOptions([], raw({ minScore: value }), fakeIo()).minScore).toBe(expected);
  });

  it.each([
    ['--min-score abc', { minScore: 'abc' }, 'BAD_MIN_SCORE'],
    ['--min-score -1', { minScore: '-1' }, 'BAD_MIN_SCORE'],
    ['--min-score 101', { minScore: '101' }, 'BAD_MIN_SCORE'],
    ['--min-score ""', { minScore: '' }, 'BAD_MIN_SCORE'],
    ['--min-score 0x10', { minScore: '0x10' }, 'BAD_MIN_SCORE'],
    ['--fail-on fatal', { failOn: 'fatal' }, 'BAD_FAIL_ON'],
    ['--fail-on info', { failOn: 'info' }, 'BAD_FAIL_ON'],
    ['--locale fr', { locale: 'fr' }, 'BAD_LOCALE'],
    ['--format xml', { format: 'xml' }, 'FORMAT_UNKNOWN'],
    ['--max-warnings -1', { maxWarnings: '-1' }, 'BAD_MAX_WARNINGS'],
    ['--max-warnings 1.5', { maxWarnings: '1.5' }, 'BAD_MAX_WARNINGS'],
    ['--encoding latin9', { encoding: 'latin9' }, 'BAD_ENCODING'],
    ['--input-format doc', { inputFormat: 'doc' }, 'BAD_INPUT_FORMAT'],
    ['--max-size big', { maxSize: 'big' }, 'BAD_MAX_SIZE'],
    ['--max-size 0', { maxSize: '0' }, 'BAD_MAX_SIZE'],
    ['--include-text with stylish', { includeText: true }, 'TEXT_NEEDS_JSON'],
    ['--jobs 0', { jobs: '0' }, 'BAD_JOBS'],
    ['--jobs 65', { jobs: '65' }, 'BAD_JOBS'],
    ['--jobs 1.5', { jobs: '1.5' }, 'BAD_JOBS'],
    ['--jobs many', { jobs: 'many' }, 'BAD_JOBS'],
    ['--jobs ""', { jobs: '' }, 'BAD_JOBS'],
  ])('rejects %s with %s', (_name, r, key) => {
    let caught: unknown;
    try {
      resolveCheckOptions([], raw(r), fakeIo());
    } catch (error) {
      caught = error;
    }
    expect(isCliError(caught) && caught.key).toBe(key);
  });
});

describe('resolveCheckOptions: --jobs', () => {
  it.each([
    ['auto', 'auto'],
    [' 2 ', 2],
    ['1', 1],
    ['64', 64],
  ] as const)('takes %j as %j', (value, expected) => {
    expect(resolveCheckOptions(['a.txt'], raw({ jobs: value }), fakeIo()).jobs).toBe(expected);
  });
});

describe('resolveCheckOptions: standard input', () => {
  it('accepts - once, refuses it twice', () => {
    expect(resolveCheckOptions(['-', 'a.txt'], raw(), fakeIo()).files).toEqual(['-', 'a.txt']);
    expect(() => resolveCheckOptions(['-', 'a.txt', '-'], raw(), fakeIo())).toThrow(/"-" \(read standard input\) can be given only once/);
  });
});

describe('sizes', () => {
  it.each([
    ['20MB', 20 * 1024 * 1024],
    ['20mb', 20 * 1024 * 1024],
    ['500KB', 500 * 1024],
    ['500 KiB', 500 * 1024],
    ['1.5M', 1.5 * 1024 * 1024],
    ['1G', 1024 ** 3],
    ['1048576', 1048576],
    ['100B', 100],
  ])('parseSize(%s) = %d', (value, bytes) => {
    expect(parseSize(value)).toBe(bytes);
  });

  it.each(['', 'MB', '0', '0.1', '-1', '1e6', '1,000', '10TB', '1.5.2MB', '0x10'])('parseSize(%j) is null', (value) => {
    expect(parseSize(value)).toBeNull();
  });

  it.each([
    [DEFAULT_MAX_BYTES, '20MB'],
    [512000, '500KB'],
    [1536, '1.5KB'],
    [100, '100B'],
  ])('formatSize(%d) = %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
