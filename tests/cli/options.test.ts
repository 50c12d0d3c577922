import { describe, expect, it } from 'vitest';
import { isCliError } from '../../src/cli/cli-error.js';
import { resolveCheckOptions, scanLocale, useColor, type RawCheckOptions } from '../../src/cli/options.js';
import { fakeIo } from './fake-io.js';

const raw = (r: Partial<RawCheckOptions> = {}): RawCheckOptions => ({ format: 'stylish', failOn: 'error', color: true, ...r });

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
      format: 'stylish',
      minScore: null,
      failOn: 'error',
      locale: 'zh-CN',
      color: false,
    });
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
    ['--format sarif', { format: 'sarif' }, 'FORMAT_UNKNOWN'],
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
